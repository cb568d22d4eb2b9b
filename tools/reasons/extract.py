#!/usr/bin/env python3
"""Writes core/data/reasons.json: every reason code the core gives (`Reason::new("code", …)`),
with its message templates in both languages as the source writes them and the article it cites,
so that `meta.reasons` can list them for hosts that map or translate them. Read from the source,
never copied by hand; the test command checks that the file is current.

A code given in several places is listed once, with each distinct (templates, citation) it has —
so two spellings of one rule show up side by side.

    python3 tools/reasons/extract.py          # (re)write core/data/reasons.json
    python3 tools/reasons/extract.py --check  # fail when it is not current
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SRC = ROOT / "core" / "src"
OUT = ROOT / "core" / "data" / "reasons.json"


def args_of(text, start):
    """The top-level arguments of the call whose '(' is at `start`, and the index after ')'."""
    depth, i, args, begin = 0, start, [], start + 1
    while i < len(text):
        c = text[i]
        if c == '"':
            i += 1
            while i < len(text) and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c == "'" and re.match(r"'(\\.|[^\\'])'", text[i:i + 4]):
            i += text[i + 1:].index("'") + 1
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append(text[begin:i].strip())
                return args, i + 1
        elif c == "," and depth == 1:
            args.append(text[begin:i].strip())
            begin = i + 1
        i += 1
    return args, len(text)


def literal(expr):
    """The first string literal of an expression (`"…"`, `format!("…", …)`), unescaped."""
    m = re.search(r'"((?:\\.|[^"\\])*)"', expr)
    if not m:
        return None
    return json.loads('"' + m.group(1).replace("\\'", "'") + '"') if "\\u{" not in m.group(1) else m.group(1)


def doc_consts():
    reason = (SRC / "reason.rs").read_text(encoding="utf-8")
    return dict(re.findall(r'pub const ([A-Z0-9_]+): &str = "([a-z0-9-]+)";', reason))


def cite_consts(docs):
    """Every `const NAME: Citation = Citation::new(doc::X, "article")` of the core → (doc, article)."""
    out = {}
    for f in SRC.rglob("*.rs"):
        text = f.read_text(encoding="utf-8")
        for name, const, art in re.findall(r'const ([A-Z_]+): Citation =\s*Citation::new\(\s*doc::([A-Z0-9_]+),\s*"([^"]+)"\s*\)', text):
            out[name] = (docs.get(const), art)
    return out


def citation(expr, docs, cites, helpers, aliases):
    # `if … { Citation::new(C, "第十六条") } else { Citation::new(C, "第三条") }`: each one.
    branches = re.findall(r'Citation::new\(\s*(\w+)\s*,\s*"([^"]+)"\s*\)', expr)
    if len(branches) > 1:
        return {"one_of": [citation(f'Citation::new({a}, "{b}")', docs, cites, helpers, aliases) for a, b in branches]}
    m = re.search(r'\b(?:doc::)?([A-Z][A-Z0-9_]*)\s*,\s*"([^"]+)"', expr)
    if m and (docs.get(m.group(1)) or aliases.get(m.group(1))):
        return {"doc": docs.get(m.group(1)) or aliases[m.group(1)], "article": m.group(2)}
    m = re.fullmatch(r"(?:[\w:]*::)?([A-Z_]+)", expr)
    if m and m.group(1) in cites:
        doc, art = cites[m.group(1)]
        return {"doc": doc, "article": art}
    m = re.fullmatch(r"(?:[\w:]*::)?notice_citation\(\s*\w+\s*\)", expr)
    if m:
        return {"doc": "cn-holiday-notice", "article": "{year}"}
    m = re.fullmatch(r'(\w+)\(\s*"([^"]+)"\s*\)', expr)
    if m and m.group(1) in helpers:
        return {"doc": helpers[m.group(1)], "article": m.group(2)}
    return {"expr": " ".join(expr.split())}


# Dotted literals of those areas that are paths into an input or an answer, not codes.
PATHS = {"calendar.years", "commitment.domains", "commitment.revocable", "credit.reasons", "policy.profile"}

# The areas reason codes live in.
PREFIXES = {"calendar", "period", "pause", "case", "proof", "credit", "commitment", "letter", "deadline",
            "form", "material", "materials", "guide", "reduction", "id", "publication", "change", "matter",
            "explain", "policy", "region", "stats", "catalog"}


def build():
    docs = doc_consts()
    cites = cite_consts(docs)
    # `const C: &str = doc::TJ_2018_COMMITMENT;` in a module serves its children too.
    shared = {}
    for f in SRC.rglob("*.rs"):
        for alias, real in re.findall(r"const ([A-Z0-9_]+): &str = doc::([A-Z0-9_]+);", f.read_text(encoding="utf-8")):
            shared[alias] = docs.get(real)
    found = {}
    extra = {}
    for f in sorted(SRC.rglob("*.rs")):
        text = f.read_text(encoding="utf-8")
        rel = f.relative_to(ROOT).as_posix()
        aliases = dict(shared)
        aliases.update({alias: docs[real] for real, alias in re.findall(r"\b([A-Z0-9_]+) as ([A-Z0-9_]+)\b", text) if real in docs})
        aliases.update({alias: docs.get(real) for alias, real in re.findall(r"const ([A-Z0-9_]+): &str = doc::([A-Z0-9_]+);", text)})
        helpers = {
            name: docs.get(const)
            for name, const in re.findall(
                r"(?:let|fn)\s+(\w+)\s*(?:=\s*\|\s*\w+(?:\s*:\s*&'static str)?\s*\|\s*|\(\s*\w+\s*:\s*&'static str\s*\)\s*->\s*Citation\s*\{\s*)Citation::new\(\s*doc::([A-Z0-9_]+)\s*,\s*\w+\s*\)",
                text,
            )
        }
        for m in re.finditer(r"Reason::new\(", text):
            args, _ = args_of(text, m.end() - 1)
            args = [a for a in args if a]
            if len(args) != 3:
                continue
            code = literal(args[0]) if args[0].startswith('"') else None
            if not code:
                continue
            msg = args[1]
            if msg.startswith("msg!("):
                inner, _ = args_of(msg, msg.index("("))
                inner = [a for a in inner if a]
                zh, en = (literal(inner[0]), literal(inner[1])) if len(inner) == 2 else (None, None)
            else:
                zh = en = literal(msg)
            entry = {"zh": zh, "en": en, "citation": citation(args[2], docs, cites, helpers, aliases)}
            slot = found.setdefault(code, {"code": code, "variants": [], "files": []})
            if entry not in slot["variants"]:
                slot["variants"].append(entry)
            if rel not in slot["files"]:
                slot["files"].append(rel)
    # Codes built another way (a table of kinds, a code chosen by a match): listed with the files
    # that spell them, their templates not extracted — what a typed catalog would declare.
    skip = {"error.rs", "rules.rs", "tests.rs"}
    ops = set(re.findall(r'Op::\w+\(\s*"([a-z_]+\.[a-z_]+)",\s', (SRC / "engine/ops/mod.rs").read_text(encoding="utf-8")))
    errors = set(re.findall(r'=> "([a-z_]+\.[a-z_]+)", [A-Z]', (SRC / "error.rs").read_text(encoding="utf-8")))
    rules = set(re.findall(r'=> "([a-z_]+\.[a-z_]+)", [A-Z]', (SRC / "catalog/lint/rules.rs").read_text(encoding="utf-8")))
    for f in sorted(SRC.rglob("*.rs")):
        if f.name in skip or "tests" in f.parts:
            continue
        rel = f.relative_to(ROOT).as_posix()
        for code in re.findall(r'"([a-z]+\.[a-z][a-z_]*)"', f.read_text(encoding="utf-8")):
            if code in ops or code in errors or code in rules or code in found or code in PATHS:
                continue
            if code.split(".")[0] in PREFIXES:
                slot = extra.setdefault(code, {"code": code, "variants": [], "files": []})
                if rel not in slot["files"]:
                    slot["files"].append(rel)
    found.update(extra)
    return [found[k] for k in sorted(found)]


def main():
    text = json.dumps(build(), ensure_ascii=False, indent=1) + "\n"
    if "--check" in sys.argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print("core/data/reasons.json is not current: run python3 tools/reasons/extract.py", file=sys.stderr)
            sys.exit(1)
        print("reasons: core/data/reasons.json is current")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(json.loads(text))} reason codes)")


if __name__ == "__main__":
    main()
