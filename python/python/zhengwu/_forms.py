"""A merged form (一表申报) held by a host: prefilled, validated, split."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional

from ._commitment import _iso
from ._model import (
    Department,
    FieldError,
    Packet,
)

if TYPE_CHECKING:
    from ._engine import Engine


class Form:
    """A merged form (一表申报): fields, materials and conflicts, with prefill, validate, split."""

    __slots__ = ("_engine", "data")

    def __init__(self, engine: "Engine", data: Dict[str, Any]) -> None:
        self._engine = engine
        self.data = data

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
        return self._engine.call("form.prefill", {"form": self.data, "shared": _iso(dict(shared)), "values": _iso(dict(values or {})), "overwrite": overwrite})

    def validate(self, values: Mapping[str, Any]) -> List[FieldError]:
        """Problems with the values, one per element and code; empty when valid."""
        out = self._engine.call("form.validate", {"form": self.data, "values": _iso(dict(values))})
        return [FieldError(**e) for e in out["errors"]]

    def split(self, values: Mapping[str, Any]) -> List[Packet]:
        """Each matter's own fields and values, under its own labels."""
        out = self._engine.call("form.split", {"form": self.data, "values": _iso(dict(values))})
        return [
            Packet(p["matter"], p["name"], Department(**p["department"]), dict(p["values"]), {f["element"]: f["label"] for f in p["fields"]})
            for p in out["packets"]
        ]

    def __reduce__(self) -> Any:
        return (Form, (self._engine, self.data))

    def __repr__(self) -> str:
        return f"<zhengwu.Form {len(self.data['order'])} matters, {len(self.data['fields'])} fields, {len(self.data['conflicts'])} conflicts>"
