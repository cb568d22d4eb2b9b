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
