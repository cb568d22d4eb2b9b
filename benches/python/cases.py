"""电子监察 of a million cases from Python as a table: the time of Engine.supervise_cases (pandas
DataFrame in, DataFrame out, index kept) and of Engine.case_stats, per case; best of 3.

usage: python benches/python/cases.py [ROWS]
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).parents[2] / "examples/python"))
from synthetic_cases import year_of_cases  # noqa: E402

import zhengwu  # noqa: E402

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
engine = zhengwu.Engine()
cases = year_of_cases(n, seed=7)
for name, f in (("supervise_cases", engine.supervise_cases), ("case_stats", engine.case_stats)):
    times = []
    for _ in range(3):
        t = time.perf_counter()
        f(cases, "2025-03-31")
        times.append(time.perf_counter() - t)
    best = min(times)
    print(f"{name}: {n:,} cases in {best:.3f} s = {best / n * 1e9:.0f} ns per case (best of 3)")
