"""The command and the Python workbook reader against hostile files (tests/stress/workbooks.py),
each in its own process under a 2 GiB address-space cap: a located refusal (exit 2 with the file
and sheet named / a ``ZhengwuError``) within 2 s of CPU time, never an abort. Then what the
command writes to a terminal: no control character of a matter's name reaches stdout raw, and no
full resident ID number in any form.

usage: python tests/stress/command.py ZHENGWU_BINARY WORKDIR   (with the zhengwu wheel installed)
"""

import json
import multiprocessing as mp
import os
import pathlib
import resource
import subprocess
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import workbooks  # noqa: E402

CAP = 2 << 30
SECONDS = 2.0


def _cap():
    resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))


def _children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def command(binary, args, stdin=None):
    """Runs the command under the cap; (exit code, stdout, stderr, CPU seconds)."""
    before = _children_cpu()
    p = subprocess.run([binary, *args], input=stdin, capture_output=True, preexec_fn=_cap, timeout=120)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), _children_cpu() - before


def _python_child(path, out):
    _cap()
    import zhengwu

    t = time.process_time()
    try:
        zhengwu.catalog_from_xlsx(path)
        outcome = "read"
    except zhengwu.ZhengwuError as e:
        outcome = f"refused: {e.code}: {str(e)[:160]}"
    out.put((outcome, time.process_time() - t))


def python_door(path):
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_python_child, args=(str(path), q))
    p.start()
    p.join(120)
    if p.is_alive():
        p.kill()
        return "still running after 120 s", 0.0
    if p.exitcode != 0 or q.empty():
        return f"the interpreter died (exit code {p.exitcode})", 0.0
    return q.get()


def main():
    binary, work = sys.argv[1], pathlib.Path(sys.argv[2])
    failures = 0

    def report(ok, what, detail):
        nonlocal failures
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {what}: {detail}")

    for path in workbooks.write_all(work / "workbooks"):
        code, _, err, cpu = command(binary, ["lint", str(path)])
        located = path.name in err and ("工作表" in err or "部件" in err)
        report(code == 2 and located and cpu <= SECONDS, f"zhengwu lint {path.name}", f"exit {code} in {cpu:.3f} s CPU: {err.strip()[:160]}")
        outcome, cpu = python_door(path)
        report(outcome.startswith("refused: catalog.invalid") and cpu <= SECONDS, f"zhengwu.catalog_from_xlsx {path.name}", f"{outcome[:160]} in {cpu:.3f} s CPU")

    # A FIFO and a device as the catalog or the configuration: refused, never a hang.
    fifo = work / "catalog.json"
    if not fifo.exists():
        os.mkfifo(fifo)
    for args in (["lint", str(fifo)], ["--config", "/dev/zero", "stats"], ["lint", "/dev/zero.xlsx"]):
        code, _, err, cpu = command(binary, args)
        report(code == 2 and cpu <= SECONDS, "zhengwu " + " ".join(args), f"exit {code}: {err.strip()[:120]}")

    # What reaches the terminal.
    catalog = {"departments": [{"id": "d1", "name": "局\x1b]0;pwned\x07"}],
               "matters": [{"code": "M-1", "name": "事项\x1b[2J\x1b[8m隐藏\r110105194912310021", "department": "d1"}]}
    (work / "hostile.json").write_text(json.dumps({"catalog": catalog}, ensure_ascii=False), encoding="utf-8")
    for args in (["lint", str(work / "hostile.json")], ["--catalog", str(work / "hostile.json"), "form", "merge", "--matters", "M-1"]):
        code, out, err, _ = command(binary, args)
        raw = [c for c in out + err if c in "\x1b\x07\r"]
        report(not raw and "19491231" not in out + err, "zhengwu " + args[0] + " with control characters in names", f"exit {code}, {len(raw)} raw control characters")
    ids = ["１１０１０５１９４９１２３１００２Ｘ", "110105.19491231.002X", "110105 19491231 002X", "11010519491231002X"]
    code, out, err, _ = command(binary, ["id", *ids])
    shown = out + err
    report("19491231" not in shown and "１９４９１２３１" not in shown, "zhengwu id (full-width, dotted, spaced)", f"exit {code}: {shown.strip()[:200]}")

    print(f"the command and the workbook reader: {'all held' if not failures else f'{failures} failed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
