#!/usr/bin/env python3
"""Before and after side by side: bench/compare.py RAW_BEFORE RAW_AFTER (two bench/run raw folders, e.g. a run with
BENCH_JAR=<the jar before a change> and BENCH_WORK=bench/work-before, and a run of the change). Markdown on stdout."""
import os
import sys

sys.argv = [sys.argv[0], sys.argv[1], "1"] + sys.argv[2:]
BEFORE, AFTER = sys.argv[1], sys.argv[3]
here = os.path.dirname(os.path.abspath(__file__))
report = {}
exec(compile(open(os.path.join(here, "report.py"), encoding="utf-8").read().split("\nmachine = dict(")[0],
             "report.py", "exec"), report)


def use(raw):
    report["RAW"] = raw


def cell_wrk(name):
    r = report["wrk"](name)
    if isinstance(r, str) or not r["rps"]:
        return "n/a"
    med = report["statistics"].median
    return f"{med(r['rps']):,.0f} req/s, p99 {med(r['p99']):,.1f} ms" if r["p99"] else f"{med(r['rps']):,.0f} req/s"


def cell_one(name):
    r = report["one"](name)
    return f"p50 {r['p50']:.2f} ms" if r and r["p50"] is not None else "n/a"


names = sorted({f[4:-4] for raw in (BEFORE, AFTER) for f in os.listdir(raw) if f.startswith("wrk-")}
               | {"one:" + f[4:-4] for raw in (BEFORE, AFTER) for f in os.listdir(raw) if f.startswith("one-")})
print("| figure | before | after |")
print("|---|---|---|")
for name in names:
    cells = []
    for raw in (BEFORE, AFTER):
        use(raw)
        cells.append(cell_one(name[4:]) if name.startswith("one:") else cell_wrk(name))
    label = ("one at a time: " + name[4:]) if name.startswith("one:") else name
    print(f"| {label} | {cells[0]} | {cells[1]} |")
for key, label in [("workflow.txt", "publication of the large standard (ms)")]:
    cells = []
    for raw in (BEFORE, AFTER):
        text = open(os.path.join(raw, key)).read() if os.path.exists(os.path.join(raw, key)) else ""
        cells.append(next((line.split()[1] for line in text.splitlines() if line.startswith("publication ")), "n/a"))
    print(f"| {label} | {cells[0]} | {cells[1]} |")
