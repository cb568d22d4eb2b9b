"""A commitment (承诺审批) held by a host between events."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Dict, Mapping, Sequence

from ._model import (
    Alert,
    CommitmentStatus,
)

if TYPE_CHECKING:
    from ._engine import Engine


def _iso(v: Any) -> Any:
    if isinstance(v, _dt.date):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: _iso(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_iso(x) for x in v]
    return v


class Commitment:
    """A commitment (承诺审批) as stored state, moved on by events and ticks. Immutable: each
    step returns a new :class:`Commitment`; ``effects`` and ``alerts`` say what to do."""

    __slots__ = ("_engine", "state", "effects", "alerts")

    def __init__(self, engine: "Engine", state: Dict[str, Any], effects: Sequence[Dict[str, Any]] = (), alerts: Sequence[Dict[str, Any]] = ()) -> None:
        self._engine = engine
        self.state = state
        self.effects = list(effects)
        self.alerts = [Alert.from_json(a) for a in alerts]

    @property
    def status(self) -> CommitmentStatus:
        return CommitmentStatus(self.state["status"])

    @property
    def deadlines(self) -> Dict[str, _dt.date]:
        return {k: _dt.date.fromisoformat(v) for k, v in self.state["deadlines"].items()}

    def apply(self, event: Mapping[str, Any]) -> "Commitment":
        """Applies one event (``{"type", "on", ...}``; dates may be :class:`datetime.date`)."""
        out = self._engine.call("commitment.apply", {"state": self.state, "event": _iso(dict(event))})
        return Commitment(self._engine, out["state"], out["effects"], out["alerts"])

    def tick(self, today: _dt.date) -> "Commitment":
        """Raises alerts for deadlines due or passed and moves an overdue commitment on."""
        out = self._engine.call("commitment.tick", {"state": self.state, "today": today.isoformat()})
        return Commitment(self._engine, out["state"], out["effects"], out["alerts"])

    def __reduce__(self) -> Any:
        return (Commitment, (self._engine, self.state, self.effects, []))

    def __repr__(self) -> str:
        d = self.state["deadlines"]
        return f"<zhengwu.Commitment {self.state['matter']} {self.status.value} materials_due={d['materials_due']}>"
