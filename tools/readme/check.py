#!/usr/bin/env python3
"""Runs every code block of README.md verbatim, in its own language: Rust (a program around the
block, against the crate), Python (the wheel in .venv), JavaScript (the npm package installed as
`zhengwu` in a scratch project), HTML (a page in headless Chromium, the package mapped to
wasm/pkg), C (against target/c), Java (compiled for Java 8 against the
io.zhengwu:zhengwu jar in the local Maven repository, with JNA its only other jar) and the shell block's commands are checked
to exist. A block that fails fails the run.

usage: python3 tools/readme/check.py   (after scripts/test-python, scripts/build-c, scripts/build-wasm,
       scripts/test-java)
"""

import os
import pwd
import pathlib
import re
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
WORK = ROOT / "target" / "readme"


def blocks():
    text = (ROOT / "README.md").read_text("utf-8")
    return re.findall(r"^```(\w+)\n(.*?)^```", text, flags=re.S | re.M)


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        print(r.stdout[-2000:], r.stderr[-4000:], sep="\n")
    return r.returncode == 0


def rust(code, n):
    d = WORK / f"rust{n}"
    (d / "src").mkdir(parents=True, exist_ok=True)
    (d / "Cargo.toml").write_text(
        f'[package]\nname = "readme{n}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[workspace]\n\n'
        f'[dependencies]\nzhengwu = {{ path = "{ROOT / "core"}" }}\nserde_json = "1"\n', "utf-8")
    body = "\n".join("    " + line for line in code.splitlines())
    (d / "src" / "main.rs").write_text(f"fn main() -> Result<(), Box<dyn std::error::Error>> {{\n{body}\n    Ok(())\n}}\n", "utf-8")
    env = {**os.environ, "CARGO_TARGET_DIR": str(ROOT / "target")}
    return run(["cargo", "run", "-q", "--manifest-path", str(d / "Cargo.toml")], env=env)


def python(code, n):
    return run([str(ROOT / ".venv" / "bin" / "python"), "-c", code], cwd="/tmp")


def js(code, n):
    d = WORK / f"js{n}"
    mods = d / "node_modules"
    mods.mkdir(parents=True, exist_ok=True)
    link = mods / "zhengwu"
    if link.is_symlink() or link.exists():
        link.unlink() if link.is_symlink() else shutil.rmtree(link)
    link.symlink_to(ROOT / "wasm" / "pkg-node")
    (d / "snippet.mjs").write_text(code, "utf-8")
    return run(["node", str(d / "snippet.mjs")], cwd=d)


def c(code, n):
    d = WORK / f"c{n}"
    d.mkdir(parents=True, exist_ok=True)
    body = "\n".join("  " + line for line in code.splitlines())
    (d / "main.c").write_text(f'#include <string.h>\n#include "zhengwu.h"\n\nint main(void) {{\n{body}\n  return 0;\n}}\n', "utf-8")
    lib = ROOT / "target" / "c" / "lib"
    return run(["cc", "-std=c11", "-Wall", "-Werror", f"-I{ROOT / 'include'}", str(d / "main.c"), "-o", str(d / "main"),
                f"-L{lib}", f"-Wl,-rpath,{lib}", "-lzhengwu"]) and run([str(d / "main")])


def java(code, n):
    d = WORK / f"java{n}"
    d.mkdir(parents=True, exist_ok=True)
    # Maven's local repository is under Java's user.home: the account's home, whatever $HOME says.
    m2 = pathlib.Path(pwd.getpwuid(os.getuid()).pw_dir) / ".m2" / "repository"
    # The jar scripts/test-java built (a bare machine has none installed in ~/.m2 yet), else the
    # installed one; JNA from the local repository, where Maven's build put it.
    built = sorted((ROOT / "java" / "target").glob("zhengwu-*[0-9].jar"))
    jars = [*(built or sorted((m2 / "io" / "zhengwu" / "zhengwu").glob("*/zhengwu-*[0-9].jar"))),
            *sorted((m2 / "net" / "java" / "dev" / "jna" / "jna").glob("*/jna-*[0-9].jar"))]
    cp = os.pathsep.join(map(str, jars))
    imports = "".join(line + "\n" for line in code.splitlines() if line.startswith("import "))
    body = "\n".join("    " + line for line in code.splitlines() if not line.startswith("import "))
    (d / "Main.java").write_text(f"{imports}\npublic class Main {{\n  public static void main(String[] args) throws Exception {{\n{body}\n  }}\n}}\n", "utf-8")
    return (run(["javac", "--release", "8", "-Xlint:-options", "-encoding", "UTF-8", "-cp", cp, "-d", str(d), str(d / "Main.java")])
            and run(["java", "-ea", "-cp", os.pathsep.join([str(d), cp]), "Main"]))


def html(code, n):
    d = WORK / f"html{n}"
    d.mkdir(parents=True, exist_ok=True)
    (d / "block.html").write_text(code, "utf-8")
    return run(["node", str(ROOT / "tools" / "readme" / "html.mjs"), str(d / "block.html")])


def sh(code, n):
    ok = True
    for line in code.splitlines():
        cmd = line.split("#")[0].strip()
        if cmd.startswith("scripts/") and not (ROOT / cmd.split()[0]).exists():
            print(f"no such script: {cmd}")
            ok = False
    return ok


RUNNERS = {"rust": rust, "python": python, "js": js, "html": html, "c": c, "java": java, "sh": sh}


def main():
    failures = 0
    found = blocks()
    for n, (lang, code) in enumerate(found, 1):
        runner = RUNNERS.get(lang)
        if runner is None:
            print(f"block {n} ({lang}): not a language this check runs")
            continue
        ok = runner(code, n)
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} README block {n} ({lang})")
    print(f"README: {len(found) - failures} of {len(found)} blocks run verbatim")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
