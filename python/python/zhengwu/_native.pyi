from typing import Optional

__version__: str
ABI_VERSION: int

class ZhengwuError(ValueError):
    code: str
    path: Optional[str]
    message: str

class Engine:
    def __init__(self, config_json: Optional[str] = None) -> None: ...
    def call_json(self, op: str, input: str) -> str: ...
    @property
    def config_json(self) -> Optional[str]: ...
