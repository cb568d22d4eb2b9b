#!/usr/bin/env python3
"""The house rules of `core/src` that a reader cannot see at a glance:

* arrows point down: each top-level module of the core may use only the modules below it in
  FLOORS (so there are no circles either);
* no function is longer than MAX_FN_LINES lines.

Prints every breach and exits 1 if there is one. `--report` prints the floors and the longest
functions whatever happens.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2] / "core" / "src"
MAX_FN_LINES = 150

# Bottom first. A module may use any module earlier in this list, never a later one.
FLOORS = [
    # foundations
    "mask", "pattern", "date", "lang", "enums", "sources", "error", "reason", "message", "ingress",
    "egress", "wire", "step", "norm",
    # the domain, each floor resting on the ones before
    "calendar", "id", "policy", "catalog", "credit", "form", "materials", "commitment", "case",
    "guide", "explain",
    # the operations
    "engine",
]
# Names `crate::X` may reach that are not modules: the crate root's re-exports and macros.
ROOT_ITEMS = {"Error", "ErrorCode", "Result", "Area", "Citation", "Reason", "Engine", "msg", "tr",
              "messages", "texts", "wire_args", "__listed",
              "VERSION", "ABI_VERSION"}

FN = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?(?:const\s+)?(?:unsafe\s+)?fn\s+(\w+)")


def strip(line: str) -> str:
    line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'(?:\\.|[^'\\])'", "''", line)
    return re.sub(r"//.*", "", line)


def functions(path: pathlib.Path):
    lines = path.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        m = FN.match(line)
        if not m:
            continue
        depth, opened = 0, False
        for j in range(i, len(lines)):
            s = strip(lines[j])
            if not opened and ";" in s and "{" not in s:
                break
            for ch in s:
                if ch == "{":
                    depth += 1
                    opened = True
                elif ch == "}":
                    depth -= 1
            if opened and depth == 0:
                yield m.group(1), i + 1, j - i + 1
                break


def uses(path: pathlib.Path):
    text = path.read_text(encoding="utf-8")
    for m in re.finditer(r"crate::(\w+)", text):
        yield m.group(1)
    for m in re.finditer(r"^\s*(?:pub(?:\([^)]*\))?\s+)?use\s+crate::\{([^;]*)\}", text, re.M):
        for name in re.findall(r"(?:^|[,{\s])(\w+)(?=::|\s*[,}]|\s*$)", m.group(1)):
            yield name


def main() -> int:
    report = "--report" in sys.argv
    rank = {m: i for i, m in enumerate(FLOORS)}
    faults = []
    longest = []
    for path in sorted(ROOT.rglob("*.rs")):
        rel = path.relative_to(ROOT)
        top = rel.parts[0].removesuffix(".rs")
        if top != "lib":
            if top not in rank:
                faults.append(f"{rel}: module `{top}` has no floor in tools/house/check.py")
            else:
                for name in set(uses(path)):
                    if name == top or name in ROOT_ITEMS:
                        continue
                    if name not in rank:
                        faults.append(f"{rel}: `crate::{name}` is not a known module")
                    elif rank[name] > rank[top]:
                        faults.append(f"{rel}: arrow up, `{top}` uses `{name}`")
        for name, line, n in functions(path):
            longest.append((n, f"{rel}:{line} {name}"))
            if n > MAX_FN_LINES:
                faults.append(f"{rel}:{line}: fn {name} is {n} lines (at most {MAX_FN_LINES})")
    if report:
        print("floors, bottom first:", " < ".join(FLOORS))
        for n, where in sorted(longest, reverse=True)[:10]:
            print(f"{n:5} {where}")
    for f in faults:
        print(f, file=sys.stderr)
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
