#!/usr/bin/env python3
"""Writes the Java enums of io.zhengwu from the core's `wire_enum!` declarations, so the Java
API can never name a value the engine does not know (or miss one it does).

    python3 tools/java/enums.py          # (re)write java/src/main/java/io/zhengwu/<Enum>.java
    python3 tools/java/enums.py --check  # fail when a written file is not current
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "java/src/main/java/io/zhengwu"

# (Rust file, Rust enum, Java enum): the enums the typed Java API exposes.
EXPORTS = [
    ("core/src/id/resident.rs", "Sex", "Sex"),
    ("core/src/credit/mod.rs", "Judgement", "Judgement"),
    ("core/src/credit/mod.rs", "DishonestForm", "DishonestForm"),
    ("core/src/credit/mod.rs", "Severity", "Severity"),
    ("core/src/credit/mod.rs", "ListSource", "ListSource"),
    ("core/src/credit/status.rs", "Inspection", "Inspection"),
    ("core/src/commitment/lifecycle/state.rs", "Status", "CommitmentStatus"),
    ("core/src/commitment/lifecycle/state.rs", "Verification", "Verification"),
    ("core/src/commitment/lifecycle/state.rs", "SubjectChange", "SubjectChange"),
    ("core/src/commitment/lifecycle/state.rs", "RevocationReason", "RevocationReason"),
    ("core/src/commitment/lifecycle/effect.rs", "AlertKind", "AlertKind"),
    ("core/src/case/assess.rs", "CaseStatus", "CaseStatus"),
    ("core/src/case/assess.rs", "DeadlineKind", "CaseDeadlineKind"),
    ("core/src/case/assess.rs", "AlertLevel", "AlertLevel"),
    ("core/src/case/finding.rs", "Category", "FindingCategory"),
    ("core/src/case/event.rs", "Grade", "Grade"),
]

BLOCK = re.compile(r"wire_enum!\s*\{\s*((?:(?:///|#\[)[^\n]*\n\s*)*)(\w+)\s*\{(.*?)\n\s*\}\s*\n\}", re.S)
VARIANT = re.compile(r'((?:///[^\n]*\n\s*)*)(\w+)\s*=>\s*"([^"]+)",\s*"([^"]+)";')


def docs(text):
    lines = [ln.strip()[3:].strip() for ln in text.strip().splitlines() if ln.strip().startswith("///")]
    return " ".join(lines).replace("*/", "* /")


def constant(rust):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", rust).upper()


def render(rust_file, rust_name, java_name):
    src = (ROOT / rust_file).read_text(encoding="utf-8")
    for m in BLOCK.finditer(src):
        if m.group(2) != rust_name:
            continue
        variants = VARIANT.findall(m.group(3))
        if not variants:
            break
        lines = [
            "package io.zhengwu;",
            "",
            f"// Written by tools/java/enums.py from {rust_file} ({rust_name}); do not edit.",
            "",
            f"/** {docs(m.group(1))} */",
            f"public enum {java_name} implements WireEnum {{",
        ]
        for k, (doc, variant, wire, zh) in enumerate(variants):
            end = ";" if k == len(variants) - 1 else ","
            lines.append(f"  /** {zh}: {docs(doc)} */")
            lines.append(f'  {constant(variant)}("{wire}", "{zh}"){end}')
        lines += [
            "",
            "  private final String wire;",
            "  private final String zh;",
            "",
            f"  {java_name}(String wire, String zh) {{",
            "    this.wire = wire;",
            "    this.zh = zh;",
            "  }",
            "",
            "  @Override",
            "  public String wire() {",
            "    return wire;",
            "  }",
            "",
            "  @Override",
            "  public String zh() {",
            "    return zh;",
            "  }",
            "}",
            "",
        ]
        return "\n".join(lines)
    sys.exit(f"{rust_file}: no wire_enum {rust_name}")


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for rust_file, rust_name, java_name in EXPORTS:
        text = render(rust_file, rust_name, java_name)
        path = OUT / f"{java_name}.java"
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path.relative_to(ROOT)))
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        sys.exit("not current (run python3 tools/java/enums.py): " + ", ".join(stale))
    print(f"Java enums: {len(EXPORTS)} {'current' if check else 'written'}")


if __name__ == "__main__":
    main()
