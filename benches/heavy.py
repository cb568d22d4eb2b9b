"""The allocation-heavy worst inputs through the native Python door and the WASM door in Node,
side by side in one run: each input built once and written to a file, then each door calls the
same engine on it five times in its own process (thread/process CPU time of each call). The
first call of the WASM door includes V8 compiling the module's optimizing tier in the
background; the table shows the first call and the best of the rest.

usage: .venv/bin/python benches/heavy.py [DIR]   (with the wheel installed and wasm/pkg-node built)
"""

import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "tests" / "stress"))
import worst  # noqa: E402  (the stress suite's inputs, so both measure the same thing)

import zhengwu  # noqa: E402

WANTED = (
    "credit.status_batch: 16 MiB",
    "credit.status_batch: 100,000",
    "catalog.lint: 200,000",
    "catalog.diff: two catalogs of 100,000",
    "calendar.day: a 16 MiB unknown key",
    "calendar.day: 690,000",
    "catalog.stats: a dense 16 MiB",
)
ROUNDS = 5
NODE = r"""
import { createEngine } from '%s';
import { readFileSync } from 'node:fs';
const [op, file, rounds] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const e = createEngine();
const out = [];
for (let i = 0; i < Number(rounds); i++) {
  const t = process.cpuUsage();
  try { e.callJson(op, text); } catch (err) { if (!err.code) throw err; }
  const u = process.cpuUsage(t);
  out.push((u.user + u.system) / 1e6);
}
console.log(JSON.stringify(out));
"""


def python_door(op, text):
    e = zhengwu.Engine()
    out = []
    for _ in range(ROUNDS):
        t = time.thread_time()
        try:
            e.call_json(op, text)
        except zhengwu.ZhengwuError:
            pass
        out.append(time.thread_time() - t)
    return out


def main():
    root = pathlib.Path(__file__).resolve().parents[1]
    work = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp())
    work.mkdir(parents=True, exist_ok=True)
    runner = work / "heavy.mjs"
    runner.write_text(NODE % (root / "wasm" / "pkg-node" / "index.mjs").as_uri())
    print(f"zhengwu {zhengwu.__version__}, {os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}; CPU seconds, first call / best of the next {ROUNDS - 1}")
    print("| input | Python door (native) | WASM door in Node | WASM ÷ native (best) |")
    print("|---|---|---|---|")
    for name, op, build in worst.cases():
        if not name.startswith(WANTED):
            continue
        text = build()
        file = work / "input.json"
        file.write_text(text)
        py = python_door(op, text)
        node = json.loads(subprocess.run(["node", str(runner), op, str(file), str(ROUNDS)], check=True, capture_output=True, text=True).stdout)
        py_best, node_best = min(py[1:]), min(node[1:])
        print(f"| {name} | {py[0]:.3f} / {py_best:.3f} | {node[0]:.3f} / {node_best:.3f} | {node_best / py_best:.2f}× |")


if __name__ == "__main__":
    main()
