"""Every conformance vector through the Python door; the raw outputs go to a transcript that the
test script compares byte for byte with the other doors'."""

import json

import pytest

import zhengwu
from conftest import ROOT

VECTORS = ROOT / "tests" / "vectors"


def load():
    files = sorted(p.relative_to(VECTORS).as_posix() for p in VECTORS.rglob("*.json"))
    for rel in files:
        for i, v in enumerate(json.loads((VECTORS / rel).read_text(encoding="utf-8"))):
            yield rel, i, v


CASES = list(load())


def input_text(v):
    if "input_raw" in v:
        return v["input_raw"]
    return json.dumps(v["input"], ensure_ascii=False)


def engine_for(default, v):
    return zhengwu.Engine(v["config"]) if "config" in v else default


@pytest.mark.parametrize("rel,i,v", CASES, ids=[f"{r}#{i}" for r, i, _ in CASES])
def test_vector(engine, rel, i, v):
    if "expect" in v:
        engine = engine_for(engine, v)
        got = engine.call_json(v["op"], input_text(v))
        assert json.loads(got) == v["expect"]
        if "input_raw" not in v:
            # The dict door gives the same answer.
            assert engine.call(v["op"], v["input"]) == v["expect"]
    else:
        with pytest.raises(zhengwu.ZhengwuError) as info:
            engine_for(engine, v).call_json(v["op"], input_text(v))
        assert info.value.code == v["error"]
        if "path" in v:
            assert info.value.path == v["path"]


def _said(f):
    """What a door gives, type-exact: the answer as compact JSON, or the error's code, message, path."""
    try:
        return ("ok", json.dumps(f(), ensure_ascii=False, separators=(",", ":")))
    except zhengwu.ZhengwuError as e:
        return ("error", e.code, e.message, e.path)


def test_the_dict_door_gives_what_the_text_door_gives(engine):
    """Every vector with a JSON input through `call` (Python objects in and out, no text) and
    through `call_json`: the same answers, of the same types, and the same errors."""
    n = 0
    for rel, i, v in CASES:
        if "input_raw" in v:
            continue
        try:
            e = engine_for(engine, v)
        except zhengwu.ZhengwuError:
            continue  # a configuration the vector expects refused
        text = _said(lambda: json.loads(e.call_json(v["op"], input_text(v))))
        objects = _said(lambda: e.call(v["op"], v["input"]))
        assert objects == text, f"{rel}#{i}"
        n += 1
    assert n > 700


def test_transcript(engine):
    out = ROOT / "target" / "conformance"
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    for rel, i, v in CASES:
        try:
            lines.append(f"{rel}#{i}\tok\t{engine_for(engine, v).call_json(v['op'], input_text(v))}\n")
        except zhengwu.ZhengwuError as e:
            err = {"code": e.code, "message": e.message}
            if e.path is not None:
                err["path"] = e.path
            lines.append(f"{rel}#{i}\terror\t{json.dumps(err, ensure_ascii=False, separators=(',', ':'))}\n")
    (out / "python.txt").write_text("".join(lines), encoding="utf-8")
    assert len(lines) == len(CASES) > 0
