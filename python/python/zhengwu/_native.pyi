from typing import List, Optional, Tuple, final

__all__ = [
    "Engine",
    "Form",
    "ZhengwuError",
    "InputError",
    "ConfigError",
    "CalendarError",
    "CatalogError",
    "CommitmentError",
    "CreditError",
    "FormError",
    "CaseError",
    "InternalError",
    "resident_valid_batch",
    "resident_columns",
    "uscc_columns",
    "uscc_valid_batch",
    "is_valid_resident_id",
    "is_valid_uscc",
    "mask_resident_id",
    "__version__",
    "ABI_VERSION",
    "CASE_STATUSES",
    "CASE_FINDINGS",
    "CASE_GRADES",
    "case_columns",
]

__version__: str
ABI_VERSION: int
CASE_STATUSES: list[str]
CASE_FINDINGS: list[str]
CASE_GRADES: list[str]

class ZhengwuError(ValueError):
    code: str
    path: Optional[str]
    message: str

class InputError(ZhengwuError): ...
class ConfigError(ZhengwuError): ...
class CalendarError(ZhengwuError): ...
class CatalogError(ZhengwuError): ...
class CommitmentError(ZhengwuError): ...
class CreditError(ZhengwuError): ...
class FormError(ZhengwuError): ...
class CaseError(ZhengwuError): ...
class InternalError(ZhengwuError): ...

@final
class Engine:
    def __new__(cls, config_json: Optional[str] = None) -> Engine: ...
    def call_json(self, op: str, input: str) -> str: ...
    @property
    def config_json(self) -> Optional[str]: ...
    def is_workday_epoch(self, days: int) -> bool: ...
    def add_workdays_epoch(self, days: int, n: int) -> int: ...
    def workdays_between_epoch(self, a: int, b: int) -> int: ...
    def add_workdays_batch(self, dates: bytes, days: bytes, coerce: bool) -> bytes: ...
    def workdays_between_batch(self, starts: bytes, ends: bytes, coerce: bool) -> bytes: ...
    def is_workday_batch(self, dates: bytes, coerce: bool) -> bytes: ...
    def credit_status_columns(
        self, joined: bytes, offsets: Optional[bytes], count: int, missing: bytes, today: bytes, coerce: bool
    ) -> List[bytes]: ...
    def deadline_batch(
        self, starts: bytes, counts: bytes, workdays: bool, pause_from: bytes, pause_to: bytes, coerce: bool
    ) -> Tuple[bytes, bytes]: ...

@final
class Form:
    @staticmethod
    def from_json(engine: Engine, text: str) -> Form: ...
    def to_json(self) -> str: ...
    def validate_json(self, engine: Engine, values: str) -> str: ...
    def split_json(self, engine: Engine, values: str) -> str: ...
    def prefill_json(self, engine: Engine, shared: str, values: str, overwrite: bool) -> str: ...

def case_columns(
    engine: Engine,
    matter_codes: list[str],
    matter: bytes,
    received: bytes,
    first_supplement: bytes,
    supplements: bytes,
    accepted: bytes,
    pause_from: bytes,
    pause_to: bytes,
    extension: bytes,
    decided: bytes,
    delivered: bytes,
    visits: bytes,
    evaluation: bytes,
    today: int,
    coerce: bool,
    with_stats: bool,
) -> tuple[bytes, bytes, bytes, bytes, bytes, bytes, bytes, bytes, Optional[str]]: ...
def resident_valid_batch(joined: bytes, count: int) -> bytes: ...
def resident_columns(
    joined: bytes, offsets: Optional[bytes], count: int, missing: bytes, today: Optional[int] = None, engine: Optional[Engine] = None
) -> Tuple[bytes, bytes, List[str], bytes, List[Tuple[str, Optional[str], Optional[str], Optional[str]]], bytes, bytes]: ...
def uscc_columns(
    joined: bytes, offsets: Optional[bytes], count: int, missing: bytes, engine: Optional[Engine] = None
) -> Tuple[
    bytes, bytes, List[str], List[Optional[str]], bytes, bytes, bytes, List[Tuple[str, Optional[str], Optional[str], Optional[str]]], bytes
]: ...
def uscc_valid_batch(joined: bytes, count: int) -> bytes: ...
def is_valid_resident_id(id: str) -> bool: ...
def is_valid_uscc(code: str) -> bool: ...
def mask_resident_id(id: str) -> str: ...
