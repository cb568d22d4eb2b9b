#!/usr/bin/env python3
"""Checks that the workspace's `rust-version` is truthful: no lower than the `rust-version` of any
crate the libraries build with (normal and build dependencies reachable from a workspace member,
for this platform, as the lockfile resolves them). Dev-dependencies are the test suite's own
business and are reported, not enforced."""

import json
import subprocess
import sys


def key(v: str) -> tuple:
    """1.85 and 1.85.0 are the same version."""
    parts = [int(x) for x in v.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def main() -> int:
    host = subprocess.run(["rustc", "-vV"], capture_output=True, text=True, check=True).stdout
    triple = next(line.split(": ")[1] for line in host.splitlines() if line.startswith("host: "))
    meta = json.loads(subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked", "--filter-platform", triple],
        capture_output=True, text=True, check=True).stdout)
    pkgs = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    members = meta["workspace_members"]
    declared = {pkgs[m]["rust_version"] for m in members}
    if len(declared) != 1 or None in declared:
        print(f"workspace members declare rust-version {declared}: one value expected")
        return 1
    declared_v = declared.pop()

    def reach(kinds):
        seen, stack = set(), list(members)
        while stack:
            n = stack.pop()
            # Cargo builds dev-dependencies of the workspace's own crates only.
            allowed = kinds if n in members else {None, "build"}
            for d in nodes[n]["deps"]:
                if any(k["kind"] in allowed for k in d["dep_kinds"]) and d["pkg"] not in seen:
                    seen.add(d["pkg"])
                    stack.append(d["pkg"])
        return seen

    def worst(ids):
        rv = [(pkgs[i].get("rust_version") or "0", pkgs[i]["name"], pkgs[i]["version"]) for i in ids]
        return max(rv, key=lambda x: key(x[0]))

    lib = worst(reach({None, "build"}))
    tests = worst(reach({None, "build", "dev"}))
    print(f"declared rust-version {declared_v}; libraries need {lib[0]} ({lib[1]} {lib[2]}); "
          f"the test suite needs {tests[0]} ({tests[1]} {tests[2]})")
    if key(declared_v) < key(lib[0]):
        print(f"rust-version {declared_v} is lower than {lib[0]}, which {lib[1]} {lib[2]} needs")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
