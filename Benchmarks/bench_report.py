#!/usr/bin/env python3
"""The table `make bench` prints: each command's median with its spread, the ratio behind every target
(taken round by round where both commands ran in the same interleaved group: the median of the
per-round ratios, with their range), peak RSS, and whether each target is met.
Usage: bench_report.py RUNS_JSON DESCRIPTION OUT_JSON KEPT
RUNS_JSON: bench_run.py's output; KEPT: the records of kept.vcf.gz. OUT_JSON gets every run (wall, user
and system time, peak RSS) with the machine's description."""
import json
import os
import platform
import statistics
import subprocess
import sys

runs_path, description, out_path, kept = sys.argv[1:5]
groups = json.load(open(runs_path))["groups"]
runs = {c["name"]: c["runs"] for g in groups for c in g["commands"]}
group_of = {c["name"]: g["name"] for g in groups for c in g["commands"]}
walls = {name: [r["wall"] for r in rs] for name, rs in runs.items()}
median = {name: statistics.median(w) for name, w in walls.items()}
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
memory = next((l.split(":", 1)[1].strip() for l in open("/proc/meminfo") if l.startswith("MemTotal")), "?")
versions = {tool: subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()[0]
            for tool, cmd in {"bcftools": ["bcftools", "--version"], "bgzip": ["bgzip", "--version"],
                              "hemimatch": [".build-static/release/hemimatch", "--version"]}.items()}
load = open("/proc/loadavg").read().split()[:3]
machine = {"cpu": cpu, "cores": os.cpu_count(), "memory": memory, "kernel": f"{platform.system()} {platform.release()}",
           "inputs": description, "versions": versions, "load_average_at_end": load}
json.dump({"machine": machine, "groups": groups}, open(out_path, "w"), indent=1, sort_keys=True)


def pick(prefix):
    return next(n for n in runs if n.startswith(prefix))


def per_round(command, peer, combine):
    """combine(command's run, peer's run) for each round both ran in (same group), else of the medians."""
    if group_of[command] == group_of[peer]:
        values = [combine(a, b) for a, b in zip(walls[command], walls[peer])]
        return statistics.median(values), min(values), max(values)
    value = combine(median[command], median[peer])
    return value, None, None


def spread(low, high, fmt):
    return "–" if low is None else f"{fmt(low)}–{fmt(high)}"


FILES = pick("hemimatch cohort --threads 1")
FILES2 = FILES.replace("--threads 1", "--threads 2")
LOOP = pick("hemimatch, one process per file")
BCFTOOLS_LOOP = pick("bcftools view -Ou, one process per file")
KEPT = pick("hemimatch kept.vcf.gz")
# (command, peer, the target ratio, True when the ratio must stay at or below it / False when at or
# above). Issue 32's table first, then the earlier issues' targets.
TARGETS = [
    ("hemimatch wgs.vcf.gz", "bgzip -dc wgs.vcf.gz (floor)", 1.25, True),
    ("hemimatch --threads 2 wgs.vcf.gz", "bgzip -dc wgs.vcf.gz (floor)", 0.75, True),
    ("hemimatch --threads 2 wgs.bcf", "bcftools view -Ou wgs.bcf", 0.5, True),
    ("hemimatch wgs.bcf", "bcftools view -Ou wgs.bcf", 0.6, True),
    ("hemimatch --regions-from-index wgs.vcf.gz", "bcftools view -R panel.bed wgs.vcf.gz", 1.2, True),
    ("hemimatch --regions-from-index wgs.bcf", "bcftools view -R panel.bed wgs.bcf", 1.2, True),
    ("hemimatch wgs.vcf.gz", "bcftools view -Ou wgs.vcf.gz", 0.5, True),
    ("hemimatch --threads 2 wgs.vcf.gz", "bcftools view -Ou wgs.vcf.gz", 0.5, True),
    ("hemimatch --threads 2 wgs.vcf.gz", "bgzip -dc wgs.vcf.gz (floor)", 1.25, True),
    ("hemimatch --threads 2 wgs.bcf", "bcftools view -Ou wgs.bcf", 0.6, True),
    ("bgzip -dc wgs.bcf (floor)", "bcftools view -Ou wgs.bcf", 0.6, True),
    ("hemimatch --regions-from-index --no-checksum wgs.vcf.gz", "bcftools view -R panel.bed wgs.vcf.gz", 1.2, True),
    ("hemimatch --regions-from-index --no-checksum wgs.bcf", "bcftools view -R panel.bed wgs.bcf", 1.2, True),
    ("hemimatch --regions-from-index wgs.vcf.gz", "hemimatch wgs.vcf.gz", 1 / 20, True),
    ("hemimatch --regions-from-index wgs.bcf", "hemimatch wgs.bcf", 1 / 20, True),
    ("hemimatch wgs.vcf.gz", "bcftools +split-vep pipeline wgs.vcf.gz", 1 / 5, True),
    ("hemimatch cohort.vcf.gz", "bcftools view -Ou cohort.vcf.gz", 1.5, True),
    ("hemimatch --threads 2 cohort.vcf.gz", "bcftools view -Ou cohort.vcf.gz", 1.5, True),
    (FILES, FILES2, 1.7, False),
]

print(f"# hemimatch benchmark\n\ninputs: {description}\n")
print(f"machine: {cpu}, {os.cpu_count()} cores, {memory}, {machine['kernel']}; {versions['bcftools']}; "
      f"load average at the end {' '.join(load)}\n")
print("Each group's commands ran interleaved, one run each per round (the order reversed every other round).\n")
print("| group | command | rounds | median (s) | min–max (s) | CPU user+sys (s) | peak RSS (MB) |\n|---|---|---:|---:|---:|---:|---:|")
for group in groups:
    for command in group["commands"]:
        name, rs = command["name"], command["runs"]
        cpu_time = statistics.median(r["user"] + r["system"] for r in rs)
        peak_rss = max(r["max_rss_kb"] for r in rs) / 1024
        at_most = all(r["rss_at_most"] for r in rs)  # no more than the runner's own (see bench_run.py)
        shown_rss = "–" if name in (LOOP, BCFTOOLS_LOOP) else f"{'≤ ' if at_most else ''}{peak_rss:.0f}"  # xargs: its children's
        print(f"| {group['name']} | {name} | {len(rs)} | {median[name]:.3f} | {min(walls[name]):.3f}–{max(walls[name]):.3f} "
              f"| {cpu_time:.3f} | {shown_rss} |")
print("\n| target | ratio (median of rounds) | range | target | met |\n|---|---:|---:|---:|---|")
for command, peer, target, at_most in TARGETS:
    ratio, low, high = per_round(command, peer, lambda a, b: a / b)
    label = f"speed-up 1 -> 2 threads, {FILES.split('(')[1].rstrip(')')}" if command == FILES else f"{command} / {peer}"
    met = ratio <= target if at_most else ratio >= target
    print(f"| {label} | {ratio:.3f} | {spread(low, high, lambda v: f'{v:.3f}')} | {'<=' if at_most else '>='} {target:.3g} "
          f"| {'yes' if met else 'NO'} |")
startup, low, high = per_round("hemimatch header.vcf", "bcftools view -h header.vcf", lambda a, b: (a - b) * 1000)
print(f"| start-up: hemimatch header.vcf - bcftools view -h header.vcf | {startup:.1f} ms | {spread(low, high, lambda v: f'{v:.1f}')} "
      f"| <= 5 ms | {'yes' if startup <= 5 else 'NO'} |")
per_record, low, high = per_round(KEPT, "hemimatch header.vcf", lambda a, b: (a - b) / int(kept) * 1e6)
print(f"| per kept record: ({KEPT} - hemimatch header.vcf) / {kept} | {per_record:.1f} µs | {spread(low, high, lambda v: f'{v:.1f}')} "
      f"| <= 3 µs | {'yes' if per_record <= 3 else 'NO'} |")
peak = max(r["max_rss_kb"] for name, rs in runs.items() if name.startswith("hemimatch") and name != LOOP for r in rs) / 1024
print(f"| peak RSS of every hemimatch run | {peak:.0f} MB | – | <= 150 MB | {'yes' if peak <= 150 else 'NO'} |")
files = int(description.split("files=")[1].split("x")[0])
print("\nMany small files (no target: where the time goes)\n\n| comparison | ratio | per file (ms) |\n|---|---:|---:|")
for command, peer in [(FILES2, LOOP), (FILES2, BCFTOOLS_LOOP), (LOOP, BCFTOOLS_LOOP)]:
    print(f"| {command} / {peer} | {median[command] / median[peer]:.3f} | {median[command] / files * 2000:.2f} vs {median[peer] / files * 2000:.2f} |")
print("\n(per file: the median times 2 cores over the number of files, the CPU time one file takes)")
