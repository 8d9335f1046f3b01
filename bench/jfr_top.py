#!/usr/bin/env python3
"""The hottest frames of a JFR recording's execution samples (jfr print --json --events
jdk.ExecutionSample): by self time (the top frame) and by total time (anywhere on the stack,
counted once per sample), and the project's own methods by total. Markdown on stdout."""
import collections
import json
import sys

events = json.load(open(sys.argv[1]))["recording"]["events"]
self_time = collections.Counter()
total_time = collections.Counter()
ours_total = collections.Counter()
# each sample charged to the project package nearest the top of its stack (else the bottom-most
# library frame's package), to see which part of the pipeline the time is spent for
by_package = collections.Counter()
for event in events:
    frames = event["values"]["stackTrace"]["frames"] if event["values"].get("stackTrace") else []
    names = []
    for frame in frames:
        method = frame["method"]
        names.append(method["type"]["name"].replace("/", ".") + "." + method["name"])
    if not names:
        continue
    self_time[names[0]] += 1
    ours = next((name for name in names if name.startswith("org.disclosure.pipeline.")), None)
    if ours is not None:
        by_package[".".join(ours.split(".")[3:4])] += 1
    else:
        by_package["(outside the project: " + ".".join(names[-1].split(".")[:2]) + ")"] += 1
    for name in set(names):
        total_time[name] += 1
        if name.startswith("org.disclosure."):
            ours_total[name] += 1
n = len(events)

def table(title, counter, limit):
    print(f"\n### {title}\n")
    print("| samples | share | method |")
    print("|---:|---:|---|")
    for name, count in counter.most_common(limit):
        print(f"| {count} | {100 * count / n:.1f}% | `{name}` |")

print(f"# Cold batch profile (JFR, {n} execution samples)")
table("Samples by the project's package nearest the top of the stack", by_package, 20)
table("Top frames by self time", self_time, 25)
table("The project's methods by total time (on the stack)", ours_total, 40)
