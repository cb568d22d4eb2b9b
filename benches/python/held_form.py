"""Held form against the JSON door: form.validate and form.split on the largest default bundle's
merged form, the same values, in one process. usage: held_form.py [iterations]"""

import json
import sys
import time

import zhengwu


def best(f, n):
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(n):
            f()
        runs.append((time.perf_counter() - t) / n)
    return min(runs)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    engine = zhengwu.Engine()
    bundles = engine.call("bundle.list", {"with_matters": True})["bundles"]
    sizes = {b["id"]: len(engine.call("form.merge", {"bundle": b["id"]})["fields"]) for b in bundles}
    bundle = max(sizes, key=sizes.get)
    form = engine.merge_form(bundle=bundle)
    values = {f["element"]: "x" for f in form.fields[:10]}
    vtext = json.dumps(values, ensure_ascii=False)
    door_v = json.dumps({"form": form.data, "values": values}, ensure_ascii=False)
    assert form.validate_json(vtext) == engine.call_json("form.validate", door_v)
    print(f"bundle {bundle}: {sizes[bundle]} fields, form JSON {len(form.to_json())} bytes")
    for op, held in (("form.validate", form.validate_json), ("form.split", form.split_json)):
        # The JSON door as a host calls it: the stored form sent with the values every time.
        t_door = best(lambda: engine.call_json(op, json.dumps({"form": form.data, "values": values}, ensure_ascii=False)), n)
        t_held = best(lambda: held(vtext), n)
        print(f"{op}: JSON door {t_door * 1e6:.1f} µs, held {t_held * 1e6:.1f} µs, {t_door / t_held:.1f}x")


if __name__ == "__main__":
    main()
