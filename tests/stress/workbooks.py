"""Hostile workbooks, built from examples/catalog/template.xlsx: each one a way a 2 KB to 30 MB
file used to kill the host. The command's and the Python door's stress tests read each under a
2 GiB address-space cap and require a located refusal (exit 2 / ZhengwuError), never an abort.

usage: python tests/stress/workbooks.py DIR   writes every case as DIR/<name> and prints the names
"""

import pathlib
import struct
import sys
import zipfile
import zlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "examples" / "catalog" / "template.xlsx"
MATTERS = "xl/worksheets/sheet2.xml"  # the 事项 sheet of the template
MIB = 1 << 20


def _parts():
    with zipfile.ZipFile(TEMPLATE) as z:
        return {i.filename: z.read(i.filename) for i in z.infolist()}


def _sheet(rows_xml: bytes, original: bytes) -> bytes:
    """The 事项 sheet with its heading row kept and `rows_xml` after it."""
    head, rest = original.split(b"<sheetData>", 1)
    data, tail = rest.split(b"</sheetData>", 1)
    first_row = data.split(b"</row>", 1)[0] + b"</row>"
    return head + b"<sheetData>" + first_row + rows_xml + b"</sheetData>" + tail


def _write(path, parts, stream=None):
    """Writes parts; `stream` = (name, chunks) writes one part from an iterator of chunks."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in parts.items():
            if stream and name == stream[0]:
                with z.open(name, "w", force_zip64=True) as f:
                    for chunk in stream[1]():
                        f.write(chunk)
            else:
                z.writestr(name, data)


def far_cell(path):
    p = _parts()
    p[MATTERS] = _sheet(b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>', p[MATTERS])
    _write(path, p)


def bomb(path):
    """A sheet of 400 MB of rows that compresses to about 1 MB."""
    p = _parts()
    head, tail = _sheet(b"@@", p[MATTERS]).split(b"@@")
    row = b'<row><c t="inlineStr"><is><t>' + b"a" * 4000 + b"</t></is></c></row>"

    def chunks():
        yield head
        for _ in range(400 * MIB // (len(row) * 256)):
            yield row * 256
        yield tail

    _write(path, p, (MATTERS, chunks))


def lying_header(path):
    """The bomb, with its entry declaring 4 KB: only counting what is decompressed finds it."""
    bomb(path)
    data = bytearray(pathlib.Path(path).read_bytes())
    name = MATTERS.encode()
    # Central directory entries (PK\1\2): uncompressed size at +24; with zip64 the real size
    # is in the extra field, so rewrite the entry as plain 32-bit sizes and drop its extra.
    at = 0
    while True:
        at = data.find(b"PK\x01\x02", at)
        if at < 0:
            break
        n, m = struct.unpack_from("<HH", data, at + 28)
        if data[at + 46 : at + 46 + n] == name:
            comp = struct.unpack_from("<I", data, at + 20)[0]
            extra = bytes(data[at + 46 + n : at + 46 + n + m])
            if comp == 0xFFFFFFFF or struct.unpack_from("<I", data, at + 24)[0] == 0xFFFFFFFF:
                # zip64: read the real compressed size from the extra field (after the size).
                sizes = struct.unpack_from("<QQ", extra, 4)
                comp = sizes[1]
            struct.pack_into("<II", data, at + 20, comp, 4096)
            struct.pack_into("<H", data, at + 30, 0)
            del data[at + 46 + n : at + 46 + n + m]
            break
        at += 4
    pathlib.Path(path).write_bytes(bytes(data))


def million_rows(path):
    p = _parts()
    head, tail = _sheet(b"@@", p[MATTERS]).split(b"@@")

    def chunks():
        yield head
        block = []
        for r in range(2, 1_048_577):
            block.append(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>M%d</t></is></c><c r="B%d" t="inlineStr"><is><t>x</t></is></c></row>' % (r, r, r, r))
            if len(block) == 10_000:
                yield b"".join(block)
                block = []
        yield b"".join(block) + tail

    _write(path, p, (MATTERS, chunks))


def million_rows_csv(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("事项编码,事项名称,实施部门\n")
        for r in range(1_048_575):
            f.write(f"M{r},事项{r},tj-scjgw\n")


def shared_string(path):
    """A 100 MB shared string in a file of about 100 KB."""
    p = _parts()
    ss = p["xl/sharedStrings.xml"]
    big = b"<si><t>" + b"a" * (100 * MIB) + b"</t></si></sst>"
    p["xl/sharedStrings.xml"] = ss.replace(b"</sst>", big)
    _write(path, p)


CASES = {
    "far-cell.xlsx": far_cell,
    "bomb.xlsx": bomb,
    "lying-header.xlsx": lying_header,
    "million-rows.xlsx": million_rows,
    "million-rows.csv": million_rows_csv,
    "shared-string.xlsx": shared_string,
}


def write_all(directory):
    d = pathlib.Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    for name, make in CASES.items():
        if not (d / name).exists():
            make(d / name)
    return [d / n for n in CASES]


if __name__ == "__main__":
    for p in write_all(sys.argv[1]):
        print(p)
