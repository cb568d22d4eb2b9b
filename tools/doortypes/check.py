#!/usr/bin/env python3
"""Checks the doors' declared types against what the Rust core actually answers: every key of
every answer in the conformance transcript (target/conformance/rust.txt, written by the Rust
vector run) must be declared in the TypeScript interface (wasm/js/api.d.ts) and, where the
Python model has a dataclass for it, be read by it (python/python/zhengwu/_model.py). A field
added in Rust and forgotten in a door fails here.

usage: check.py [transcript]   (run after the Rust vectors; stdlib only)
"""

import ast
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]

# op → (TypeScript interface of the answer, Python dataclass of the answer or None, JSON path
# inside the answer where that type sits: "" for the answer itself, "[]" for each item of a list).
ANSWERS = {
    "calendar.day": [("Day", "Day", "")],
    "calendar.deadline": [("Deadline", "Deadline", "")],
    "id.resident": [("ResidentIdCheck", "ResidentIdCheck", "")],
    "id.uscc": [("UsccCheck", "UsccCheck", "")],
    "credit.status": [("CreditStatus", "CreditStatus", "")],
    "credit.judge": [("Judgement", None, "")],
    "catalog.lint": [("Finding", "Finding", "findings[]")],
    "materials.resolve": [("ResolvedMaterial", "ResolvedMaterial", "materials[]")],
    "form.validate": [("Validation", None, ""), ("FieldError", "FieldError", "errors[]")],
    "form.split": [("Split", None, ""), ("Packet", None, "packets[]")],
    "form.prefill": [("Prefill", None, "")],
    "form.merge": [("Form", None, ""), ("FormField", None, "fields[]")],
    "commitment.eligibility": [("Eligibility", None, "")],
    "commitment.open": [("Opened", None, ""), ("Deadlines", None, "deadlines")],
    "commitment.apply": [("Step", None, ""), ("Deadlines", None, "deadlines")],
    "commitment.tick": [("Step", None, ""), ("Alert", "Alert", "alerts[]")],
    "bundle.get": [("Bundle", "Bundle", "bundle")],
    "calendar.diff_years": [("YearChanges", None, "")],
    "calendar.parse_notice": [("ParsedNotice", None, ""), ("NoticeHoliday", None, "holidays[]")],
    "matter.guide": [("Guide", None, ""), ("GuideSection", None, "sections[]"), ("GuideGap", None, "gaps[]")],
    "bundle.guide": [("Guide", None, ""), ("GuideSection", None, "sections[]"), ("GuideGap", None, "gaps[]")],
    "case.supervise": [("CaseSupervision", None, ""), ("CaseDeadline", None, "deadlines[]"), ("CaseAlert", None, "alerts[]"), ("CaseFinding", None, "findings[]")],
    "case.stats": [("CaseStats", None, ""), ("CaseFigures", None, "overall")],
}

# Keys a door reads under another name or on purpose not at all, with the reason.
PYTHON_READS = {
    "CreditStatus": {"policy": "the policy used is not part of the typed status"},
    "Finding": {},
    "ResolvedMaterial": {},
    "Day": {},
    "Deadline": {"period": "the typed deadline is asked with the period it returns"},
    "ResidentIdCheck": {"masked": "read as masked", "region": "read as region"},
    "Alert": {},
    "FieldError": {},
    "Bundle": {},
    "UsccCheck": {},
}


def ts_interfaces(text: str) -> dict:
    """Interface name → declared keys (with `extends` resolved; index signatures allow any)."""
    out, parents = {}, {}
    for m in re.finditer(r"export interface (\w+)(?: extends ([\w, ]+))? \{(.*?)\n?\}(?:\n|$)", text, re.S):
        name, ext, body = m.group(1), m.group(2), m.group(3)
        keys = set(re.findall(r"(?:^|[;{\n])\s*(\w+)\??:", body))
        if re.search(r"\[key: string\]", body):
            keys.add("*")
        out[name] = keys
        parents[name] = [p.strip() for p in ext.split(",")] if ext else []
    for name in out:
        for p in parents[name]:
            out[name] |= out.get(p, set())
    return out


def py_reads(source: str) -> dict:
    """Dataclass name → the JSON keys its from_json reads (v["k"] and v.get("k"))."""
    tree = ast.parse(source)
    out = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            keys = set()
            for f in ast.walk(node):
                if isinstance(f, ast.FunctionDef) and f.name == "from_json":
                    seg = ast.get_source_segment(source, f) or ""
                    keys |= set(re.findall(r'v\["(\w+)"\]', seg))
                    keys |= set(re.findall(r'v\.get\("(\w+)"', seg))
                    if "_reasons(v)" in seg:
                        keys.add("reasons")
                    if "**v" in seg or "**dict(v" in seg:
                        keys.add("*")
                    fields = [
                        t.target.id
                        for t in node.body
                        if isinstance(t, ast.AnnAssign) and isinstance(t.target, ast.Name)
                    ]
                    if "cls(**" in seg:
                        keys |= set(fields)
            if not any(isinstance(f, ast.FunctionDef) and f.name == "from_json" for f in node.body):
                # Built with cls(**answer): its fields are what it reads.
                keys = {t.target.id for t in node.body if isinstance(t, ast.AnnAssign) and isinstance(t.target, ast.Name)}
            out[node.name] = keys
    return out


def at(value, path: str):
    """The values at a path like `findings[]` or `bundle`."""
    vals = [value]
    for part in [p for p in path.split(".") if p]:
        many = part.endswith("[]")
        key = part[:-2] if many else part
        nxt = []
        for v in vals:
            x = v.get(key) if isinstance(v, dict) else None
            if x is None:
                continue
            nxt.extend(x if many and isinstance(x, list) else [x])
        vals = nxt
    return [v for v in vals if isinstance(v, dict)]


def main() -> int:
    transcript = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "target/conformance/rust.txt"
    ts = ts_interfaces((ROOT / "wasm/js/api.d.ts").read_text("utf-8"))
    py = py_reads((ROOT / "python/python/zhengwu/_model.py").read_text("utf-8"))
    ops = {}
    for f in sorted((ROOT / "tests/vectors").rglob("*.json")):
        rel = f.relative_to(ROOT / "tests/vectors").as_posix()
        for i, v in enumerate(json.loads(f.read_text("utf-8"))):
            ops[f"{rel}#{i}"] = v["op"]
    problems, checked = set(), 0
    for line in transcript.read_text("utf-8").splitlines():
        label, status, raw = line.split("\t", 2)
        if status != "ok" or ops.get(label) not in ANSWERS:
            continue
        answer = json.loads(raw)
        for ts_name, py_name, path in ANSWERS[ops[label]]:
            for obj in at(answer, path):
                checked += 1
                declared = ts.get(ts_name)
                if declared is None:
                    problems.add(f"api.d.ts has no interface {ts_name}")
                    continue
                for k in obj:
                    if k not in declared and "*" not in declared:
                        problems.add(f"{ops[label]}: key {k!r} of {ts_name} is not declared in api.d.ts")
                if py_name:
                    reads = py.get(py_name, set())
                    allowed = PYTHON_READS.get(py_name, {})
                    for k in obj:
                        if k not in reads and "*" not in reads and k not in allowed:
                            problems.add(f"{ops[label]}: key {k!r} is not read by the Python {py_name}")
    for p in sorted(problems):
        print(p)
    print(f"door types: {checked} answer objects checked against api.d.ts and _model.py, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
