"""zhengwu against the tools a Python user would otherwise pick, on the same inputs in one run:
working-day arithmetic against chinese_calendar and workalendar, identifier validation against
python-stdnum. Answers are compared first; only then is anything timed.

Run: scripts/bench-python [N] [results.json]   (installs the peers into .venv; prints a Markdown
table; `scripts/bench` runs it with every other benchmark)
"""

import datetime as dt
import random
import statistics
import sys
import time
import warnings

import numpy as np

import zhengwu

warnings.filterwarnings("ignore")  # workalendar warns about its supported years on every call

import chinese_calendar  # noqa: E402
from stdnum.cn import ric, uscc  # noqa: E402
from workalendar.asia import China  # noqa: E402

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
WORKALENDAR_N = min(N, 5_000)  # day-by-day and slow: timed on a sample, reported per operation
rng = random.Random(20261122)
engine = zhengwu.Engine()
cal = engine.calendar
china = China()

# Inputs on which the tools model the same thing (differences found, documented in
# BENCHMARKS.md): workalendar's China data ends in 2023 and lacks the State Council's 2020
# Spring Festival extension (2020-01-31, 2020-02-01), so dates lie in 2021-01-04 .. 2023-09-30;
# chinese_calendar.find_workday counts from the next working day when the start is a rest day
# (SPEC §1 counts from the start itself), so starts are working days; counts are 1..60 either way.
first, span = dt.date(2021, 1, 4), (dt.date(2023, 9, 30) - dt.date(2021, 1, 4)).days
dates = []
while len(dates) < N:
    d = first + dt.timedelta(days=rng.randrange(span))
    if cal.is_workday(d):
        dates.append(d)
counts = [rng.choice([-1, 1]) * rng.randrange(1, 61) for _ in range(N)]
ends = [d + dt.timedelta(days=rng.randrange(1, 90)) for d in dates]
np_dates = np.array(dates, dtype="datetime64[D]")
np_counts = np.array(counts, dtype=np.int64)
np_ends = np.array(ends, dtype="datetime64[D]")


def best_of(f, repeat=5):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return statistics.median(times), min(times), max(times)


rows = []


def row(task, tool, n, timing, agree):
    med, lo, hi = timing
    rows.append((task, tool, n, med / n * 1e9, lo / n * 1e9, hi / n * 1e9, agree))


# ---- answers first
ours_add = cal.add_workdays_batch(dates, counts)
assert ours_add == [cal.add_workdays(d, k) for d, k in zip(dates, counts)]
cc_add = [chinese_calendar.find_workday(k, d) for d, k in zip(dates, counts)]
agree_cc_add = sum(a == b for a, b in zip(ours_add, cc_add))
wl_add = [china.add_working_days(d, k) for d, k in zip(dates[:WORKALENDAR_N], counts[:WORKALENDAR_N])]
agree_wl_add = sum(a == b for a, b in zip(ours_add, wl_add))
ours_between = cal.workdays_between_batch(dates, ends)
cc_between = [len(chinese_calendar.get_workdays(d + dt.timedelta(days=1), e)) for d, e in zip(dates, ends)]
agree_cc_between = sum(a == b for a, b in zip(ours_between, cc_between))
wl_between = [china.get_working_days_delta(d, e) for d, e in zip(dates[:WORKALENDAR_N], ends[:WORKALENDAR_N])]
agree_wl_between = sum(a == b for a, b in zip(ours_between, wl_between))
print(f"add_workdays: chinese_calendar agrees on {agree_cc_add}/{N}, workalendar on {agree_wl_add}/{WORKALENDAR_N}")
print(f"workdays_between: chinese_calendar agrees on {agree_cc_between}/{N}, workalendar on {agree_wl_between}/{WORKALENDAR_N}")

# ---- timing
row("add working days", "zhengwu batch (NumPy)", N, best_of(lambda: cal.add_workdays_batch(np_dates, np_counts)), True)
row("add working days", "zhengwu batch (list of dates)", N, best_of(lambda: cal.add_workdays_batch(dates, counts)), True)
row("add working days", "zhengwu per call", N, best_of(lambda: [cal.add_workdays(d, k) for d, k in zip(dates, counts)], 3), True)
row("add working days", "chinese_calendar.find_workday", N, best_of(lambda: [chinese_calendar.find_workday(k, d) for d, k in zip(dates, counts)], 3), agree_cc_add == N)
row("add working days", "workalendar China.add_working_days", WORKALENDAR_N,
    best_of(lambda: [china.add_working_days(d, k) for d, k in zip(dates[:WORKALENDAR_N], counts[:WORKALENDAR_N])], 3), agree_wl_add == WORKALENDAR_N)
row("count working days", "zhengwu batch (NumPy)", N, best_of(lambda: cal.workdays_between_batch(np_dates, np_ends)), True)
row("count working days", "chinese_calendar.get_workdays", N, best_of(lambda: [len(chinese_calendar.get_workdays(d + dt.timedelta(days=1), e)) for d, e in zip(dates, ends)], 3), agree_cc_between == N)
row("count working days", "workalendar China.get_working_days_delta", WORKALENDAR_N,
    best_of(lambda: [china.get_working_days_delta(d, e) for d, e in zip(dates[:WORKALENDAR_N], ends[:WORKALENDAR_N])], 3), agree_wl_between == WORKALENDAR_N)

# ---- identifiers: resident IDs from real county codes, USCCs, each with faults mixed in
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
# County codes python-stdnum's location table accepts for every birth date used (it rejects, e.g.,
# 120115 and 440305 for people born before those districts existed; zhengwu checks the
# province-level code only).
counties = ["110101", "110105", "120101", "310104"]
ids, codes = [], []
for i in range(N):
    born = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 80))
    body = rng.choice(counties) + born.strftime("%Y%m%d") + f"{rng.randrange(1000):03d}"
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11]
    if i % 3 == 0:
        check = rng.choice("0123456789X")
    ids.append(body + check)
    b = "9" + rng.choice("123") + rng.choice(["120116", "110105", "440305"]) + "".join(rng.choice(ALPHA) for _ in range(9))
    c = ALPHA[(31 - sum(ALPHA.index(ch) * pow(3, k, 31) for k, ch in enumerate(b)) % 31) % 31]
    if i % 3 == 0:
        c = rng.choice(ALPHA)
    codes.append(b + c)
np_ids = np.array(ids, dtype=object)
np_codes = np.array(codes, dtype=object)
ours_ric = zhengwu.is_valid_resident_id_batch(ids)
std_ric = [ric.is_valid(x) for x in ids]
agree_ric = sum(a == b for a, b in zip(ours_ric, std_ric))
ours_uscc = zhengwu.is_valid_uscc_batch(codes)
std_uscc = [uscc.is_valid(x) for x in codes]
agree_uscc = sum(a == b for a, b in zip(ours_uscc, std_uscc))
print(f"resident ID: python-stdnum agrees on {agree_ric}/{N} ({sum(ours_ric)} valid); USCC: agrees on {agree_uscc}/{N} ({sum(ours_uscc)} valid)")
row("resident ID validity", "zhengwu batch (NumPy)", N, best_of(lambda: zhengwu.is_valid_resident_id_batch(np_ids)), True)
row("resident ID validity", "zhengwu per call", N, best_of(lambda: [zhengwu.is_valid_resident_id(x) for x in ids], 3), True)
row("resident ID validity", "python-stdnum cn.ric.is_valid", N, best_of(lambda: [ric.is_valid(x) for x in ids], 3), agree_ric == N)
row("USCC validity", "zhengwu batch (NumPy)", N, best_of(lambda: zhengwu.is_valid_uscc_batch(np_codes)), True)
row("USCC validity", "zhengwu per call", N, best_of(lambda: [zhengwu.is_valid_uscc(x) for x in codes], 3), True)
row("USCC validity", "python-stdnum cn.uscc.is_valid", N, best_of(lambda: [uscc.is_valid(x) for x in codes], 3), agree_uscc == N)

# ---- the JSON door from Python, per call (dict in, dict out; and text in, text out)
door_in = {"date": "2024-09-30", "days": 1}
assert engine.call("calendar.add_workdays", door_in) == {"date": "2024-10-08"}
CALLS = 20_000
row("JSON door", "Engine.call calendar.add_workdays (dict)", CALLS,
    best_of(lambda: [engine.call("calendar.add_workdays", door_in) for _ in range(CALLS)]), True)
door_text = '{"date":"2024-09-30","days":1}'
row("JSON door", "Engine.call_json calendar.add_workdays (text)", CALLS,
    best_of(lambda: [engine.call_json("calendar.add_workdays", door_text) for _ in range(CALLS)]), True)
merge_in = {"bundle": "after-death"}
row("JSON door", "Engine.call form.merge after-death (dict)", 2_000,
    best_of(lambda: [engine.call("form.merge", merge_in) for _ in range(2_000)]), True)

if len(sys.argv) > 2:  # machine-readable copy for the benchmark report
    import json
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump([dict(zip(("task", "tool", "items", "median_ns", "min_ns", "max_ns", "same_answers"), r)) for r in rows],
                  f, ensure_ascii=False, indent=1)

print()
print("| task | tool | items | ns per item (median) | min – max | same answers | zhengwu batch is … faster |")
print("|---|---|---|---|---|---|---|")
base = {}
for task, tool, n, med, lo, hi, agree in rows:
    if tool.startswith("zhengwu batch (NumPy)"):
        base[task] = med
for task, tool, n, med, lo, hi, agree in rows:
    ratio = "" if tool.startswith("zhengwu batch (NumPy)") or task not in base else f"{med / base[task]:,.0f}×"
    print(f"| {task} | {tool} | {n:,} | {med:,.1f} | {lo:,.1f} – {hi:,.1f} | {'yes' if agree else 'NO'} | {ratio} |")
