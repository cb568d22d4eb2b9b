"""The Python doors beside the core and beside the peers, in one process and one run: each path a
Python user takes (a dict through `Engine.call`, text through `call_json`, the NumPy, pandas and
column paths) with what it is compared to, and its goal. Answers are compared before anything is
timed; each figure is the best of several rounds of thread CPU time (time not scheduled does not
count), per call or per row.

Run: python benches/python/doors.py [ROWS]   (`scripts/bench` runs it; prints a Markdown table)
     python benches/python/doors.py --check  (the test command's door check: fails when the dict
                                              door costs more than its stated multiple of the
                                              text door in the same process)
"""

import json
import pathlib
import sys
import time

import zhengwu

ROOT = pathlib.Path(__file__).parents[2]


def per(f, k, rounds=5):
    """Best thread-CPU seconds per item of `f` (which does `k` items)."""
    best = float("inf")
    for _ in range(rounds):
        t = time.thread_time()
        f()
        best = min(best, (time.thread_time() - t) / k)
    return best


def calls(f, k):
    """`k` calls of `f`, each answer let go as a caller lets it go (answers kept in a list would
    time Python's garbage collector walking them)."""

    def run():
        for _ in range(k):
            f()

    return run


def case_engine():
    v = json.loads((ROOT / "tests/vectors/case/supervise.json").read_text(encoding="utf-8"))[0]
    return zhengwu.Engine(v["config"]), v["input"]


def same_dict_and_text(engine, op, inp):
    text = engine.call_json(op, json.dumps(inp, ensure_ascii=False))
    assert engine.call(op, inp) == json.loads(text), op
    return len(text.encode())


def floor(engine, op, inp, k):
    """What building the answer's Python objects alone costs, with no engine: from compiled
    literals (CPython's own constant dicts and lists, strings made once), by `json.loads` of the
    JSON door's text, and by orjson's `loads` where it is installed."""
    answer = engine.call(op, inp)
    text = engine.call_json(op, json.dumps(inp, ensure_ascii=False))
    literal = eval(compile("lambda: " + repr(answer), "<answer>", "eval"))  # our own answer's repr
    assert literal() == answer
    parts = [f"objects alone: from literals {per(calls(literal, k), k) * 1e6:.2f} µs", f"`json.loads` {per(calls(lambda: json.loads(text), k), k) * 1e6:.2f} µs"]
    try:
        import orjson

        b = text.encode()
        assert orjson.loads(b) == answer
        parts.append(f"orjson `loads` {per(calls(lambda: orjson.loads(b), k), k) * 1e6:.2f} µs")
    except ImportError:
        pass
    return ", ".join(parts)


def door_rows(k):
    """(path, dict door µs, beside, goal µs, text door µs) of the per-call doors."""
    e = zhengwu.Engine()
    ce, case = case_engine()
    rows = []
    for label, engine, op, inp, goal, kk in (
        ("calendar.day", e, "calendar.day", {"date": "2024-10-01"}, 2.0, k),
        ("id.resident", e, "id.resident", {"id": "11010519491231002X"}, 3.0, k),
        ("case.supervise, one case", ce, "case.supervise", case, 5.0, k // 4),
        ("form.merge, largest bundle (公民身后)", e, "form.merge", {"bundle": "after-death"}, 30.0, k // 40),
    ):
        size = same_dict_and_text(engine, op, inp)
        text = json.dumps(inp, ensure_ascii=False)
        d = per(calls(lambda: engine.call(op, inp), kk), kk) * 1e6
        t = per(calls(lambda: engine.call_json(op, text), kk), kk) * 1e6
        rows.append((f"`Engine.call` {label} (dict in, dict out; {size:,} B answer)", d, f"`call_json` text {t:.2f} µs; {floor(engine, op, inp, kk)}", goal, t))
    try:
        from stdnum.cn import ric

        ids = "11010519491231002X"
        assert ric.is_valid(ids) and e.call("id.resident", {"id": ids})["valid"]
        s = per(calls(lambda: ric.is_valid(ids), k), k) * 1e6
        rows[1] = rows[1][:2] + (rows[1][2] + f"; python-stdnum `is_valid` {s:.2f} µs",) + rows[1][3:]
    except ImportError:
        pass
    return rows


def column_rows(n):
    """(path, zhengwu ns/row, beside, goal ns/row) of the column paths."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    e = zhengwu.Engine()
    rng = np.random.default_rng(1)
    rows = []
    days = (np.datetime64("2019-01-01") + rng.integers(0, 2190, n)).astype("datetime64[D]")
    cnt = rng.integers(1, 30, n)
    cal = e.calendar
    z = per(lambda: cal.add_workdays_batch(days, cnt), n, 3) * 1e9
    b = per(lambda: np.busday_offset(days, cnt, roll="forward"), n, 3) * 1e9
    rows.append((f"NumPy `add_workdays_batch`, {n:,} random days 2019–2024", z, f"`numpy.busday_offset` {b:.1f} ns (weekends only, no 调休)", b))
    starts = pd.Series(pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 2190, n), unit="D"))
    pf = starts + pd.to_timedelta(rng.integers(1, 20, n), unit="D")
    frame = pd.DataFrame({"start": starts, "limit": rng.integers(1, 60, n), "pf": pf, "pt": pf + pd.to_timedelta(rng.integers(0, 10, n), unit="D")})
    d = per(lambda: frame.zw.deadline("start", workdays="limit", pause_from="pf", pause_to="pt", engine=e), n, 3) * 1e9
    rows.append((f"`frame.zw.deadline`, one pause per row, {n:,} rows", d, "", 100.0))
    kinds = [
        [],
        [{"type": "judgement", "on": "2024-01-01", "judgement": "honest"}],
        [{"type": "judgement", "on": "2024-03-01", "judgement": "dishonest", "form": "late_materials", "severity": "general"}, {"type": "rectified", "on": "2024-04-01"}],
    ]
    k = n // 10
    recs = [kinds[i] for i in rng.integers(0, 3, k)]
    text = pa.array([json.dumps(r) for r in recs])
    a = zhengwu.credit_status(recs, "2025-06-03", engine=e)
    assert a.equals(zhengwu.credit_status(text, "2025-06-03", engine=e))
    dd = per(lambda: zhengwu.credit_status(recs, "2025-06-03", engine=e), k, 3) * 1e9
    tt = per(lambda: zhengwu.credit_status(text, "2025-06-03", engine=e), k, 3) * 1e9
    rows.append((f"`zhengwu.credit_status` from lists of dicts, {k:,} subjects", dd, f"from JSON text (Arrow) {tt:.0f} ns", 1000.0))
    rows.append((f"`zhengwu.credit_status` from JSON text (Arrow), {k:,} subjects", tt, "", 1000.0))
    return rows


def table(n, k):
    out = ["| path | zhengwu | beside it, same run | goal | met |", "|---|---|---|---|---|"]
    def met(x, goal):
        return "yes" if x <= goal else "**no**"

    for path, z, beside, goal, t in door_rows(k):
        # The goal holds for each door a caller may take: the dict door and the text door.
        out.append(f"| {path} | {z:.2f} µs | {beside} | ≤ {goal:g} µs | dict {met(z, goal)}, text {met(t, goal)} |")
    for path, z, beside, goal in column_rows(n):
        goal_text = f"≤ {goal:g} ns/row" if "busday" not in beside else "ahead of busday_offset"
        out.append(f"| {path} | {z:.1f} ns/row | {beside} | {goal_text} | {'yes' if z <= goal else '**no**'} |")
    return "\n".join(out)


# The dict door's most allowed cost as a multiple of the text door's on the same call, in the
# same process: it reads and builds Python objects where the text door hands over one string, so
# it costs more; past these it has lost its way (the JSON round trip it replaced cost 4–6×).
CHECK = {"calendar.day": 2.0, "id.resident": 2.5, "case.supervise": 2.2, "form.merge": 2.6}


def check():
    e = zhengwu.Engine()
    ce, case = case_engine()
    bad = []
    for eng, op, inp, k in (
        (e, "calendar.day", {"date": "2024-10-01"}, 4000),
        (e, "id.resident", {"id": "11010519491231002X"}, 4000),
        (ce, "case.supervise", case, 1000),
        (e, "form.merge", {"bundle": "after-death"}, 200),
    ):
        same_dict_and_text(eng, op, inp)
        text = json.dumps(inp, ensure_ascii=False)
        ratio = min(per(calls(lambda: eng.call(op, inp), k), k, 7) / per(calls(lambda: eng.call_json(op, text), k), k, 7) for _ in range(3))
        ok = ratio <= CHECK[op]
        print(f"{'ok' if ok else 'REGRESSION'} {op}: dict door {ratio:.2f}× the text door (allowed {CHECK[op]}×)")
        if not ok:
            bad.append(op)
    return 1 if bad else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--check"]:
        sys.exit(check())
    import numpy as np

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    print(f"zhengwu {zhengwu.__version__}, NumPy {np.__version__}, Python {sys.version.split()[0]}; {time.strftime('%Y-%m-%d')}\n")
    print(table(n, 20_000))
