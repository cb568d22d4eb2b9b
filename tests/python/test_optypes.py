"""zhengwu.optypes, written from meta.schema: one input and one answer type per operation, and
the typed dictionaries name the keys the engine answers."""

import json
import pathlib
from typing import Any, get_type_hints

import zhengwu
from zhengwu import optypes

VECTORS = pathlib.Path(__file__).resolve().parents[1] / "vectors"


def test_every_operation_has_its_types(engine: zhengwu.Engine) -> None:
    assert list(optypes.OPS) == engine.call("meta.ops", {})["ops"]
    schema = engine.call("meta.schema", {})
    assert list(schema["ops"]) == list(optypes.OPS)


def keys(t: Any) -> set[str]:
    return set(get_type_hints(t, include_extras=True))


def test_supervised_cases_carry_only_declared_keys() -> None:
    checked = 0
    for v in json.loads((VECTORS / "case/supervise.json").read_text("utf-8")):
        if v["op"] != "case.supervise" or "expect" not in v:
            continue
        e = zhengwu.Engine(v.get("config"))
        a = e.call("case.supervise", v["input"])
        assert set(a) <= keys(optypes.CaseSupervision)
        assert {k for k, t in get_type_hints(optypes.CaseSupervision, include_extras=True).items() if "NotRequired" not in str(t)} <= set(a)
        for d in a["deadlines"]:
            assert set(d) <= keys(optypes.CaseDeadline)
        for f in a["findings"]:
            assert set(f) <= keys(optypes.CaseFinding)
        checked += 1
    assert checked >= 20


def test_every_type_resolves_from_the_package() -> None:
    # Each area's types live in a module of their own (zhengwu.optypes.<area>) and are re-exported
    # here: every typed dictionary's fields resolve where it was declared, shared aliases included.
    resolved = 0
    for name in optypes.__all__:
        t = getattr(optypes, name)
        if hasattr(t, "__total__"):
            assert get_type_hints(t, include_extras=True), name
            resolved += 1
    assert resolved >= 100
    for pair in optypes.OPS.values():
        for t in pair:
            if hasattr(t, "__total__"):
                assert getattr(optypes, t.__name__) is t
