#!/usr/bin/env python3
"""Summarises bench/cold's runs: medians, ratios to tabula and pdftotext, pages/s, memory, and the
pipeline's own time per stage (from the stages-*.json its --once runs wrote). Markdown on stdout."""
import glob
import json
import os
import platform
import statistics
import subprocess
import sys

runs_file, cold, ndocs, npages = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rows = []
with open(runs_file) as f:
    header = f.readline().rstrip("\n").split("\t")
    for line in f:
        rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))

def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    mem = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    return f"{os.cpu_count()} cores ({cpu}), {mem / 1024 / 1024:.1f} GiB RAM, {java}, {platform.system()} {platform.release()}"

systems = []
for r in rows:
    if r["system"] not in systems and r["pair"] != "0":
        systems.append(r["system"])
med = {}
for s in systems:
    rs = [r for r in rows if r["system"] == s and r["pair"] != "0"]
    med[s] = dict(wall=statistics.median(float(r["wall_s"]) for r in rs),
                  cpu=statistics.median(float(r["user_s"]) + float(r["sys_s"]) for r in rs),
                  rss=max(int(r["max_rss_kb"]) for r in rs) / 1024, n=len(rs),
                  walls=[float(r["wall_s"]) for r in rs])

names = {"ours": "disclosure-pipeline --once (default: worker isolation)",
         "ours-noiso": "disclosure-pipeline --once (isolation none)",
         "tabula": "tabula-java 1.0.5 -l batch (tables only)",
         "pdftotext": "pdftotext -layout (text only)",
         "before-noiso": "the --before build, --once (isolation none)"}
print("# Cold batch benchmark\n")
print(f"{ndocs} generated disclosures, {npages} pages; each system a separate process, timed from start to exit "
      f"by GNU time, the systems run in turn, {max((m['n'] for m in med.values()), default=0)} rounds; medians.\n")
print(f"Machine: {machine()}.\n")
print("| system | wall s (median) | CPU s (user+sys) | pages/s | peak RSS MB (largest process) | wall ÷ tabula | wall ÷ pdftotext | walls |")
print("|---|---:|---:|---:|---:|---:|---:|---|")
for s in systems:
    m = med[s]
    t = med.get("tabula", {}).get("wall")
    p = med.get("pdftotext", {}).get("wall")
    print(f"| {names.get(s, s)} | {m['wall']:.1f} | {m['cpu']:.1f} | {npages / m['wall']:.1f} | {m['rss']:.0f} | "
          f"{m['wall'] / t:.2f}× | " if t else f"| {names.get(s, s)} | {m['wall']:.1f} | {m['cpu']:.1f} | {npages / m['wall']:.1f} | {m['rss']:.0f} | n/a | ",
          end="")
    print(f"{m['wall'] / p:.2f}× | " if p else "n/a | ", end="")
    print(" ".join(f"{w:.1f}" for w in m["walls"]) + " |")

print("\nEvery run, with the load average (1, 5, 15 min) just before it:\n")
print("| system | round | wall s | CPU s | peak RSS MB | load before | outcome |")
print("|---|---:|---:|---:|---:|---|---|")
for r in rows:
    print(f"| {r['system']} | {r['pair']} | {float(r['wall_s']):.1f} | {float(r['user_s']) + float(r['sys_s']):.1f} | "
          f"{int(r['max_rss_kb']) / 1024:.0f} | {r['load_before']} | {r.get('note', '')} |")

for system in ("ours", "ours-noiso"):
    files = sorted(f for f in glob.glob(os.path.join(cold, f"stages-{system}-*.json"))
                   if os.path.basename(f)[len(f"stages-{system}-"):-len(".json")].isdigit())
    if not files:
        continue
    totals = {}
    counts = {}
    for file in files:
        for t in json.load(open(file)):
            totals[t["stage"]] = totals.get(t["stage"], 0) + t["seconds"] / len(files)
            counts[t["stage"]] = t["count"]
    whole = sum(totals.values())
    print(f"\n## Time per stage: {names[system]}\n")
    print(f"From the pipeline's own timers (Micrometer `pipeline.stage`), mean of {len(files)} runs, summed over the "
          "batch's documents: time in each stage, not wall time (stages of different documents overlap on "
          "several threads, and extraction's stages run in worker processes when isolation is on).\n")
    print("| stage | seconds | share | runs |")
    print("|---|---:|---:|---:|")
    for stage, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"| {stage} | {seconds:.2f} | {100 * seconds / whole:.0f}% | {counts[stage]} |")
    print(f"| **all stages** | {whole:.2f} | 100% | |")
