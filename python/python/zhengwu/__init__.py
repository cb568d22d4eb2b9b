"""zhengwu (政务): the rules of Chinese government-service administration.

One engine, one JSON door::

    >>> import zhengwu
    >>> engine = zhengwu.Engine()
    >>> engine.call("calendar.add_workdays", {"date": "2024-09-30", "days": 1})
    {'date': '2024-10-08'}

Errors are :class:`ZhengwuError` (a :class:`ValueError`) with a stable ``code`` and a ``path``
into the input::

    >>> try:
    ...     engine.call("calendar.day", {"date": "2031-01-01"})
    ... except zhengwu.ZhengwuError as e:
    ...     print(e.code, e.path)
    calendar.out_of_range date
"""

from __future__ import annotations

import json
from typing import Any, Dict, Mapping, Optional

from ._native import ABI_VERSION, ZhengwuError, __version__
from ._native import Engine as _NativeEngine

__all__ = ["Engine", "ZhengwuError", "__version__", "ABI_VERSION"]


class Engine:
    """A zhengwu engine: working-day calendar, policy profile and catalog.

    ``Engine()`` loads the embedded defaults (cn-mainland calendar 2018–2026, profile
    ``tianjin-2018``). ``config`` may hold ``"calendar"`` (extra or replacement years) and
    ``"policy"`` (a profile name or ``{"profile", "overrides"}``). Engines are immutable and
    safe to share between threads; they pickle by their configuration.
    """

    __slots__ = ("_native",)

    def __init__(self, config: Optional[Mapping[str, Any]] = None) -> None:
        text = None if config is None else json.dumps(config, ensure_ascii=False)
        self._native = _NativeEngine(text)

    def call(self, op: str, input: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        """Runs operation ``op`` on ``input`` (a dict; ``None`` means ``{}``) and returns a dict."""
        text = "{}" if input is None else json.dumps(input, ensure_ascii=False)
        result: Dict[str, Any] = json.loads(self._native.call_json(op, text))
        return result

    def call_json(self, op: str, input_json: str) -> str:
        """Runs ``op`` on JSON text and returns JSON text, byte-identical to every other door."""
        return self._native.call_json(op, input_json)

    def __reduce__(self) -> Any:
        cfg = self._native.config_json
        return (_restore, (cfg,))

    def __repr__(self) -> str:
        meta = self.call("meta.version")
        cal = meta["calendar"]
        return f"<zhengwu.Engine policy={meta['policy']!r} calendar={cal['name']} {cal['from']}..{cal['to']}>"


def _restore(config_json: Optional[str]) -> Engine:
    engine = Engine.__new__(Engine)
    engine._native = _NativeEngine(config_json)
    return engine
