#!/usr/bin/env python3
"""Writes the doors' types from core/data/schema.json (`meta.schema`), so that no door declares an
answer's shape by hand:

- wasm/js/ops.d.ts   — `OpInputs` / `OpAnswers` keyed by operation name (`Engine.call` is typed
                       by them), re-exporting every type, each declared in the module of its area
                       (wasm/js/ops-<area>.d.ts);
- python/python/zhengwu/optypes/ — every type as a `TypedDict` in the module of its area,
                       `OpName` and `OPS` (operation → input and answer types) in `__init__.py`;
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


# ---------------------------------------------------------------- areas

# Each operation's area, by the first part of its name: one module of types per area, so that
# no written file grows with every type of every operation.
AREAS = {
    "calendar": "calendar", "id": "id", "commitment": "commitment", "credit": "credit",
    "form": "form", "case": "case", "catalog": "catalog", "matter": "matter",
    "material": "matter", "materials": "matter", "bundle": "matter", "meta": "meta",
    "explain": "meta", "policy": "meta",
}
COMMON = "common"


def refs(s, acc, dates=True):
    """The names of the types `s` refers to: its `$ref`s and, with `dates`, `IsoDate` for a
    date-formatted string (which TypeScript declares as `IsoDate`, Python as `str`)."""
    if isinstance(s, dict):
        if "$ref" in s:
            acc.add(ref_name(s))
        if dates and s.get("format") == "date":
            acc.add("IsoDate")
        for v in s.values():
            refs(v, acc, dates)
    elif isinstance(s, list):
        for v in s:
            refs(v, acc, dates)
    return acc


def area_of(op):
    head = op.split(".", 1)[0]
    if head not in AREAS:
        raise SystemExit(f"operation {op}: no area for {head!r} in AREAS")
    return AREAS[head]


def partition(doc):
    """Each type's module: its area where only one area's operations use it, else `common`.
    Returns (module → type names in schema order, module → operations in schema order)."""
    defs = doc["$defs"]
    deps = {n: refs(s, set()) for n, s in defs.items()}
    users = {n: set() for n in defs}
    for op, io in doc["ops"].items():
        todo, seen = list(refs(io, set())), set()
        while todo:
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                users[n].add(area_of(op))
                todo.extend(deps[n])
    types, ops = {}, {}
    for n in defs:
        u = users[n]
        types.setdefault(next(iter(u)) if len(u) == 1 else COMMON, []).append(n)
    for op in doc["ops"]:
        ops.setdefault(area_of(op), []).append(op)
    return types, ops


def needs(module, names, ops, doc, where):
    """The common types a module's declarations use, sorted."""
    used = set()
    for n in names:
        refs(doc["$defs"][n], used)
    for op in ops:
        refs(doc["ops"][op], used)
    return sorted(u for u in used if where[u] == COMMON and module != COMMON)


def modules(types, ops):
    """Every module, `common` first."""
    return [COMMON] + sorted((set(types) | set(ops)) - {COMMON})


def iface(area, side):
    return pascal(area) + ("OpInputs" if side == "input" else "OpAnswers")


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
    """wasm/js/ops.d.ts and one wasm/js/ops-<area>.d.ts per area."""
    defs = doc["$defs"]
    types, ops = partition(doc)
    where = {n: m for m, names in types.items() for n in names}
    files = {}
    for module in modules(types, ops):
        names, mops = types.get(module, []), ops.get(module, [])
        out = [f"// {HEAD}", "// Dates are 'YYYY-MM-DD' strings.", ""]
        common = needs(module, names, mops, doc, where)
        if common:
            out.append(f"import type {{ {', '.join(common)} }} from './ops-{COMMON}.mjs';")
            out.append("")
        for name in names:
            s = defs[name]
            d = doc_text(s)
            if d:
                out.append(f"/** {d} */")
            body = "string" if name == "IsoDate" else ts(s, defs, "")
            out.append(f"export type {name} = {body};")
        for side in ("input", "answer") if mops else ():
            out.append(f"/** The {side} of each {module} operation, by name. */")
            out.append(f"export interface {iface(module, side)} {{")
            for op in mops:
                out.append(f"  {json.dumps(op)}: {ts(doc['ops'][op][side], defs, '  ')};")
            out.append("}")
        files[f"wasm/js/ops-{module}.d.ts"] = "\n".join(out) + "\n"
    areas = sorted(ops)
    out = [f"// {HEAD}", "// Every type of every operation, each from the module of its area.", ""]
    out += [f"export * from './ops-{m}.mjs';" for m in modules(types, ops)]
    for m in areas:
        out.append(f"import type {{ {iface(m, 'input')}, {iface(m, 'answer')} }} from './ops-{m}.mjs';")
    out.append("")
    for side in ("input", "answer"):
        name = "OpInputs" if side == "input" else "OpAnswers"
        out.append(f"/** The {side} of each operation, by name. */")
        out.append(f"export interface {name}")
        out.append("  extends " + ",\n    ".join(iface(m, side) for m in areas) + " {}")
    out.append("/** Every operation's name. */")
    out.append("export type OpName = keyof OpAnswers;")
    files["wasm/js/ops.d.ts"] = "\n".join(out) + "\n"
    return files


# ---------------------------------------------------------------- Python

def py(s, defs, quote=True):
    """A schema as a Python type; `$ref`s quoted (forward references) unless `quote` is false."""
    if s is True or s == {} or s is None:
        return "Any"
    if "$ref" in s:
        return f"\"{ref_name(s)}\"" if quote else ref_name(s)
    for key in ("oneOf", "anyOf"):
        if key in s:
            if all("const" in b for b in s[key]):
                return "Literal[" + ", ".join(pylit(b["const"]) for b in s[key]) + "]"
            parts = []
            for b in s[key]:
                t = py(b, defs, quote)
                if t not in parts:
                    parts.append(t)
            return "Union[" + ", ".join(parts) + "]" if len(parts) > 1 else parts[0]
    if "allOf" in s:
        return py(s["allOf"][0], defs, quote)
    if "const" in s:
        return f"Literal[{pylit(s['const'])}]"
    if "enum" in s:
        return "Literal[" + ", ".join(pylit(v) for v in s["enum"]) + "]"
    t = s.get("type")
    if isinstance(t, list):
        parts = [py({**s, "type": x}, defs, quote) for x in t]
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
        return f"list[{py(s.get('items', True), defs, quote)}]"
    if t == "object" or "properties" in s:
        extra = s.get("additionalProperties")
        if not s.get("properties") and isinstance(extra, dict):
            return f"dict[str, {py(extra, defs, quote)}]"
        return "dict[str, Any]"
    return "Any"


def pylit(v):
    return repr(v) if isinstance(v, (bool, type(None))) else json.dumps(v, ensure_ascii=False)


PY_SHIM = [
    "import sys",
    "from typing import TYPE_CHECKING, Any, Literal, TypedDict, Union",
    "",
    "if TYPE_CHECKING or sys.version_info >= (3, 11):",
    "    from typing import NotRequired as NotRequired",
    "else:  # Python 3.10 reads the types; only type checkers need NotRequired",
    "",
    "    class NotRequired:",
    "        def __class_getitem__(cls, item: Any) -> Any:",
    "            return item",
]


def py_type(name, s, defs):
    """One type's lines: a `TypedDict` for an object with properties, else an alias."""
    if is_typeddict(s):
        props = s["properties"]
        req = set(s.get("required", []))
        fields = ", ".join(
            f"{json.dumps(k, ensure_ascii=False)}: {py(v, defs) if k in req else 'NotRequired[' + py(v, defs) + ']'}"
            for k, v in props.items()
        )
        out = [f"{name} = TypedDict({name!r}, {{{fields}}})"]
    else:
        # An alias names its types as they are, not as forward references: a forward reference
        # inside an alias is resolved in the module of whatever uses the alias.
        out = [f"{name} = {py(s, defs, quote=False)}"]
    d = doc_text(s)
    if d:
        out.append(f'"""{d.replace(chr(92), chr(92) * 2)}"""')
    return out + [""]


def is_typeddict(s):
    return bool(isinstance(s, dict) and s.get("properties") and s.get("type") == "object")


def py_sequence(names, defs):
    """A module's types in the order Python can define them: the typed dicts (whose fields are
    forward references), then each alias after the aliases it names."""
    aliases = [n for n in names if not is_typeddict(defs[n])]
    done, order = set(), [n for n in names if is_typeddict(defs[n])]
    while len(done) < len(aliases):
        ready = [n for n in aliases if n not in done and not (refs(defs[n], set(), dates=False) & (set(aliases) - done - {n}))]
        if not ready:
            raise SystemExit(f"Python: aliases that name each other: {sorted(set(aliases) - done)}")
        done.update(ready)
        order += ready
    return order


def py_order(name):
    """isort's order of imported names: case-insensitive, then as written."""
    return (name.lower(), name)


def py_import(module, names):
    """`from .module import names` as ruff's isort writes it (wrapped past 150 columns)."""
    names = sorted(names, key=py_order)
    line = f"from .{module} import {', '.join(names)}"
    if len(line) <= 150:
        return [line]
    return [f"from .{module} import ("] + [f"    {n}," for n in names] + [")"]


def python(doc):
    """python/python/zhengwu/optypes/: `__init__.py` and one module per area."""
    defs = doc["$defs"]
    types, ops = partition(doc)
    where = {n: m for m, names in types.items() for n in names}
    base = "python/python/zhengwu/optypes"
    files = {}
    for module in modules(types, ops):
        names = types.get(module, [])
        if not names:
            continue
        what = f"The types of the {module} operations" if module != COMMON else "The types several areas share"
        out = [f'"""{HEAD}', "", f'{what} (re-exported by `zhengwu.optypes`)."""', ""]
        if module == COMMON:
            out += PY_SHIM
        else:
            lines = [line for n in names for line in py_type(n, defs[n], defs)]
            typing = [t for t in ("Any", "Literal", "TypedDict", "Union") if any(re.search(rf"\b{t}\b", x) for x in lines)]
            if typing:
                out.append(f"from typing import {', '.join(typing)}")
                out.append("")
            # The shared types the declarations name (docstrings aside).
            named = {m for x in lines if not x.startswith('"""') for m in re.findall(r"\b[A-Z]\w*", x)}
            imports = sorted(u for u in named if where.get(u) == COMMON)
            if any("NotRequired[" in x for x in lines):
                imports = sorted(imports + ["NotRequired"], key=py_order)
            if imports:
                out += py_import(COMMON, imports)
        out.append("")
        for name in py_sequence(names, defs):
            out += py_type(name, defs[name], defs)
        files[f"{base}/{module}.py"] = "\n".join(out).rstrip("\n") + "\n"
    mods = sorted(m for m in modules(types, ops) if types.get(m))
    out = [f'"""{HEAD}', "", "The input and answer of every operation as typed dictionaries (`OPS`: operation → input and", "answer types), for type checkers and editors; the engine itself takes and gives plain dicts.", "Each type is declared in the module of its area and re-exported here.\"\"\"", "",
           "from typing import Any, Literal", ""]
    for m in mods:
        out += py_import(m, types[m])
    out.append("")
    exported = sorted([n for m in mods for n in types[m]] + ["OPS", "OpName"])
    out.append("__all__ = [")
    out += [f"    {json.dumps(n)}," for n in exported]
    out.append("]")
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
    files[f"{base}/__init__.py"] = "\n".join(out) + "\n"
    return files


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
    files = {ROOT / p: text for p, text in {**typescript(doc), **python(doc)}.items()}
    for name, line in JAVA.items():
        files[ROOT / f"java/src/main/java/io/zhengwu/{name}.java"] = java_class(name, line, doc["$defs"][name], doc["$defs"])
    return files


# Where the written files of many modules lie: a file there that is no longer written is stale.
GLOBS = ("wasm/js/ops-*.d.ts", "python/python/zhengwu/optypes/*.py")


def main() -> int:
    doc = json.loads(SCHEMA.read_text("utf-8"))
    check = "--check" in sys.argv
    files = outputs(doc)
    stale = []
    for path, text in files.items():
        if check:
            if not path.exists() or path.read_text("utf-8") != text:
                stale.append(path.relative_to(ROOT).as_posix())
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8")
    for old in sorted(p for g in GLOBS for p in ROOT.glob(g) if p not in files):
        if check:
            stale.append(f"{old.relative_to(ROOT).as_posix()} (no longer written)")
        else:
            old.unlink()
    if stale:
        print("not current (run python3 tools/schema/generate.py):", *stale, sep="\n  ")
        return 1
    print("door types current" if check else "door types written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
