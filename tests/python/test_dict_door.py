"""The dict door (`Engine.call`) reads Python objects straight into the engine, with no JSON text
between; the text route (`json.dumps` → `call_json` → `json.loads`) is the reference. Here the
inputs that could tell them apart — keys that are not strings, numbers past 64 bits, NaN, tuples,
subclasses, lone surrogates, inputs on either side of every limit, answers over the output
limit — give the same answers and the same errors by both."""

import enum
import json

import zhengwu


def said(f):
    try:
        return ("ok", json.dumps(f(), ensure_ascii=False, separators=(",", ":")))
    except zhengwu.ZhengwuError as e:
        return ("error", e.code, e.message, e.path)


def both(engine, op, value):
    text = said(lambda: json.loads(engine.call_json(op, json.dumps(value, ensure_ascii=False, separators=(",", ":")))))
    return said(lambda: engine.call(op, value)), text


class Str(str):
    pass


class Num(enum.IntEnum):
    THREE = 3


ODD = [
    {"date": "2024-10-01"},
    {"date": Str("2024-10-01")},
    {"date": "2024-10-01", 1: "x"},
    {"date": "2024-10-08", "days": 2**70},
    {"date": "2024-10-08", "days": float("nan")},
    {"date": "2024-10-08", "days": 3.0},
    {"date": "2024-10-08", "days": Num.THREE},
    {"date": "2024-10-08", "days": True},
    {"date": "2024-10-08", "days": -(2**63)},
    {"date": "2024-10-08", "days": 2**64 - 1},
    {"date": "2024-10-08\ud800"},
    {"date": "2024-10-08\n\"\\\x01"},
    {"start": "2024-10-08", "period": {"workdays": 3}, "pauses": ({"from": "2024-10-09", "to": "2024-10-10"},)},
]


def test_odd_inputs_are_read_as_the_text_route_reads_them():
    e = zhengwu.Engine()
    for value in ODD:
        op = "calendar.deadline" if "start" in value else ("calendar.add_workdays" if "days" in value else "calendar.day")
        fast, text = both(e, op, value)
        assert fast == text, value


def test_every_limit_is_met_at_the_same_place():
    for limits in ({"max_input_bytes": 60}, {"max_depth": 3}, {"max_input_values": 6}):
        e = zhengwu.Engine({"limits": limits})
        kinds = set()
        for n in range(0, 12):
            nested = "a"
            for _ in range(n // 2):
                nested = [nested]
            for value in ({"date": "2024-10-01", "x": ["a"] * n}, {"date": "2024-10-01", "x": nested}):
                fast, text = both(e, "calendar.day", value)
                assert fast == text, (limits, n)
                kinds.add(fast[:2])
            value = {"date": "2024-10-01" + "é" * n}
            fast, text = both(e, "calendar.day", value)
            assert fast == text, (limits, n)
        # Both sides of the limit were met: refused by it, and read past it (the op's own answer).
        limited = {("error", "input.too_large"), ("error", "input.too_deep")}
        assert kinds & limited and kinds - limited, (limits, kinds)


def test_an_answer_over_the_output_limit_is_refused_as_the_text_route_refuses_it():
    kinds = set()
    for max_out in (50, 100, 200, 400, 100000):
        e = zhengwu.Engine({"limits": {"max_output_bytes": max_out}})
        fast, text = both(e, "calendar.deadline", {"start": "2024-09-27", "period": {"workdays": 5}})
        assert fast == text, max_out
        kinds.add(fast[0])
    assert kinds == {"ok", "error"}


def test_the_caller_input_is_not_changed():
    value = {"start": "2024-10-08", "period": {"workdays": 3}, "pauses": [{"from": "2024-10-09", "to": "2024-10-10"}]}
    before = json.dumps(value)
    zhengwu.Engine().call("calendar.deadline", value)
    assert json.dumps(value) == before
