#!/usr/bin/env python3
"""Writes the doors' types from core/data/schema.json (`meta.schema`), so that no door declares an
answer's shape by hand:

- wasm/js/ops.d.ts   — every type as a TypeScript declaration, `OpInputs` / `OpAnswers` keyed by
                       operation name (`Engine.call` is typed by them);
- python/python/zhengwu/optypes.py — every type as a `TypedDict`, `OpName` and `OPS`
                       (operation → input and answer types);
- java/src/main/java/io/zhengwu/<Type>.java — the typed Java answers listed in JAVA below.

    python3 tools/schema/generate.py          # (re)write
    python3 tools/schema/generate.py --check  # fail when a written file is not current
"""

import json
import keyword
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "core/data/schema.json"
HEAD = "Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit."


def ref_name(s):
    return s["$ref"].rsplit("/", 1)[1]


def pascal(op):
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[._]", op))


def doc_text(s):
    return " ".join((s.get("description") or "").split()).replace("*/", "* /")


# ---------------------------------------------------------------- TypeScript

def ts(s, defs, indent="  "):
    if s is True or s == {} or s is None:
        return "unknown"
    if "$ref" in s:
        return ref_name(s)
    for key in ("oneOf", "anyOf"):
        if key in s:
            parts = []
            for b in s[key]:
                t = ts(b, defs, indent)
                if t not in parts:
                    parts.append(t)
            return "(" + " | ".join(parts) + ")" if len(parts) > 1 else parts[0]
    if "allOf" in s:
        return " & ".join(ts(b, defs, indent) for b in s["allOf"])
    if "const" in s:
        return json.dumps(s["const"], ensure_ascii=False)
    if "enum" in s:
        return " | ".join(json.dumps(v, ensure_ascii=False) for v in s["enum"])
    t = s.get("type")
    if isinstance(t, list):
        return " | ".join(ts({**s, "type": x}, defs, indent) for x in t)
    if t == "string":
        return "IsoDate" if s.get("format") == "date" else "string"
    if t in ("integer", "number"):
        return "number"
    if t == "boolean":
        return "boolean"
    if t == "null":
        return "null"
    if t == "array":
        inner = ts(s.get("items", True), defs, indent)
        return f"{inner}[]" if re.fullmatch(r"[\w.]+", inner) else f"Array<{inner}>"
    if t == "object" or "properties" in s:
        props = s.get("properties", {})
        extra = s.get("additionalProperties")
        if not props:
            return f"Record<string, {ts(extra, defs, indent)}>" if isinstance(extra, dict) else "Record<string, unknown>"
        req = set(s.get("required", []))
        lines = []
        for k, v in props.items():
            d = doc_text(v) if isinstance(v, dict) else ""
            if d:
                lines.append(f"{indent}  /** {d} */")
            key = k if re.fullmatch(r"[A-Za-z_$][\w$]*", k) else json.dumps(k, ensure_ascii=False)
            lines.append(f"{indent}  {key}{'' if k in req else '?'}: {ts(v, defs, indent + '  ')};")
        if isinstance(extra, dict):
            lines.append(f"{indent}  [key: string]: unknown;")
        return "{\n" + "\n".join(lines) + f"\n{indent}}}"
    return "unknown"


def typescript(doc):
    defs = doc["$defs"]
    out = [f"// {HEAD}", "// Dates are 'YYYY-MM-DD' strings.", ""]
    for name, s in defs.items():
        d = doc_text(s)
        if d:
            out.append(f"/** {d} */")
        body = "string" if name == "IsoDate" else ts(s, defs, "")
        out.append(f"export type {name} = {body};")
    out.append("")
    for side in ("input", "answer"):
        iface = "OpInputs" if side == "input" else "OpAnswers"
        out.append(f"/** The {side} of each operation, by name. */")
        out.append(f"export interface {iface} {{")
        for op, io in doc["ops"].items():
            out.append(f"  {json.dumps(op)}: {ts(io[side], defs, '  ')};")
        out.append("}")
    out.append("/** Every operation's name. */")
    out.append("export type OpName = keyof OpAnswers;")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- Python

def py(s, defs):
    if s is True or s == {} or s is None:
        return "Any"
    if "$ref" in s:
        return f'"{ref_name(s)}"'
    for key in ("oneOf", "anyOf"):
        if key in s:
            if all("const" in b for b in s[key]):
                return "Literal[" + ", ".join(pylit(b["const"]) for b in s[key]) + "]"
            parts = []
            for b in s[key]:
                t = py(b, defs)
                if t not in parts:
                    parts.append(t)
            return "Union[" + ", ".join(parts) + "]" if len(parts) > 1 else parts[0]
    if "allOf" in s:
        return py(s["allOf"][0], defs)
    if "const" in s:
        return f"Literal[{pylit(s['const'])}]"
    if "enum" in s:
        return "Literal[" + ", ".join(pylit(v) for v in s["enum"]) + "]"
    t = s.get("type")
    if isinstance(t, list):
        parts = [py({**s, "type": x}, defs) for x in t]
        return "Union[" + ", ".join(parts) + "]" if len(parts) > 1 else parts[0]
    if t == "string":
        return "str"
    if t == "integer":
        return "int"
    if t == "number":
        return "float"
    if t == "boolean":
        return "bool"
    if t == "null":
        return "None"
    if t == "array":
        return f"list[{py(s.get('items', True), defs)}]"
    if t == "object" or "properties" in s:
        extra = s.get("additionalProperties")
        if not s.get("properties") and isinstance(extra, dict):
            return f"dict[str, {py(extra, defs)}]"
        return "dict[str, Any]"
    return "Any"


def pylit(v):
    return repr(v) if isinstance(v, (bool, type(None))) else json.dumps(v, ensure_ascii=False)


def python(doc):
    defs = doc["$defs"]
    out = [f'"""{HEAD}', "", "The input and answer of every operation as typed dictionaries (`OPS`: operation → input and", 'answer types), for type checkers and editors; the engine itself takes and gives plain dicts."""', "",
           "import sys", "from typing import TYPE_CHECKING, Any, Literal, TypedDict, Union", "",
           "if TYPE_CHECKING or sys.version_info >= (3, 11):",
           "    from typing import NotRequired",
           "else:  # Python 3.10 reads the types; only type checkers need NotRequired",
           "",
           "    class NotRequired:",
           "        def __class_getitem__(cls, item: Any) -> Any:",
           "            return item",
           ""]
    for name, s in defs.items():
        d = doc_text(s)
        props = s.get("properties") if isinstance(s, dict) else None
        if props and s.get("type") == "object":
            req = set(s.get("required", []))
            fields = ", ".join(
                f"{json.dumps(k, ensure_ascii=False)}: {py(v, defs) if k in req else 'NotRequired[' + py(v, defs) + ']'}"
                for k, v in props.items()
            )
            out.append(f"{name} = TypedDict({name!r}, {{{fields}}})")
        else:
            out.append(f"{name} = {py(s, defs)}")
        if d:
            out.append(f'"""{d.replace(chr(92), chr(92) * 2)}"""')
        out.append("")
    names = ", ".join(json.dumps(op) for op in doc["ops"])
    out.append(f"OpName = Literal[{names}]")
    out.append('"""Every operation\'s name."""')
    out.append("")
    out.append("OPS: dict[str, tuple[Any, Any]] = {")
    for op, io in doc["ops"].items():
        i = ref_name(io["input"]) if "$ref" in io["input"] else "dict[str, Any]"
        a = ref_name(io["answer"]) if isinstance(io["answer"], dict) and "$ref" in io["answer"] else "dict[str, Any]"
        out.append(f"    {json.dumps(op)}: ({i}, {a}),")
    out.append("}")
    out.append('"""Each operation\'s input and answer types, by name."""')
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- Java

# The typed Java answers written from the schema: schema type → Java class, with its doc line.
JAVA = {
    "CaseSupervision": "电子监察 of one case (办件): status, limits, alerts and findings.",
    "CaseDeadline": "A limit of a case: which, its last day, how long and paused, when met, whether late.",
    "CaseAlert": "预警 of a case: a limit near, due today or passed.",
    "CaseFinding": "A finding of 电子监察: what happened against which rule, on which day.",
}
# Enums the Java API already has (tools/java/enums.py), by schema name.
JAVA_ENUMS = {"CaseStatus", "CaseDeadlineKind", "AlertLevel", "FindingCategory", "Grade"}


def java_field(k, s, defs):
    """(Java type, expression reading key k of map m)."""
    nullable = False
    if "anyOf" in s:
        rest = [b for b in s["anyOf"] if b.get("type") != "null"]
        nullable = len(rest) < len(s["anyOf"])
        s = rest[0] if len(rest) == 1 else s
    t = s.get("type")
    if isinstance(t, list):
        t = [x for x in t if x != "null"][0]
    if "$ref" in s:
        r = ref_name(s)
        if r == "IsoDate":
            return "LocalDate", f'Node.date(m, "{k}")'
        if r == "Citation":
            return "Citation", f'm.get("{k}") == null ? null : new Citation(Node.obj(m.get("{k}")))'
        if r in JAVA_ENUMS:
            return r, f'Node.wire({r}.class, m, "{k}")'
        if r in JAVA:
            return r, f'm.get("{k}") == null ? null : new {r}(Node.obj(m.get("{k}")))'
        raise SystemExit(f"Java: no type for {r}")
    if t == "array":
        item = s["items"]
        if "$ref" in item and ref_name(item) in JAVA:
            r = ref_name(item)
            return f"List<{r}>", f'Node.objects(m, "{k}", {r}::new)'
        if item.get("type") == "string":
            return "List<String>", f'Node.strings(m, "{k}")'
        raise SystemExit(f"Java: no list type for {k}")
    if t == "string":
        return "String", f'Node.str(m, "{k}")'
    if t == "integer":
        return "Long", f'Node.num(m, "{k}")'
    if t == "boolean":
        return "Boolean", f'Node.boolOrNull(m, "{k}")'
    raise SystemExit(f"Java: no type for {k}: {s}")


def camel(k):
    head, *rest = k.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def java_class(name, doc_line, s, defs):
    fields = [(k, camel(k), *java_field(k, v, defs), doc_text(v) or k) for k, v in s["properties"].items()]
    imports = ["java.util.Map"]
    if any(f[2] == "LocalDate" for f in fields):
        imports.append("java.time.LocalDate")
    if any(f[2].startswith("List<") for f in fields):
        imports.append("java.util.List")
    out = ["package io.zhengwu;", ""] + [f"import {i};" for i in sorted(imports)] + ["", f"// {HEAD}", ""]
    out.append(f"/** {doc_line} */")
    out.append(f"public final class {name} {{")
    for k, c, t, _, _ in fields:
        out.append(f"  private final {t} {c};")
    out.append("")
    out.append(f"  {name}(Map<String, Object> m) {{")
    for k, c, t, expr, _ in fields:
        out.append(f"    this.{c} = {expr};")
    out.append("  }")
    for k, c, t, _, d in fields:
        out.append("")
        out.append(f"  /** {d} ({{@code {k}}}). */")
        out.append(f"  public {t} get{c[:1].upper() + c[1:]}() {{")
        out.append(f"    return {c};")
        out.append("  }")
    out.append("")
    out.append("  @Override")
    out.append("  public String toString() {")
    shown = " + \", \" + ".join(f'"{k}=" + {c}' for k, c, t, _, _ in fields[:4])
    out.append(f'    return "{name}{{" + {shown} + "}}";')
    out.append("  }")
    out.append("}")
    return "\n".join(out) + "\n"


def outputs(doc):
    files = {
        ROOT / "wasm/js/ops.d.ts": typescript(doc),
        ROOT / "python/python/zhengwu/optypes.py": python(doc),
    }
    for name, line in JAVA.items():
        files[ROOT / f"java/src/main/java/io/zhengwu/{name}.java"] = java_class(name, line, doc["$defs"][name], doc["$defs"])
    return files


def main() -> int:
    doc = json.loads(SCHEMA.read_text("utf-8"))
    check = "--check" in sys.argv
    stale = []
    for path, text in outputs(doc).items():
        if check:
            if not path.exists() or path.read_text("utf-8") != text:
                stale.append(path.relative_to(ROOT).as_posix())
        else:
            path.write_text(text, "utf-8")
    if stale:
        print("not current (run python3 tools/schema/generate.py):", *stale, sep="\n  ")
        return 1
    print("door types current" if check else "door types written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
