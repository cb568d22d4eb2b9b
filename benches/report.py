"""Benchmark report: reads what `scripts/bench` measured in one run (criterion's estimates, the C
door's figures, the Python and WASM results), writes `target/bench/report.md` with every target
marked met / not met, and plots cost per item against size to `docs/scaling.png`.

Run: scripts/bench   (this script is its last step)
"""

import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "target", "bench")


def criterion():
    """full_id → (median, lower, upper) in ns, and the element count when given."""
    res = {}
    for bj in glob.glob(os.path.join(ROOT, "target", "criterion", "**", "new", "benchmark.json"), recursive=True):
        with open(bj, encoding="utf-8") as f:
            meta = json.load(f)
        with open(os.path.join(os.path.dirname(bj), "estimates.json"), encoding="utf-8") as f:
            est = json.load(f)["median"]
        elements = (meta.get("throughput") or {}).get("Elements")
        ci = est["confidence_interval"]
        res[meta["full_id"]] = (est["point_estimate"], ci["lower_bound"], ci["upper_bound"], elements)
    return res


def c_door():
    res = {}
    path = os.path.join(OUT, "c.txt")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            m = re.match(r"(\S.*?)\s+([\d.]+) ns/call\s+\(min ([\d.]+), max ([\d.]+)\)", line)
            if m:
                label, vals = m.group(1), [float(x) for x in m.group(2, 3, 4)]
                k = re.search(r"(\d+)/call", label)
                if k:  # an array call: report per item
                    vals = [v / int(k.group(1)) for v in vals]
                res[label] = tuple(vals)
    return res


def load(name):
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def fmt_ns(ns):
    if ns >= 1e9:
        return f"{ns / 1e9:.3g} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.3g} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.3g} µs"
    return f"{ns:.3g} ns"


def main():
    cr, c, py, wasm = criterion(), c_door(), load("python.json"), load("wasm.json") + load("browser.json")
    lines = ["# Benchmark report (one run of `scripts/bench`)", ""]
    lines += ["## Core (criterion, native)", "", "| benchmark | median | 95 % interval | per item |", "|---|---|---|---|"]
    for k in sorted(cr):
        med, lo, hi, n = cr[k]
        per = fmt_ns(med / n) if n else ""
        lines.append(f"| `{k}` | {fmt_ns(med)} | {fmt_ns(lo)} – {fmt_ns(hi)} | {per} |")
    if c:
        lines += ["", "## C door", "", "| call | ns per call (median of 7) | min – max |", "|---|---|---|"]
        for k, (med, lo, hi) in c.items():
            lines.append(f"| `{k}` | {med:,.1f} | {lo:,.1f} – {hi:,.1f} |")
    if py:
        lines += ["", "## Python (same inputs, answers compared first)", "",
                  "| task | tool | items | ns per item (median) | min – max | same answers |", "|---|---|---|---|---|---|"]
        for r in py:
            lines.append(f"| {r['task']} | {r['tool']} | {r['items']:,} | {r['median_ns']:,.1f} | {r['min_ns']:,.1f} – {r['max_ns']:,.1f} | {'yes' if r['same_answers'] else 'NO'} |")
    if wasm:
        lines += ["", "## WASM in Node and Chromium", "", "| call | µs per call (median of 9) | min – max |", "|---|---|---|"]
        for r in wasm:
            lines.append(f"| {r['name']} | {r['median_ns'] / 1e3:,.2f} | {r['min_ns'] / 1e3:,.2f} – {r['max_ns'] / 1e3:,.2f} |")
    peers = load("js_peers.json") if os.path.exists(os.path.join(OUT, "js_peers.json")) else {}
    jpeers = load("java_peers.json") if os.path.exists(os.path.join(OUT, "java_peers.json")) else []
    if peers:
        lines += ["", "## The WASM door beside the npm calendars (same inputs, answers compared first)", "",
                  "| peer | days compared | days that differ |", "|---|---|---|"]
        for name, d in peers["disagreements"].items():
            differ = d["differ"] if isinstance(d["differ"], int) else len(d["differ"])
            listed = "" if isinstance(d["differ"], int) or not d["differ"] else " (" + ", ".join(d["differ"][:8]) + ("…" if len(d["differ"]) > 8 else "") + ")"
            lines.append(f"| {name} | {d['days_compared']:,} | {differ}{listed} |")
    for title, rows in (("WASM in Node beside chinese-days and chinese-workday", peers.get("timings", [])),
                        ("The jar (JNA) beside a pure-Java baseline", jpeers)):
        if rows:
            by = {r["name"]: r for r in rows}
            lines += ["", f"## {title}", "", "| call | µs per call (median of 9, CPU time) | min – max | beside zhengwu |", "|---|---|---|---|"]
            for r in rows:
                ratio = ""
                if r.get("peer_of") in by:
                    ratio = f"{r['median_ns'] / by[r['peer_of']]['median_ns']:.2f}× zhengwu's"
                lines.append(f"| {r['name']} | {r['median_ns'] / 1e3:,.3f} | {r['min_ns'] / 1e3:,.3f} – {r['max_ns'] / 1e3:,.3f} | {ratio} |")

    # ---- targets
    targets = []

    def target(name, ok, figure):
        targets.append((name, "met" if ok else "**not met**", figure) if ok is not None else (name, "not measured", figure))

    def pyrow(task, tool_prefix):
        return next((r for r in py if r["task"] == task and r["tool"].startswith(tool_prefix)), None)

    for task, label in (("add working days", "add"), ("count working days", "count")):
        ours = pyrow(task, "zhengwu batch (NumPy)")
        for peer, need in (("chinese_calendar", 1000), ("workalendar", 10000)):
            theirs = pyrow(task, peer)
            if ours and theirs:
                ratio = theirs["median_ns"] / ours["median_ns"]
                target(f"Python batch {label} ≥ {need:,}× {peer}", ratio >= need and theirs["same_answers"],
                       f"{ratio:,.0f}× ({ours['median_ns']:.1f} vs {theirs['median_ns']:,.0f} ns per item)")
    for key, label in (("calendar/add_workdays x100k", "add"), ("calendar/workdays_between x100k", "count")):
        if key in cr:
            rate = cr[key][3] / cr[key][0] * 1e3
            target(f"native {label} ≥ 20 M/s", rate >= 20, f"{rate:,.0f} M/s")
    for task, key, label in (("resident ID validity", "id/is_valid_resident_id x100k", "resident ID"),
                             ("USCC validity", "id/is_valid_uscc x100k", "USCC")):
        ours, theirs = pyrow(task, "zhengwu batch (NumPy)"), pyrow(task, "python-stdnum")
        if ours and theirs:
            ratio = theirs["median_ns"] / ours["median_ns"]
            target(f"Python batch {label} ≥ 50× python-stdnum", ratio >= 50 and theirs["same_answers"],
                   f"{ratio:,.0f}× ({ours['median_ns']:.1f} vs {theirs['median_ns']:,.0f} ns per item)")
        if key in cr:
            rate = cr[key][3] / cr[key][0] * 1e3
            target(f"native {label} ≥ 20 M/s", rate >= 20, f"{rate:,.0f} M/s")
    key = "form/merge bundle after-death"
    if key in cr:
        target("merge of the largest default bundle (公民身后) ≤ 20 µs", cr[key][0] <= 20e3, fmt_ns(cr[key][0]))
    sizes = sorted((int(k.rsplit("/", 1)[1]), v[0]) for k, v in cr.items() if k.startswith("form/merge synthetic"))
    if len(sizes) >= 2:
        per = {n: t / n for n, t in sizes}
        low = min(per[n] for n in per if n >= 100) if any(n >= 100 for n in per) else min(per.values())
        top = per[sizes[-1][0]]
        target(f"merge linear to {sizes[-1][0]:,} matters (per-matter cost at the largest size within 2× of the cheapest from 100 up)",
               top <= 2 * low, f"{fmt_ns(top)} per matter at {sizes[-1][0]:,}; cheapest {fmt_ns(low)}")
    ck = "zw_engine_call calendar.add_workdays (JSON)"
    if ck in c:
        target("JSON call from C ≤ 1 µs (calendar op)", c[ck][0] <= 1000, f"{c[ck][0]:,.0f} ns")
    r = pyrow("JSON door", "Engine.call calendar.add_workdays")
    if r:
        target("Python `call` ≤ 5 µs (calendar op, dict in and out)", r["median_ns"] <= 5000, f"{r['median_ns'] / 1e3:.2f} µs")
    native = cr.get("form/call_json form.merge after-death")
    for name, label in (("wasm callJsonBytes form.merge after-death", "Node, bytes out"),
                        ("wasm callJson form.merge after-death", "Node, JS string out"),
                        ("chromium callJsonBytes form.merge after-death", "Chromium, bytes out"),
                        ("chromium callJson form.merge after-death", "Chromium, JS string out")):
        w = next((x for x in wasm if x["name"] == name), None)
        if w and native:
            ratio = w["median_ns"] / native[0]
            target(f"WASM merge within 2× of native (JSON door, {label})", ratio <= 2, f"{ratio:.2f}× ({w['median_ns'] / 1e3:.1f} vs {native[0] / 1e3:.1f} µs)")
    for key, label in (("scale/commitment.tick/1000000", "1 M commitments ticked"), ("scale/credit.status/1000000", "1 M credit statuses")):
        if key in cr:
            target(f"{label} < 1 s", cr[key][0] < 1e9, fmt_ns(cr[key][0]))
    lines += ["", "## Targets", "", "| target | result | figure |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c_} |" for a, b, c_ in targets]
    with open(os.path.join(OUT, "report.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines[lines.index("## Targets"):]))
    plot(cr)
    missed = [t for t in targets if t[1] != "met"]
    print(f"\n{len(targets) - len(missed)} of {len(targets)} targets met; report in target/bench/report.md")


def plot(cr):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib missing: no plot", file=sys.stderr)
        return
    series = [
        ("form/merge synthetic (30 fields per matter)", "form merge (per matter)"),
        ("catalog/parse+load", "catalog parse+load (per matter)"),
        ("catalog/lint", "catalog lint (per matter)"),
        ("scale/commitment.tick", "commitment tick (per state)"),
        ("scale/credit.status", "credit status (per subject)"),
    ]
    fig, ax = plt.subplots(figsize=(8, 5), dpi=110)
    for prefix, label in series:
        pts = sorted((int(k.rsplit("/", 1)[1]), v[0]) for k, v in cr.items() if k.startswith(prefix + "/"))
        if pts:
            ax.plot([n for n, _ in pts], [t / n for n, t in pts], marker="o", label=label)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("items (matters, states, subjects)")
    ax.set_ylabel("time per item (ns, median)")
    ax.set_title("zhengwu: cost per item against the size of the work (flat = linear total)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    path = os.path.join(ROOT, "docs", "scaling.png")
    fig.savefig(path)
    print(f"plot: {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
