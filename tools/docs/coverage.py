#!/usr/bin/env python3
"""Writes docs/coverage.md: every article and item of the seed documents, and what zhengwu does
with it — the operations and conformance vectors whose answers cite it, the code that cites it,
or why it is not machine-checkable, or that it is not yet modelled.

Sources, all read here, none copied by hand:
- the source texts (docs/sources/): articles 第N条 and their items (一)…1.; the
  notices' 一、(一)1. — every unit in the notation the code cites (`第十二条(四)4`, `三(一)1`);
- the citations of the code (core/src: a document constant next to an article literal, and the
  small helpers that fix the document) and of every answer in tests/vectors/;
- tools/docs/coverage-notes.tsv: for units nothing cites, the reviewer's classification
  (`organisational`, `context` — not machine-checkable, with the reason — or `not-yet`). A note
  on a unit holds for its items unless they are cited.

    python3 tools/docs/coverage.py          # (re)write docs/coverage.md
    python3 tools/docs/coverage.py --check  # fail when it is not current, when a unit is
                                            # unaccounted for, or when code or a vector cites an
                                            # article the seeds do not have
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCES = ROOT / "docs" / "sources"
OUT = ROOT / "docs" / "coverage.md"
NOTES = ROOT / "tools" / "docs" / "coverage-notes.tsv"
VECTORS = ROOT / "tests" / "vectors"

NUM = "一二三四五六七八九十"

# Source file → the documents it holds (the five measures share one file), with the line that
# opens each.
DOCS = [
    ("tj-2018-notice.txt", [("tj-2018-notice", None)]),
    ("tj-2018-measures.txt", [
        ("tj-2018-disclosure", "天津市“一制三化”改革公开公示办法(试行)"),
        ("tj-2018-commitment", "天津市“一制三化”改革信用承诺办法(试行)"),
        ("tj-2018-onenet", "天津市“一制三化”改革一网通办办法(试行)"),
        ("tj-2018-supervision", "天津市“一制三化”改革全程监督办法(试行)"),
        ("tj-2018-discipline", "天津市“一制三化”改革失信惩戒办法(试行)"),
    ]),
    ("tj-2022-onething.txt", [("tj-2022-onething", None)]),
    ("baodi-2018.txt", [("baodi-2018", None)]),
    ("jizhou-2018.txt", [("jizhou-2018", None)]),
]
TITLES = {
    "tj-2018-notice": "关于做好“政务一网通”改革有关重点工作的通知",
    "tj-2018-disclosure": "天津市“一制三化”改革公开公示办法(试行)",
    "tj-2018-commitment": "天津市“一制三化”改革信用承诺办法(试行)",
    "tj-2018-onenet": "天津市“一制三化”改革一网通办办法(试行)",
    "tj-2018-supervision": "天津市“一制三化”改革全程监督办法(试行)",
    "tj-2018-discipline": "天津市“一制三化”改革失信惩戒办法(试行)",
    "tj-2022-onething": "天津市加快推进“一件事一次办”打造政务服务升级版实施方案",
    "baodi-2018": "宝坻区承诺制标准化智能化便利化审批制度改革实施细则",
    "jizhou-2018": "蓟州区基层政务服务体系建设工作方案",
}

ARTICLE = re.compile(r"^\s*(第[一二三四五六七八九十百零]+条)\s*(.*)")
TOP = re.compile(r"^\s*([一二三四五六七八九十]+)、\s*(.*)")
ITEM = re.compile(r"^\s*[（(]([一二三四五六七八九十]+)[）)]\s*(.*)")
SUB = re.compile(r"^\s*(\d+)\s*[．.、]\s*(.*)")


def units_of(doc, lines, articles):
    """[(key, parent key or None, summary)] in text order."""
    out, seen = [], set()
    top = item = None

    def add(key, parent, text):
        if key in seen:
            return
        seen.add(key)
        summary = re.sub(r"\s+", "", text)
        out.append((key, parent, summary[:48] + ("…" if len(summary) > 48 else "")))

    for line in lines:
        if re.match(r"^\s*附件", line):
            break
        if articles:
            m = ARTICLE.match(line)
            if m:
                top, item = m.group(1), None
                add(top, None, m.group(2))
                continue
        else:
            m = TOP.match(line)
            if m:
                top, item = m.group(1), None
                add(top, None, m.group(2))
                continue
        if top is None:
            continue
        m = ITEM.match(line)
        if m:
            item = f"{top}({m.group(1)})"
            add(item, top, m.group(2))
            continue
        m = SUB.match(line)
        if m and item is not None:
            add(f"{item}{m.group(1)}", item, m.group(2))
    return out


def seeds():
    docs = {}
    for name, parts in DOCS:
        path = SOURCES / name
        lines = path.read_text(encoding="utf-8").splitlines()
        if parts[0][1] is None:
            doc = parts[0][0]
            docs[doc] = units_of(doc, lines, articles=False)
            continue
        starts = [next(i for i, l in enumerate(lines) if l.strip() == title) for _, title in parts]
        for (doc, _), a, b in zip(parts, starts, starts[1:] + [len(lines)]):
            docs[doc] = units_of(doc, lines[a + 1:b], articles=True)
    return docs


def code_citations():
    """{(doc, article): {relative file}} from core/src."""
    reason = (ROOT / "core/src/reason.rs").read_text(encoding="utf-8")
    consts = dict(re.findall(r'pub const ([A-Z0-9_]+): &str = "([a-z0-9-]+)";', reason))
    cites = {}
    for f in sorted((ROOT / "core/src").rglob("*.rs")):
        text = f.read_text(encoding="utf-8")
        names = dict(consts)
        for real, alias in re.findall(r"doc::([A-Z0-9_]+) as ([A-Z0-9_]+)", text):
            names[alias] = consts.get(real)
        rel = f.relative_to(ROOT).as_posix()
        pairs = re.findall(r'\b(?:doc::)?([A-Z][A-Z0-9_]+)\s*,\s*"([^"]+)"', text)
        # Helpers that fix the document: `let c = |a| Citation::new(doc::X, a)`, `fn d(article…)`.
        for name, const in re.findall(
            r"(?:let|fn)\s+(\w+)\s*(?:=\s*\|\s*\w+(?:\s*:\s*&'static str)?\s*\|\s*|\(\s*\w+\s*:\s*&'static str\s*\)\s*->\s*Citation\s*\{\s*)Citation::new\(\s*doc::([A-Z0-9_]+)\s*,\s*\w+\s*\)",
            text,
        ):
            pairs += [(const, a) for a in re.findall(r"\b" + re.escape(name) + r'\(\s*"([^"]+)"\s*\)', text)]
        for const, art in pairs:
            doc = names.get(const)
            if doc:
                cites.setdefault((doc, art), set()).add(rel)
    return cites


def vector_citations():
    """{(doc, article): {(file#name, op)}} from every answer and error in the corpus."""
    cites = {}

    def walk(v, where):
        if isinstance(v, dict):
            if isinstance(v.get("doc"), str) and isinstance(v.get("article"), str):
                cites.setdefault((v["doc"], v["article"]), set()).add(where)
            for x in v.values():
                walk(x, where)
        elif isinstance(v, list):
            for x in v:
                walk(x, where)

    for f in sorted(VECTORS.rglob("*.json")):
        rel = f.relative_to(VECTORS).as_posix()
        for i, case in enumerate(json.loads(f.read_text(encoding="utf-8"))):
            walk(case.get("expect"), (f"{rel}#{i}", case["op"]))
    return cites


def notes():
    out = {}
    for n, line in enumerate(NOTES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        doc, unit, kind, why = line.split("\t")
        if kind not in ("organisational", "context", "see", "not-yet"):
            raise SystemExit(f"{NOTES.name}:{n}: unknown kind {kind!r}")
        out[(doc, unit)] = (kind, why)
    return out


KIND_TEXT = {
    "organisational": "不可机器检查：组织职责",
    "context": "不可机器检查：目标、原则或背景",
    "see": "同一规则在他处建模",
    "not-yet": "尚未建模",
}


def build():
    docs = seeds()
    code, vecs, nts = code_citations(), vector_citations(), notes()
    problems = []
    known = {(d, k) for d, us in docs.items() for k, _, _ in us}
    for (doc, art), where in sorted({**code, **vecs}.items()):
        if doc in docs and (doc, art) not in known:
            problems.append(f"{doc} {art}: cited by {sorted(where)[0]} but the seed has no such article or item")
    for key in nts:
        if key not in known:
            problems.append(f"{NOTES.name}: {key[0]} {key[1]}: no such article or item")

    def cited_within(doc, key):
        """Citations of `key` or of an item inside it."""
        inside = lambda art: art == key or (art.startswith(key) and art[len(key)] in "(0123456789")
        c = {f for (d, a), fs in code.items() if d == doc and inside(a) for f in fs}
        v = {w for (d, a), ws in vecs.items() if d == doc and inside(a) for w in ws}
        return c, v

    counts = {"modelled": 0, "code-only": 0, "see": 0, "organisational": 0, "context": 0, "not-yet": 0}
    sections = []
    for doc, units in docs.items():
        parents = {k: p for k, p, _ in units}
        rows = []
        for key, parent, summary in units:
            c, v = cited_within(doc, key)
            if v:
                kind = "modelled"
                ops = sorted({op for _, op in v})
                status = f"已建模：{'、'.join(f'`{o}`' for o in ops)}；向量 {len(v)} 条"
            elif c:
                kind = "code-only"
                status = "已建模（代码引用，尚无向量）：" + "、".join(f"`{x}`" for x in sorted(c))
            else:
                up, note = key, None
                while up is not None and note is None:
                    note = nts.get((doc, up))
                    up = parents.get(up)
                if note is None:
                    problems.append(f"{doc} {key}: not cited and not classified in {NOTES.name}")
                    kind, status = "not-yet", "（未归类）"
                else:
                    kind, status = note[0], f"{KIND_TEXT[note[0]]}——{note[1]}"
            counts[kind] += 1
            indent = "　" * (key.count("(") + (1 if re.search(r"\)\d+$", key) else 0))
            rows.append(f"| {indent}{key} | {summary.replace('|', '｜')} | {status} |")
        sections.append(f"## {TITLES[doc]}（`{doc}`）\n\n| 条目 | 内容 | zhengwu |\n|---|---|---|\n" + "\n".join(rows) + "\n")
    total = sum(counts.values())
    head = f"""# Every article of the seeds, accounted for

Generated by `tools/docs/coverage.py` from the source texts (`docs/sources/`), the citations in `core/src` and every
answer of the conformance corpus (`tests/vectors/`); the test command checks that it is current and
that no article or item is left unlisted. A unit is *modelled* when an answer of a vector cites it
(or an item inside it); *code only* when the code cites it but no vector shows it yet. The others
carry the reviewer's classification from `tools/docs/coverage-notes.tsv`: not machine-checkable
(an organisational duty, a goal or a principle — with the reason), the same rule modelled where
another article states it, or not yet modelled.

| | units |
|---|---:|
| modelled, with vectors | {counts['modelled']} |
| modelled in code, no vector yet | {counts['code-only']} |
| the same rule, modelled where another article states it | {counts['see']} |
| not machine-checkable: organisational duty | {counts['organisational']} |
| not machine-checkable: goal, principle or context | {counts['context']} |
| not yet modelled | {counts['not-yet']} |
| **total** | **{total}** |

"""
    return head + "\n".join(sections), problems


def main():
    text, problems = build()
    if "--check" in sys.argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            problems.append("docs/coverage.md is not current: run python3 tools/docs/coverage.py")
        for p in problems:
            print("coverage:", p, file=sys.stderr)
        if problems:
            sys.exit(1)
        print("coverage: docs/coverage.md is current; every article of the seeds is accounted for")
        return
    OUT.write_text(text, encoding="utf-8")
    for p in problems:
        print("coverage:", p, file=sys.stderr)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(problems)} problems)")


if __name__ == "__main__":
    main()
