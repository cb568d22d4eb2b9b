#!/usr/bin/env python3
"""Checks core/data/schema.json (`meta.schema`) against what the engine reads and answers: every
input of the conformance corpus that the engine answers must fit its operation's input schema,
and every answer in the transcript (target/conformance/rust.txt, written by the Rust vector run)
must fit its answer schema with no undeclared key. A schema that says less or other than the
engine does fails here.

usage: check.py [transcript]   (run after the Rust vectors; stdlib only)
"""

import json
import pathlib
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from validate import Checker  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]


def main() -> int:
    transcript = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "target/conformance/rust.txt"
    doc = json.loads((ROOT / "core/data/schema.json").read_text("utf-8"))
    inputs, answers = Checker(doc, closed=False), Checker(doc, closed=True)
    vectors = {}
    for f in sorted((ROOT / "tests/vectors").rglob("*.json")):
        rel = f.relative_to(ROOT / "tests/vectors").as_posix()
        data = json.loads(f.read_text("utf-8"))
        if not isinstance(data, list):
            continue
        for i, v in enumerate(data):
            if isinstance(v, dict) and "op" in v:
                vectors[f"{rel}#{i}"] = v
    problems, n_in, n_out, ops_seen = [], 0, 0, set()
    for line in transcript.read_text("utf-8").splitlines():
        label, status, raw = line.split("\t", 2)
        v = vectors.get(label)
        if status != "ok" or v is None or v["op"] not in doc["ops"]:
            continue
        op = doc["ops"][v["op"]]
        ops_seen.add(v["op"])
        if isinstance(v.get("input"), dict):
            n_in += 1
            problems += [f"{label} input {e}" for e in inputs.errors(v["input"], op["input"])]
        n_out += 1
        problems += [f"{label} answer {e}" for e in answers.errors(json.loads(raw), op["answer"])]
    # The operations no vector can hold whole (their answers are the engine's own tables): asked
    # of the command, when it is built.
    cli = ROOT / "target/debug/zhengwu"
    for name in ("meta.reasons",):
        if cli.exists():
            raw = subprocess.run([str(cli), "call", name, "{}"], capture_output=True, text=True, check=True).stdout
            n_out += 1
            ops_seen.add(name)
            problems += [f"{name} answer {e}" for e in answers.errors(json.loads(raw), doc["ops"][name]["answer"])]
    for p in problems:
        print(p)
    print(f"schema: {n_in} inputs and {n_out} answers of {len(ops_seen)} operations checked, {len(problems)} faults")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
