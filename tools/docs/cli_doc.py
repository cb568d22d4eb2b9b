#!/usr/bin/env python3
"""Writes docs/cli.md: what each `zhengwu` subcommand does, with its real output — the golden
files of cli/tests/golden/, which `cargo test -p zhengwu-cli` compares with the binary's output.
So the page cannot show output the command no longer gives.

    python3 tools/docs/cli_doc.py          # (re)write docs/cli.md
    python3 tools/docs/cli_doc.py --check  # fail when docs/cli.md is not current
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "cli" / "tests" / "golden"
OUT = ROOT / "docs" / "cli.md"

INTRO = """# The `zhengwu` command

For the people who keep a district's 事项清单 and for operators: lint and count a catalog from the
spreadsheet departments fill, diff two versions with the reasons and publication dates the rules
ask for, count a deadline, check identifiers and calendar years, merge a form, and reach every
operation of the JSON door.

```sh
cargo install --path cli          # or take bin/zhengwu from a release tarball (glibc ≥ 2.17)
zhengwu --help
```

Global options: `--catalog FILE` (a `.xlsx`, `.csv` or `.json` catalog instead of the embedded
Tianjin sample), `--config FILE` (an engine configuration: calendar years, policy, regions,
limits), `--json` (print the JSON door's answer instead of tables — the same data), `--lang en`
(English messages). Tables are aligned for CJK width; colour only on a terminal, never with
`NO_COLOR`. Runs over 10,000 matters say on stderr that they started and how long they took.

**Exit codes:** `0` done; `1` the answer has findings (lint errors, a diff finding, an invalid
identifier, an incomplete calendar year); `2` the command or its input is wrong — with a message
naming the file, sheet, row and column in Chinese.

## The 事项清单 workbook

`zhengwu catalog template --out 清单.xlsx` writes a blank workbook; `examples/catalog/template.xlsx`
is one, `examples/catalog/sample.xlsx` the embedded sample catalog filled in, and
`examples/catalog/sample-2025.xlsx` a later version of it. Sheets and their headings:

{sheets}

Enumerations are written as their Chinese terms (the wire names are read too), lists of them
separated by “、”; lists of text one item a line; 是/否 for yes and no; nested data the sheets do
not spread out (法定依据, 问题解答, 表单字段, 一件事的涉及事项) as JSON text. 实施主体 may name a
department by its code or its name. A CSV file is read as the 事项 sheet alone, and each 实施主体
becomes a department. A catalog written to a workbook and read back is the same catalog: the test
suite does this with the sample and compares every field and every lint finding. From Python:
`zhengwu.catalog_from_xlsx(path, headings=None)` and `zhengwu.catalog_to_xlsx(catalog, path)`.

**A department's own export** reads as it is. The matters may be on any sheet (`Sheet1`): the
one named 事项, else the first whose headings hold 事项编码 and 事项名称. Title rows above the
headings (a merged `XX区政务服务事项实施清单`) are skipped: the heading row is the first of the
first 10 rows naming every required column. Headings are compared without spaces, line breaks, a
leading `*` or a trailing unit in brackets (`承诺时限（工作日）`), and these other names are read
as the template's headings:

{synonyms}

A host adds its own with `--headings FILE.json` (`{"承诺天数": "承诺办结时限"}`; from Python,
`headings={...}`). A heading no column has is kept under the record's 扩展数据 (`extra`) on the
sheets that have one, so nothing in the file is dropped. Values are read as clerks write them:
time limits `20`, `20个工作日` or `即办` (0); a fee of `否`, `无`, `不收费` or `免费` is none, `12.50元`
an amount; dates `2025-03-03`, `2025/3/3`, `2025.3.3` or `2025年3月3日`; yes and no also as
`有`/`无`, `√`/`×`; copies `2份`. A CSV may be UTF-8 or GBK (Excel's "CSV" on Chinese Windows).
Every faulty cell of a file is reported at once, each with its sheet, row, heading, the value
and what is expected (`bad-clerk-workbook` below).

## Subcommands, with their real output
"""

SECTIONS = [
    ("lint", "Lint a catalog: the elements the 公开公示办法 requires, the 五减 targets, the limits. `--xlsx OUT` also writes the findings for the departments."),
    ("lint-small", "The findings of a workbook are located by sheet, row and column heading."),
    ("commitment-open", "告知承诺: a commitment opened; its deadlines (补齐材料, 启动核查, 核查完成, 整改, 公开) computed and the state written to the file the host keeps."),
    ("commitment-tick", "The state file checked on a day: the alerts of its deadlines with their articles, the state rewritten (a commitment whose materials are late is revoked with its effects). Exit 1 when a deadline has passed."),
    ("case-supervise", "电子监察 of a workbook of cases, one a row (办件编号, 事项编码, 收件日期, 补正告知日期, 补正日期, 受理日期, 决定日期, 决定结果, 送达日期; a title row above the headings is skipped): each case's status, its promised and statutory due days, late or not, and its alerts. Exit 1 when a case is late or alerted."),
    ("bad-clerk-workbook", "A department's export (GBK, a title row, other headings) with three faulty cells: all three are reported, each where it is."),
    ("stats-clerk", "The same export once its cells are fixed."),
    ("stats", "The figures of a catalog against the reform's targets."),
    ("diff", "Two versions of a catalog: what was added, cancelled (with its reason), devolved, merged and modified, and when each must be published (公开公示办法 第二十二条, 第二十三条). A cancellation without a reason or a merge without a target is a finding (通知 三(一)): exit 1. `--xlsx OUT` writes it as sheets."),
    ("deadline", "A deadline in working days with a paused step (`FROM..TO:STEP`)."),
    ("deadline-natural", "A deadline in natural days: a last day off moves to the next working day."),
    ("deadline-en", "The same with `--lang en`."),
    ("deadline-beyond", "A deadline past the calendar's years is refused, not guessed."),
    ("id", "Resident ID numbers (shown masked) and credit codes; spaces and hyphens as typed are fine."),
    ("calendar-show", "A year's holidays and 调休 days."),
    ("calendar-check", "A year file as the State Council's notice gives it (zhengwu's or holiday-cn's shape), checked against the statutory holidays."),
    ("calendar-coverage", "Which years the calendar answers, and from what."),
    ("calendar-import", "The day the State Council's notice appears: paste it into a text file and read it — each item's days, the statutory check, and every day it changes against the projection used until then. `--out 2027.json` writes the year file to load with `calendar_files`; `--json` prints the JSON door's answer. Exit 1 when a statutory holiday is missing (a notice that changes one holiday only)."),
    ("bad-notice", "A notice that cannot be read without guessing — here a 调休 working day whose bracketed weekday is not its own — is refused, naming the item and the phrase."),
    ("form-merge", "一表申报: the merged form of a bundle."),
    ("guide-matter", "办事指南: a matter's guide in the ten sections of 公开公示办法 第七条, each with its article; an element the catalog does not publish is printed 未公布 and is the same gap `lint` reports. `--html FILE` also writes the printable page (A4, nothing loaded from outside)."),
    ("guide-bundle", "The guide of a 一件事: its matters in 前置 order, one set of materials, the total promised time along the 前置 chains, and where to go and whom to call for each matter."),
    ("guide-unknown", "Neither a matter nor a bundle."),
    ("call", "Any operation of the JSON door."),
    ("call-error", "An operation's error is printed as the JSON door gives it, with exit code 2."),
    ("bad-broken-xlsx", "A file that is not a workbook."),
    ("bad-missing-column", "A sheet without a column the catalog requires."),
    ("bad-date", "A cell that is not a date."),
    ("bad-number", "A cell that is not a number."),
    ("bad-unknown-department", "A 实施主体 the 部门 sheet does not list."),
    ("deadline-bad-pause", "A malformed option."),
]


def synonyms_table() -> str:
    """The built-in other names of the headings, read from sheets/src/headings.rs."""
    import re
    src = (ROOT / "sheets" / "src" / "headings.rs").read_text(encoding="utf-8")
    rows = ["| sheet | heading | also read |", "|---|---|---|"]
    for sheet, std, others in re.findall(r'\(\s*"([^"]+)",\s*"([^"]+)",\s*&\[([^\]]*)\]', src):
        names = "、".join(re.findall(r'"([^"]+)"', others))
        rows.append(f"| {sheet} | {std} | {names} |")
    return "\n".join(rows)


def sheets_table() -> str:
    sys.path.insert(0, str(ROOT / "tools" / "docs"))
    src = (ROOT / "sheets" / "src" / "schema.rs").read_text("utf-8")
    import re

    out = ["| sheet | headings |", "|---|---|"]
    for block in re.findall(r'pub static \w+: Sheet = Sheet \{(.*?)\n\};', src, re.S):
        name = re.search(r'name: "([^"]+)"', block).group(1)
        within = re.search(r'within: Some\(\("[^"]+", "[^"]+", "([^"]+)"\)\)', block)
        heads = re.findall(r'col\(\s*&\[[^\]]*\],\s*"([^"]+)"', block)
        if within:
            heads.insert(0, within.group(1))
        out.append(f"| {name} | {'、'.join(heads)} |")
    return "\n".join(out)


def render() -> str:
    parts = [INTRO.replace("{sheets}", sheets_table()).replace("{synonyms}", synonyms_table())]
    for name, text in SECTIONS:
        g = (GOLDEN / f"{name}.txt").read_text("utf-8")
        head, rest = g.split("\n", 1)
        code, rest = rest.split("\n", 1)
        stdout, stderr = rest.removeprefix("--- stdout\n").split("--- stderr\n", 1)
        shown = head + "\n" + stdout + (stderr if stderr else "") + f"# {code.replace('exit', 'exit code')}\n"
        parts.append(f"### `{head.removeprefix('$ ')}`\n\n{text}\n\n```text\n{shown}```\n")
    return "\n".join(parts)


def main() -> None:
    text = render()
    if "--check" in sys.argv[1:]:
        if not OUT.exists() or OUT.read_text("utf-8") != text:
            sys.exit("docs/cli.md is not current: python3 tools/docs/cli_doc.py")
        print("docs/cli.md: current")
    else:
        OUT.write_text(text, "utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
