"""The worst inputs the default limits allow, each in its own process under a 2 GiB address-space
cap: every call must answer or refuse with a structured error (no abort), within 2 seconds of CPU
time (the call's own, so a busy machine does not fail a correct build), and the same engine must
answer afterwards. A case whose op is ``@config`` is a configuration: building the engine from it
is the call. Prints one line per case with its CPU time and outcome.

usage: python tests/stress/worst.py              runs every case through the Python door
       python tests/stress/worst.py --write DIR  writes every case as DIR/NN.json and DIR/cases.tsv
                                                 (number, op, name) for the C and Node runners
(with the zhengwu wheel installed)
"""

import json
import multiprocessing as mp
import os
import resource
import sys
import time

CAP = 2 << 30
SECONDS = 2.0
MIB = 1 << 20


def cases():
    """(name, op, input text) — built lazily in the child, inside the cap."""
    subj = '{"subject":{"uscc":"91350100M000100Y43"}}'
    yield "credit.status_batch: 16 MiB of [1,1,…] subjects", "credit.status_batch", lambda: '{"today":"2024-06-03","subjects":[' + ",".join(["1"] * (8 * MIB - 64)) + "]}"
    yield "credit.status_batch: 100,000 subjects (the batch limit)", "credit.status_batch", lambda: '{"today":"2024-06-03","subjects":[' + ",".join([subj] * 100_000) + "]}"
    yield "commitment.tick_batch: 16 MiB of [1,1,…] states", "commitment.tick_batch", lambda: '{"today":"2024-06-03","states":[' + ",".join(["1"] * (8 * MIB - 64)) + "]}"
    yield "catalog.lint: 200,000 minimal matters", "catalog.lint", lambda: json.dumps({"catalog": {"matters": [{"code": f"M{i}", "name": "x"} for i in range(200_000)]}})
    yield "catalog.diff: two catalogs of 100,000 matters", "catalog.diff", lambda: json.dumps({"from": {"matters": [{"code": f"M{i}", "name": "x"} for i in range(100_000)]}, "to": {"matters": [{"code": f"N{i}", "name": "x"} for i in range(100_000)]}})
    yield "credit.repair_check: 4 MiB of other materials", "credit.repair_check", lambda: json.dumps({"application": {"other_requested": [f"m{i}" for i in range(250_000)], "other_provided": [f"m{i}" for i in range(250_000)]}})
    yield "form.validate: stacked counted repetitions on 20 KB", "form.validate", lambda: _pattern_case("(?:a{0,1000}){0,50}Z", "a" * 20_000)
    yield "form.validate: .{0,100000}Z on 100k characters", "form.validate", lambda: _pattern_case(".{0,100000}Z", "a" * 100_000)
    yield "form.split: an 8 MiB value into every packet", "form.split", lambda: _split_case(8 * MIB)
    yield "calendar.day: a 16 MiB unknown key", "calendar.day", lambda: '{"date":"2024-01-02","' + "k" * (16 * MIB - 64) + '":1}'
    yield "calendar.day: 16 MiB of [1,1,…] under an unknown key", "calendar.day", lambda: '{"date":"2024-01-02","junk":[' + ",".join(["1"] * (8 * MIB - 64)) + "]}"
    yield "calendar.day: 2M values (the value limit) under an unknown key", "calendar.day", lambda: '{"date":"2024-01-02","junk":[' + ",".join(["1"] * (2 * MIB - 64)) + "]}"
    yield "calendar.day: 690,000 two-member objects (the value limit)", "calendar.day", lambda: '{"date":"2024-01-02","junk":[' + ",".join(['{"a":1,"b":2}'] * (2 * MIB // 3 - 64)) + "]}"
    yield "calendar.day: 1M strings", "calendar.day", lambda: '{"date":"2024-01-02","junk":[' + ",".join(['"abcdefghijklm"'] * (MIB - 64)) + "]}"
    yield "calendar.day: 100,000-deep nesting", "calendar.day", lambda: '{"date":' + "[" * 100_000 + "]" * 100_000 + "}"
    yield "catalog.stats: a dense 16 MiB catalog (10 elements and materials a matter)", "catalog.stats", lambda: json.dumps({"catalog": _dense(16 * MIB - 4096)}, separators=(",", ":"))
    yield "catalog.lint: the dense catalog", "catalog.lint", lambda: json.dumps({"catalog": _dense(16 * MIB - 4096)}, separators=(",", ":"))
    yield "catalog.diff: two dense 8 MiB catalogs", "catalog.diff", lambda: json.dumps({"from": _dense(8 * MIB - 4096), "to": _dense(8 * MIB - 4096, "E")}, separators=(",", ":"))
    yield "explain.answer: 1M one-character reasons", "explain.answer", lambda: '{"op":"calendar.deadline","answer":{"due":"2024-10-08","reasons":[' + ",".join(['{"message":"a"}'] * 1_000_000) + "]}}"
    yield "case.supervise_batch: 100,000 cases (the batch limit)", "case.supervise_batch", lambda: '{"today":"2024-03-20","cases":[' + ",".join([_CASE] * 100_000) + "]}"
    yield "configuration: calendar_files naming /dev/zero", "@config", lambda: '{"calendar_files":["/dev/zero"]}'
    yield "configuration: calendar_files naming a FIFO", "@config", lambda: json.dumps({"calendar_files": [_fifo()]})
    yield "configuration: a dense 47 MiB catalog (5 elements and materials a matter)", "@config", lambda: json.dumps({"catalog": _dense(47 * MIB, "D", 200_000, 5)}, separators=(",", ":"))
    yield "configuration: a dense catalog at the value limit (38,000 matters)", "@config", lambda: json.dumps({"catalog": _dense(None, "D", 38_000, 5)}, separators=(",", ":"))
    yield "configuration: 2M regions rows", "@config", lambda: '{"regions":[' + ",".join(['{"code":"110105","name":"x"}'] * 2_000_000) + "]}"
    yield "configuration: 100 years with every day off", "@config", lambda: json.dumps({"calendar": {"calendar": "cn-mainland", "years": _every_day_off()}}, separators=(",", ":"))


_CASE = '{"matter":"TJ-SCJGW-0001","events":[{"type":"received","on":"2024-03-04"},{"type":"accepted","on":"2024-03-04"}]}'


def _dense(max_bytes, prefix="D", matters=None, k=10):
    """The embedded catalog's departments, elements and materials, with as many matters as fit
    in ``max_bytes`` (or ``matters`` of them), each with ``k`` form elements and ``k`` materials."""
    base = json.loads(_catalog_text())
    els = [e["id"] for e in base["elements"]]
    mats = [m["id"] for m in base["materials"]]
    dep = base["departments"][0]["id"]
    out = {k2: v for k2, v in base.items() if k2 not in ("matters", "bundles")}
    size = len(json.dumps(out, separators=(",", ":")).encode())
    rows = []
    i = 0
    while matters is None or i < matters:
        m = {"code": f"{prefix}{i}", "name": "x", "department": dep,
             "materials": [{"material": mats[(i + j) % len(mats)]} for j in range(k)],
             "form": [{"element": els[(i + j) % len(els)]} for j in range(k)]}
        n = len(json.dumps(m, separators=(",", ":")).encode()) + 1
        if max_bytes is not None and size + n > max_bytes:
            break
        rows.append(m)
        size += n
        i += 1
    out["matters"] = rows
    return out


def _catalog_text():
    import pathlib

    d = json.loads((pathlib.Path(__file__).resolve().parents[2] / "core" / "data" / "tianjin-catalog.json").read_text(encoding="utf-8"))
    return json.dumps(d.get("catalog", d))


def _fifo():
    import tempfile

    path = os.path.join(tempfile.gettempdir(), f"zhengwu-stress-fifo-{os.getuid()}")
    if not os.path.exists(path):
        os.mkfifo(path)
    return path


def _every_day_off():
    import datetime as dt

    years = {}
    for y in range(2030, 2130):
        d, days = dt.date(y, 1, 1), []
        while d.year == y:
            days.append({"date": d.isoformat(), "holiday": "假"})
            d += dt.timedelta(days=1)
        years[str(y)] = {"days_off": days, "workdays": []}
    return years


def _merged():
    import zhengwu

    return zhengwu.Engine().call("form.merge", {"bundle": "enterprise-opening"})


def _pattern_case(pattern, text):
    form = _merged()
    form["fields"][0].setdefault("constraints", {})["patterns"] = [pattern]
    return json.dumps({"form": form, "values": {form["fields"][0]["element"]: text}})


def _split_case(size):
    form = _merged()
    return json.dumps({"form": form, "values": {f["element"]: "x" * (size // len(form["fields"])) for f in form["fields"]}})


def child(index, out):
    resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))
    import zhengwu

    name, op, build = list(cases())[index]
    engine = zhengwu.Engine()
    text = build()
    # A configuration is the host's data, parsed by the host before the engine sees it: the
    # parse is not counted (as in the Node runner).
    config = json.loads(text) if op == "@config" else None
    t = time.process_time()
    try:
        if config is not None:
            made = zhengwu.Engine(config) if "calendar_files" not in config else zhengwu.Engine(calendar_files=config["calendar_files"])
            outcome = f"built ({made!r})"
        else:
            answer = engine.call_json(op, text)
            outcome = f"answered ({len(answer)} bytes)"
    except zhengwu.ZhengwuError as e:
        outcome = f"refused: {e.code}" + (f" at {e.path[:40]}" if e.path else "")
    elapsed = time.process_time() - t
    after = engine.call("calendar.day", {"date": "2024-02-10"})["kind"] == "holiday"
    out.put((name, elapsed, outcome, after))


def write(directory) -> int:
    import pathlib

    d = pathlib.Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    rows = []
    for i, (name, op, build) in enumerate(cases()):
        (d / f"{i:02}.json").write_text(build(), encoding="utf-8")
        rows.append(f"{i:02}\t{op}\t{name}\n")
    (d / "cases.tsv").write_text("".join(rows), encoding="utf-8")
    return 0


def main() -> int:
    ctx = mp.get_context("fork")
    failures = 0
    for i, (name, _, _) in enumerate(cases()):
        q = ctx.Queue()
        p = ctx.Process(target=child, args=(i, q))
        p.start()
        p.join(120)
        if p.is_alive():
            p.kill()
            print(f"FAIL {name}: still running after 120 s")
            failures += 1
            continue
        if p.exitcode != 0 or q.empty():
            print(f"FAIL {name}: the process died (exit code {p.exitcode})")
            failures += 1
            continue
        name, elapsed, outcome, after = q.get()
        ok = elapsed <= SECONDS and after
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {elapsed:6.3f} s  {name}: {outcome}{'' if after else '; the engine did not answer afterwards'}")
    print(f"worst inputs: {len(list(cases())) - failures} of {len(list(cases()))} within {SECONDS} s under a {CAP >> 30} GiB address-space cap")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(write(sys.argv[2]) if sys.argv[1:2] == ["--write"] else main())
