"""A year's working days as a heat-map: one cell a day, working days light, rest days dark, the
statutory holidays (法定节假日) in red and the 调休 working days (weekend days that are worked)
outlined — the whole year's calendar from one vectorised call. Written with matplotlib
(``pip install zhengwu[plots]``).

usage: python examples/python/calendar_heatmap.py [YEAR] [OUT.png]
"""

import pathlib
import sys

import numpy as np
import pandas as pd

import zhengwu

year = int(sys.argv[1]) if len(sys.argv) > 1 else 2024
out = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else f"target/examples/workdays_{year}.png")
out.parent.mkdir(parents=True, exist_ok=True)
engine = zhengwu.Engine()
days = pd.Series(pd.date_range(f"{year}-01-01", f"{year}-12-31", freq="D"))
work = days.zw.is_workday(engine=engine).to_numpy(dtype=bool)
weekend = days.dt.day_of_week.to_numpy() >= 5
adjusted = work & weekend  # 调休: a weekend day that is worked
holiday = ~work & ~weekend  # a weekday off: a statutory holiday
print(f"{year}: {work.sum()} working days, {adjusted.sum()} 调休 working days, {holiday.sum()} weekdays off")

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

for family in ("Noto Sans CJK SC", "WenQuanYi Zen Hei", "Source Han Sans SC"):
    if any(f.name == family for f in matplotlib.font_manager.fontManager.ttflist):
        plt.rcParams["font.family"] = family
        break
week = ((days - pd.Timestamp(f"{year}-01-01")).dt.days + pd.Timestamp(f"{year}-01-01").weekday()) // 7
grid = np.full((7, week.max() + 1), np.nan)
kind = np.where(holiday, 3, np.where(work, 1, 2))
grid[days.dt.day_of_week.to_numpy(), week.to_numpy()] = kind
fig, ax = plt.subplots(figsize=(13, 2.8))
cmap = matplotlib.colors.ListedColormap(["#e8f1e4", "#5b6770", "#c0392b"])
ax.imshow(grid, cmap=cmap, vmin=1, vmax=3, aspect="equal")
for w, d in zip(week[adjusted], days.dt.day_of_week[adjusted]):
    ax.add_patch(plt.Rectangle((w - 0.5, d - 0.5), 1, 1, fill=False, edgecolor="#e67e22", linewidth=1.6))
ax.set_yticks(range(7), ["一", "二", "三", "四", "五", "六", "日"])
firsts = [pd.Timestamp(f"{year}-{m:02d}-01") for m in range(1, 13)]
ax.set_xticks([int(((f - pd.Timestamp(f"{year}-01-01")).days + pd.Timestamp(f"{year}-01-01").weekday()) // 7) for f in firsts],
              [f"{m}月" for m in range(1, 13)])
ax.set_title(f"{year}年工作日：浅色工作日，深色休息日，红色法定节假日，橙框调休上班日")
fig.tight_layout()
fig.savefig(out, dpi=110)
print(f"wrote {out}")
