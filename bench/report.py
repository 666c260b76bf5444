#!/usr/bin/env python3
"""Turns the raw files bench/run wrote (bench/work/raw) into the results page (Markdown on stdout)."""
import glob
import json
import os
import re
import statistics
import sys
from collections import defaultdict

RAW = sys.argv[1]
QUICK = sys.argv[2] == "1"


def read(name, default=None):
    path = os.path.join(RAW, name)
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8") as f:
        return f.read().strip()


def fig(values, unit="", digits=0):
    """median (min–max) of a list, or n/a."""
    if not values:
        return "n/a"
    fmt = "{:,.%df}" % digits
    med = fmt.format(statistics.median(values))
    if len(values) == 1:
        return f"{med}{unit}"
    return f"{med}{unit} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def ratio(a, b):
    if not a or not b:
        return "n/a"
    return f"{statistics.median(a) / statistics.median(b):.2f}"


def ms(token):
    m = re.match(r"([\d.]+)(us|ms|s|m)$", token)
    value, unit = float(m.group(1)), m.group(2)
    return value * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(name):
    """{'rps': [...], 'p50': [...], 'p99': [...], 'errors': n} of a wrk-<name>.txt, or a reason string."""
    text = read(f"wrk-{name}.txt")
    if text is None:
        return "not run"
    if text.startswith("status"):
        return "n/a (" + text + ")"
    out = {"rps": [], "p50": [], "p99": [], "errors": 0}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("Requests/sec:"):
            out["rps"].append(float(line.split()[1]))
        elif line.startswith("50%") and ms(line.split()[1]) > 0:
            out["p50"].append(ms(line.split()[1]))
        elif line.startswith("99%") and ms(line.split()[1]) > 0:
            out["p99"].append(ms(line.split()[1]))
        elif line.startswith("Non-2xx") or line.startswith("Socket errors"):  # timeouts are wrk's 2 s
            out["errors"] += sum(int(n) for n in re.findall(r"\d+", line))
    return out


def wrk_row(label, name):
    r = wrk(name)
    if isinstance(r, str):
        return f"| {label} | {r} | | |"
    note = f" ({r['errors']} errors/non-2xx)" if r["errors"] else ""
    return f"| {label} | {fig(r['rps'])}{note} | {fig(r['p50'], ' ms', 2)} | {fig(r['p99'], ' ms', 2)} |"


def one(name):
    """p50 and p99 (ms) of one request at a time (one-<name>.txt), or None."""
    text = read(f"one-{name}.txt")
    if not text or text.startswith("status"):
        return None
    r = {"p50": None, "p99": None}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("50%"):
            r["p50"] = ms(line.split()[1])
        elif line.startswith("99%"):
            r["p99"] = ms(line.split()[1])
    return r


TARGETS = []


def target(what, value, limit, better="below", unit=" ms"):
    """Records a target as met or not (value None: not measured)."""
    if value is None:
        TARGETS.append(f"| {what} | not measured | {limit}{unit} | — |")
        return
    met = value < limit if better == "below" else value >= limit
    TARGETS.append(f"| {what} | {value:,.2f}{unit} | {'<' if better == 'below' else '≥'} {limit}{unit} | "
                   f"{'**met**' if met else '**not met**'} |")


def med(r, key):
    return statistics.median(r[key]) if isinstance(r, dict) and r[key] else None


machine = dict(line.split("=", 1) for line in (read("machine.txt") or "").splitlines() if "=" in line)
print(f"# Benchmark results — {machine.get('mode', '?')} run")
print()
print("**PRELIMINARY**: taken while other builds ran on this machine (see load). Rerun `bench/run` on a quiet machine "
      "before quoting these figures." if os.environ.get("BENCH_PRELIMINARY") else
      "Figures: median (min–max) over the repetitions; see bench/README.md for how to read them.")
print()
print("| machine | |")
print("|---|---|")
for key in ["cpu", "cores", "memory", "kernel", "java", "java_opts", "commit", "mode", "load_start", "load_end",
            "asciidoctorj", "asciidoctor", "asciidoctor_pdf", "wrk", "nginx", "hyperfine"]:
    print(f"| {key.replace('_', ' ')} | {machine.get(key, '?')} |")
print()

# 1. Rendering -------------------------------------------------------------------------------------------------
warm, cold = defaultdict(list), defaultdict(list)
for line in (read("render-warm.txt") or "").splitlines():
    doc, kind, value = line.split()
    warm[(doc, kind)].append(float(value))
for line in (read("render-cold.txt") or "").splitlines():
    doc, kind, value = line.split()
    cold[(doc, kind)].append(float(value))
docs = sorted({d for d, _ in warm} | {d for d, _ in cold})
if docs:
    print("## 1. Rendering (ms)")
    print()
    print("Ours: AsciidoctorJ with the project's renderer (`render.AsciidoctorStandardRenderer`: GB/T theme, fonts, "
          "extensions, HTML sanitising and page). *html* = `renderHtml`; *full* = `render` (header + HTML + PDF, what "
          "publication runs); *pdf* = full − html of the same repetition. Warm: one JVM, after warm-up. Cold: a fresh "
          "JVM's first renders; *to first html* counts from the JVM's start, so includes JRuby's start. Reference: Debian's Ruby `asciidoctor` / "
          "`asciidoctor-pdf`, each run a new process (hyperfine), with our theme, fonts and `gbt_converters.rb`.")
    print()
    print("| document | ours html warm | ruby html | ratio | ours pdf warm | ruby pdf | ratio | ours full warm | "
          "ours cold: to first html / html / full |")
    print("|---|---|---|---|---|---|---|---|---|")
    for doc in docs:
        label = doc.replace("/", "_")
        rh, rp = [], []
        for kind, target in (("html", rh), ("pdf", rp)):
            path = os.path.join(RAW, f"ruby-{kind}-{label}.json")
            if os.path.exists(path) and os.path.getsize(path) > 0:
                with open(path) as f:
                    target.extend(t * 1000 for t in json.load(f)["results"][0]["times"])
        print(f"| {doc} | {fig(warm[(doc, 'html')])} | {fig(rh)} | {ratio(warm[(doc, 'html')], rh)} "
              f"| {fig(warm[(doc, 'pdf')])} | {fig(rp)} | {ratio(warm[(doc, 'pdf')], rp)} "
              f"| {fig(warm[(doc, 'full')])} | {fig(cold[(doc, 'runtime')])} / {fig(cold[(doc, 'html')])} / "
              f"{fig(cold[(doc, 'full')])} |")
    pages = read("large-pages.txt")
    if pages:
        print()
        print("bench-large/2026 is the generated standard (42 clauses, 3 sub-clauses each, a 10-row table per clause); "
              "pages: " + ", ".join(pages.splitlines()) + ".")
    print()
    print("Differences on the Ruby side: no HTML sanitising or page template (ours wraps the body in the standard's "
          "page and cleans it with jsoup); no include jail (files read from disk); asciidoctor 2.0.18 / "
          "asciidoctor-pdf 2.3.4 instead of 2.0.26 / 2.3.23 inside AsciidoctorJ 3.0.1; Ruby 3.1 (MRI) instead of JRuby.")
    print()

# 2. Serving ---------------------------------------------------------------------------------------------------
if read("wrk-app-pdf.txt") is not None:
    print("## 2. Serving (wrk, 2 threads, 16 connections)")
    print()
    print(f"Same PDF ({read('pdf-bytes.txt', '?')} bytes), served by the application and by nginx (sendfile) in the "
          "same run. `latest` answers 302 (wrk does not follow it): its own figure is the redirect.")
    print()
    print("| URL | requests/s | p50 | p99 |")
    print("|---|---|---|---|")
    for label, name in [("nginx: the PDF, static", "nginx-pdf"), ("app: /standards/wh-t-201/2024.pdf", "app-pdf"),
                        ("app: /standards/wh-t-201/latest.pdf (302)", "app-latest"), ("app: / (catalog page)", "app-home"),
                        ("app: /api/standards", "app-api"), ("app: /standards/wh-t-201", "app-standard"),
                        ("app: /search?q=图书馆", "app-search"), ("app: /api/search?q=图书馆", "app-api-search"),
                        ("app: /standards/wh-t-201/2024.html (reading page)", "app-edition"),
                        ("app: /standards/wh-t-201/2024/archive.html (file)", "app-archive"),
                        ("app: /system (体系表)", "app-system"), ("app: /terms (术语库)", "app-terms"),
                        ("front end (README's nginx → app): the PDF (X-Accel-Redirect)", "front-pdf"),
                        ("front end: / (nginx page cache)", "front-home"),
                        ("front end: /standards/wh-t-201", "front-standard")]:
        print(wrk_row(label, name))
    a, n, f = wrk("app-pdf"), wrk("nginx-pdf"), wrk("front-pdf")
    if isinstance(a, dict) and isinstance(n, dict):
        print()
        print(f"PDF requests/s, application / nginx: **{ratio(a['rps'], n['rps'])}** (target ≥ 0.5)"
              + (f"; through the front end / nginx: **{ratio(f['rps'], n['rps'])}** (target ≥ 0.9)." if isinstance(f, dict) else "."))
        target("PDF requests/s, application / nginx (samples)", med(a, "rps") / med(n, "rps"), 0.5, "above", "")
        if isinstance(f, dict):
            target("PDF requests/s, front end / nginx (samples)", med(f, "rps") / med(n, "rps"), 0.9, "above", "")
    ones = [(label, one(f"app-{key}")) for label, key in [("/", "home"), ("/standards/wh-t-201", "standard"),
            ("/standards/wh-t-201/2024.html", "edition"), ("/system", "system"), ("/terms", "terms"),
            ("/search?q=图书馆", "search"), ("/api/standards", "api"), ("/api/standards?q=201", "api-query"),
            ("the PDF", "pdf")]]
    if any(r for _, r in ones):
        print()
        print("One request at a time (wrk, 1 connection, 4 s after warm-up): p50 / p99")
        print()
        print("| URL | p50 | p99 |")
        print("|---|---|---|")
        for label, r in ones:
            print(f"| {label} | {r['p50']:.2f} ms | {r['p99']:.2f} ms |" if r else f"| {label} | n/a | |")
    print()
    start = read("start-empty-ms.txt")
    print(f"Start on an empty data folder (to /actuator/health UP, Flyway + Camunda tables + sample import): "
          f"{start or 'n/a'} ms; RSS after the wrk runs: {int(read('serve-rss-kib.txt', '0')) // 1024} MiB.")
    print()

# 3. Scale -----------------------------------------------------------------------------------------------------
sizes = sorted({int(m.group(1)) for p in glob.glob(os.path.join(RAW, "scale-*-start-ms.txt"))
                for m in [re.search(r"scale-(\d+)-", p)]})
if sizes:
    print("## 3. Scale")
    print()
    print("N published editions (standards with 1–3 editions each, about N/2 standards), written by `ScaleFill` through "
          "`ContentRepository` (one commit and one annotated tag per edition) and `Catalog.record`. One HTML/PDF pair "
          "is rendered per size class (small/medium/large) and reused by every edition of that class. Latency is wrk's.")
    print()
    header = "| figure | " + " | ".join(f"N = {n:,}" for n in sizes) + " |"
    print(header)
    print("|---|" + "---|" * len(sizes))
    fills = [read(f"scale-{n}-fill.txt") for n in sizes]
    print("| fill (one-off) | " + " | ".join(f"{t.split()[1]} s" if t else "cached, not timed in this run"
                                             for t in fills) + " |")
    print("| start to health UP | " + " | ".join(f"{read(f'scale-{n}-start-ms.txt', 'n/a')} ms" for n in sizes) + " |")
    for label, key in [("/ (catalog page)", "home"), ("/api/standards", "api"), ("/api/standards?q=1234", "api-query"),
                       ("/standards/wh-t-1003 (editions, history)", "standard"),
                       ("/standards/wh-t-1003/latest.pdf (302)", "latest"), ("/search?q=图书馆", "search"),
                       ("/standards/wh-t-1003/2008.html (reading page)", "edition"), ("/system", "system"),
                       ("/terms", "terms"), ("/standards/wh-t-1003/2008.pdf", "pdf")]:
        cells = []
        for n in sizes:
            r = wrk(f"scale-{n}-{key}")
            cells.append(r if isinstance(r, str) else
                         f"{fig(r['rps'])} req/s, p50 {fig(r['p50'], ' ms', 1)}, p99 {fig(r['p99'], ' ms', 1)}")
        print(f"| {label} | " + " | ".join(cells) + " |")
    for how, label in [("http", "`git clone` over /git/standards.git (time, tags, size)"),
                       ("file", "reference: `git clone` of the same bare repository, file:// (time, tags, size)")]:
        cells = []
        for n in sizes:
            t = read(f"scale-{n}-clone-{how}.txt")
            parts = t.split() if t else []
            cells.append(f"{int(parts[0]) / 1000:.1f} s, {int(parts[1]):,} tags, {int(parts[2]) // 1024} MiB"
                         if len(parts) == 3 else (t or "n/a"))
        print(f"| {label} | " + " | ".join(cells) + " |")
    print("| RSS after the runs | " + " | ".join(
        f"{int(read(f'scale-{n}-rss-kib.txt', '0')) // 1024} MiB" for n in sizes) + " |")
    print("| search index complete (from the log) | " + " | ".join(read(f"scale-{n}-index.txt", "n/a") for n in sizes) + " |")
    for label, key in [("/", "home"), ("/standards/wh-t-1003", "standard"), ("/standards/wh-t-1003/2008.html", "edition"),
                       ("/system", "system"), ("/terms", "terms"), ("/search?q=图书馆", "search"),
                       ("/api/standards", "api"), ("/api/standards?q=1234", "api-query")]:
        cells = []
        for n in sizes:
            r = one(f"scale-{n}-{key}")
            cells.append(f"p50 {r['p50']:.2f} ms, p99 {r['p99']:.2f} ms" if r else "n/a")
        print(f"| one at a time: {label} | " + " | ".join(cells) + " |")
    print()
    top = max(sizes)
    for label, key, limit in [("/", "home", 50), ("/api/standards", "api", 50), ("/api/standards?q=1234", "api-query", 50),
                              ("/standards/wh-t-1003", "standard", 50), ("/standards/wh-t-1003/2008.html", "edition", 50),
                              ("/system", "system", 50), ("/terms", "terms", 50), ("/search?q=图书馆", "search", 100)]:
        target(f"{label} p99 at 16 connections, N = {top:,}", med(wrk(f"scale-{top}-{key}"), "p99"), limit)
        r = one(f"scale-{top}-{key}")
        target(f"{label} p50 one at a time, N = {top:,}", r["p50"] if r else None, 5)
    rss = read(f"scale-{top}-rss-kib.txt")
    target(f"RSS after the runs, N = {top:,}", int(rss) / 1024 if rss else None, 1024, unit=" MiB")

# 4. Workflow --------------------------------------------------------------------------------------------------
text = read("workflow.txt")
if text:
    values = defaultdict(list)
    for line in text.splitlines():
        k, v = line.split()
        values[k].append(float(v))

    def pct(xs, p):
        xs = sorted(xs)
        return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else float("nan")

    print("## 4. Workflow")
    print()
    n = len(values["setup-proposal"])
    print(f"{n} proposals (new standards, generated, ~6 clauses), half left in comment, half in the ballot; committee "
          f"tc389 with 30 voting members. Each proposal's setup (propose, accept, send for comments — which renders the "
          f"draft — and for half close comments and finish dispositions): {fig(values['setup-proposal'], ' ms')}.")
    print()
    print("| figure | p50 | p99 | n |")
    print("|---|---|---|---|")
    for label, key in [("GET /api/tasks as member1 (%d open tasks)" % int(values["tasks-count"][0] if values["tasks-count"] else 0), "tasks"),
                       ("POST …/ballot/votes", "vote")]:
        xs = values[key]
        print(f"| {label} | {pct(xs, 50):.1f} ms | {pct(xs, 99):.1f} ms | {len(xs)} |")
    pub = values.get("publication")
    print()
    print(f"Publication of the generated ~100-page standard, from the chair's approval to its PDF answering 200: "
          f"**{fig(pub, ' ms') if pub else 'did not finish in 10 min'}** (target < 15 s). Restart with the samples "
          f"published: {read('start-restart-ms.txt', 'n/a')} ms to health UP.")
    print()
    if pub:
        target("publication of the ~100-page standard, approval to PDF", statistics.median(pub) / 1000, 15, unit=" s")
    busy_home, busy_pdf, idle_home, idle_pdf = wrk("busy-home"), wrk("busy-pdf"), wrk("idle-home"), wrk("idle-pdf")
    if isinstance(busy_home, dict):
        print("Readers while that standard was published (from the approval, 8 s; the catalog page and the PDF at once, "
              "8 connections each, wrk), and the same with nothing published:")
        print()
        print("| URL | requests/s | p50 | p99 |")
        print("|---|---|---|---|")
        print(wrk_row("/ while publishing", "busy-home"))
        print(wrk_row("/ idle", "idle-home"))
        print(wrk_row("PDF while publishing", "busy-pdf"))
        print(wrk_row("PDF idle", "idle-pdf"))
        print()
        target("/ p99 while publishing", med(busy_home, "p99"), 100)
        if isinstance(busy_pdf, dict) and isinstance(idle_pdf, dict):
            target("PDF requests/s while publishing / idle", med(busy_pdf, "rps") / med(idle_pdf, "rps"), 0.5, "above", "")

if TARGETS:
    print("## Targets (issue 21)")
    print()
    print("| target | measured | limit | |")
    print("|---|---|---|---|")
    print("\n".join(TARGETS))
    print()
