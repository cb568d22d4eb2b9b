#!/usr/bin/env python3
"""Writes docs/catalog-format.md from the catalog's own types (core/src/catalog/model.rs and
types.rs): every field with its type, whether it is required, and its documentation; every
enumeration with its wire names and Chinese terms. `--check` fails when the file is stale.

usage: python3 tools/docs/catalog_format.py [--check]
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
MODEL = (ROOT / "core/src/catalog/model.rs").read_text("utf-8")
TYPES = (ROOT / "core/src/catalog/types.rs").read_text("utf-8") + (ROOT / "core/src/step.rs").read_text("utf-8")
ORDER = ["CatalogData", "Department", "Element", "Constraints", "Material", "Matter", "LegalBasis", "TimeLimit", "Fee",
         "Convenience", "Faq", "CommitmentSettings", "MatterMaterial", "FormField", "Outcome", "Bundle", "BundleMatter", "Change"]


def structs():
    out = {}
    for m in re.finditer(r"((?:///[^\n]*\n)*)(?:#\[[^\n]*\]\n)*pub struct (\w+) \{\n(.*?)\n\}", MODEL, re.S):
        doc = " ".join(l.strip()[3:].strip() for l in m.group(1).splitlines())
        fields = []
        for f in re.finditer(r"((?:\s*///[^\n]*\n)+)((?:\s*#\[[^\n]*\]\n)*)\s*pub (\w+): ([^\n]+),", m.group(3)):
            fdoc = " ".join(l.strip()[3:].strip() for l in f.group(1).strip().splitlines())
            attrs = f.group(2)
            name = f.group(3)
            rename = re.search(r'rename = "([^"]+)"', attrs)
            ty = f.group(4).strip()
            optional = "default" in attrs or ty.startswith("Option<")
            fields.append((rename.group(1) if rename else name, ty, optional, fdoc))
        out[m.group(2)] = (doc, fields)
    return out


def enums():
    out = {}
    for m in re.finditer(r"wire_enum! \{\s*((?:(?:///|#\[)[^\n]*\n\s*)*)(\w+) \{(.*?)\n\s*\}\n\}", TYPES, re.S):
        doc = " ".join(l.strip()[3:].strip() for l in m.group(1).strip().splitlines() if l.strip().startswith("///"))
        values = re.findall(r'\w+ => "([^"]+)", "([^"]+)";', m.group(3))
        out[m.group(2)] = (doc, values)
    return out


def render():
    s, e = structs(), enums()
    lines = ["# Catalog format", "",
             "A catalog (事项清单) is JSON: `{\"catalog\": {...}}` in an engine's configuration replaces the embedded",
             "Tianjin sample, and operations that take a `catalog` read the same shape. Unknown fields are",
             "refused (`input.unknown_field` with their path), never dropped. Written from the library's own",
             "types by `tools/docs/catalog_format.py`; the test command checks it is current.", "",
             "A minimal catalog:", "", "```json",
             '{"departments": [{"id": "d1", "name": "区某局"}],',
             ' "materials": [{"id": "application", "name": "申请书"}],',
             ' "matters": [{"code": "X-1", "name": "某许可", "department": "d1", "modes": ["one_visit"],',
             '              "time_limit": {"statutory_workdays": 20, "promised_workdays": 8},',
             '              "materials": [{"material": "application", "required": true}]}]}',
             "```", ""]
    for name in ORDER:
        if name not in s:
            continue
        doc, fields = s[name]
        lines += [f"## {name}", "", doc, "", "| field | type | | meaning |", "|---|---|---|---|"]
        for fname, ty, optional, fdoc in fields:
            t = ty.replace("|", "\\|").replace("crate::", "").replace("norm::", "").replace("chrono::", "")
            lines.append(f"| `{fname}` | `{t}` | {'optional' if optional else '**required**'} | {fdoc.replace('|', '/')} |")
        lines.append("")
    lines += ["## Enumerations", "", "Written as their wire names; the Chinese term is what outputs show as `label`.", ""]
    for name, (doc, values) in sorted(e.items()):
        lines += [f"### {name}", "", doc, "", "| value | 中文 |", "|---|---|"]
        lines += [f"| `{v}` | {l} |" for v, l in values]
        lines.append("")
    lines += ["## Calendar years", "",
              "`calendar_years` (or files named by `calendar_files`) add years to the embedded calendar, in",
              "zhengwu's shape or in holiday-cn's (`{\"year\", \"days\": [{\"name\", \"date\", \"isOffDay\"}]}`).",
              "zhengwu's shape, one year:", "", "```json",
              '{"calendar": "cn-mainland", "years": {"2027": {',
              '  "source": {"title": "国务院办公厅关于2027年部分节假日安排的通知", "number": "国办发明电〔2026〕…", "date": "2026-11-…"},',
              '  "days_off": [{"date": "2027-01-01", "holiday": "元旦"}, …],',
              '  "workdays": [{"date": "2027-02-07", "for": "春节"}, …],',
              '  "working_days_in_year": 250}}}',
              "```", "",
              "Every date lies in its year; 调休 working days fall on weekends; no day is listed twice; a year",
              "that leaves a statutory holiday of 全国年节及纪念日放假办法 off its lists is refused",
              "(`calendar.incomplete_year`). See [calendar.md](calendar.md).", ""]
    return "\n".join(lines)


def main():
    target = ROOT / "docs/catalog-format.md"
    text = render()
    if "--check" in sys.argv:
        if not target.exists() or target.read_text("utf-8") != text:
            print("docs/catalog-format.md is stale: run python3 tools/docs/catalog_format.py", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
