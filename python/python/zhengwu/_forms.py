"""A merged form (一表申报) held by a host: prefilled, validated, split."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional

from . import _native
from ._commitment import _iso
from ._model import (
    Department,
    FieldError,
    Packet,
)
from ._texts import speaking_class

if TYPE_CHECKING:
    from ._engine import Engine


@speaking_class
class Form:
    """A merged form (一表申报): fields, materials and conflicts, with prefill, validate, split.

    The form is held natively: parsed once, then prefilled, validated and split without being
    sent again — only the values travel. :meth:`to_json` / :meth:`from_json` store and restore
    it; answers are exactly the JSON door's (``form.validate`` …) for the same form and values."""

    __slots__ = ("_engine", "data", "_held")

    def __init__(self, engine: "Engine", data: Dict[str, Any], held: Optional[_native.Form] = None) -> None:
        self._engine = engine
        self.data = data
        self._held = held if held is not None else _native.Form.from_json(engine._native, json.dumps(data, ensure_ascii=False))

    @classmethod
    def from_json(cls, engine: "Engine", text: str) -> "Form":
        """A form from its stored JSON text (what :meth:`to_json` gave, or ``form.merge``'s answer)."""
        held = _native.Form.from_json(engine._native, text)
        return cls(engine, json.loads(text), held)

    def to_json(self) -> str:
        """The form as JSON text, for storage."""
        return self._held.to_json()

    @property
    def order(self) -> List[str]:
        return list(self.data["order"])

    @property
    def fields(self) -> List[Dict[str, Any]]:
        return list(self.data["fields"])

    @property
    def conflicts(self) -> List[Dict[str, Any]]:
        return list(self.data["conflicts"])

    def prefill(self, shared: Mapping[str, Mapping[str, Any]], values: Optional[Mapping[str, Any]] = None, *, overwrite: bool = False) -> Dict[str, Any]:
        """Fills what shared sources hold; keeps what the applicant typed unless ``overwrite``."""
        out = self._held.prefill_json(self._engine._native, _dumps(_iso(dict(shared))), _dumps(_iso(dict(values or {}))), overwrite)
        result: Dict[str, Any] = json.loads(out)
        return result

    def validate(self, values: Mapping[str, Any]) -> List[FieldError]:
        """Problems with the values, one per element and code; empty when valid."""
        out = json.loads(self._held.validate_json(self._engine._native, _dumps(_iso(dict(values)))))
        return [FieldError(**e) for e in out["errors"]]

    def validate_json(self, values_json: str) -> str:
        """``form.validate``'s answer as JSON text, for values given as JSON text."""
        return self._held.validate_json(self._engine._native, values_json)

    def split(self, values: Mapping[str, Any]) -> List[Packet]:
        """Each matter's own fields and values, under its own labels."""
        out = json.loads(self._held.split_json(self._engine._native, _dumps(_iso(dict(values)))))
        return [
            Packet(p["matter"], p["name"], Department(**p["department"]), dict(p["values"]), {f["element"]: f["label"] for f in p["fields"]})
            for p in out["packets"]
        ]

    def split_json(self, values_json: str) -> str:
        """``form.split``'s answer as JSON text, for values given as JSON text."""
        return self._held.split_json(self._engine._native, values_json)

    def __reduce__(self) -> Any:
        return (Form, (self._engine, self.data))

    def __repr__(self) -> str:
        return f"<zhengwu.Form {len(self.data['order'])} matters, {len(self.data['fields'])} fields, {len(self.data['conflicts'])} conflicts>"


def _dumps(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False)
