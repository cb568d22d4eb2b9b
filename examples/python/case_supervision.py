"""电子监察 and 综合考评 of a year of cases: supervise a table of 100,000 synthetic cases in one
call, read the findings, compare departments, and draw the on-time share by department (an SVG,
written without any plotting library).

usage: python examples/python/case_supervision.py [OUT.svg]
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from synthetic_cases import year_of_cases  # noqa: E402

import zhengwu  # noqa: E402

engine = zhengwu.Engine()
cases = year_of_cases(100_000, seed=7)

# %% Every case supervised in one call: the same index, one column per limit and finding.
t = time.perf_counter()
sup = engine.supervise_cases(cases, "2025-03-31")
print(f"supervised {len(sup):,} cases in {time.perf_counter() - t:.2f} s")
print(sup["status"].value_counts().to_string())
late = sup[sup["late_promised"]]
print(f"late against the promised limit: {len(late):,} ({len(late) / len(sup):.1%})")
assert sup.index.equals(cases.index)

# %% The figures per department, with the reform targets.
stats = engine.case_stats(cases, "2025-03-31")
rows = sorted(stats["departments"], key=lambda d: d["on_time_share"] or 0)
print(f"{'department':<16}{'cases':>8}{'on time':>9}{'median':>8}{'p90':>6}{'visits':>8}  最多跑一次")
for d in rows:
    one_visit = next(t for t in d["targets"] if t["target"] == "one_visit")
    print(f"{d['name'] or '-':<16}{d['cases']:>8,}{d['on_time_share']:>9.1%}{d['handling_median_workdays']:>8}{d['handling_p90_workdays']:>6}{d['visits_per_case']:>8.2f}  {'met' if one_visit['met'] else 'not met'}")

# %% On-time share by department, as a bar chart.
width, bar, gap = 640, 18, 6
height = 40 + len(rows) * (bar + gap)
parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
         '<text x="10" y="20" font-size="14">按时办结率（按部门）</text>']
for i, d in enumerate(rows):
    y = 36 + i * (bar + gap)
    share = d["on_time_share"] or 0
    parts.append(f'<text x="10" y="{y + 13}">{d["name"] or "-"}</text>')
    parts.append(f'<rect x="150" y="{y}" width="{share * 420:.1f}" height="{bar}" fill="#3b6ea8"/>')
    parts.append(f'<text x="{156 + share * 420:.1f}" y="{y + 13}">{share:.1%}</text>')
parts.append("</svg>")
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/examples/on_time_by_department.svg")
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text("\n".join(parts), encoding="utf-8")
print(f"wrote {out}")
