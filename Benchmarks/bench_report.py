#!/usr/bin/env python3
"""The table `make bench` prints: medians, ratios against the peer each issue target names, peak RSS,
and whether each target is met. Usage: bench_report.py HYPERFINE_JSON[,MORE] RSS_TSV DESCRIPTION OUT_JSON KEPT
(KEPT: the records of kept.vcf.gz). OUT_JSON gets the raw hyperfine results (of every JSON named)
with the machine's description and the peak RSS."""
import json
import os
import platform
import subprocess
import sys

hyperfine, rss_path, description, out_path, kept = sys.argv[1:6]
results = [result for path in hyperfine.split(",") for result in json.load(open(path))["results"]]
median = {r["command"]: r["median"] for r in results}
rss = dict(line.rstrip("\n").split("\t") for line in open(rss_path) if line.strip())
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
memory = next((l.split(":", 1)[1].strip() for l in open("/proc/meminfo") if l.startswith("MemTotal")), "?")
versions = {tool: subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()[0]
            for tool, cmd in {"bcftools": ["bcftools", "--version"], "hyperfine": ["hyperfine", "--version"],
                              "hemimatch": [".build-static/release/hemimatch", "--version"]}.items()}
machine = {"cpu": cpu, "cores": os.cpu_count(), "memory": memory, "kernel": f"{platform.system()} {platform.release()}",
           "inputs": description, "versions": versions}
json.dump({"machine": machine, "peak_rss_kb": {k: int(v) for k, v in rss.items()}, "hyperfine": results},
          open(out_path, "w"), indent=1, sort_keys=True)

FILES = next(n for n in median if n.startswith("hemimatch cohort --threads 1"))
FILES2 = FILES.replace("--threads 1", "--threads 2")
LOOP = next(n for n in median if n.startswith("hemimatch, one process per file"))
BCFTOOLS_LOOP = next(n for n in median if n.startswith("bcftools view -Ou, one process per file"))
KEPT = next(n for n in median if n.startswith("hemimatch kept.vcf.gz"))
# (command, peer, the target ratio, True when the ratio must stay at or below it / False when at or above)
TARGETS = [
    ("hemimatch wgs.vcf.gz", "bcftools view -Ou wgs.vcf.gz", 0.5, True),
    ("hemimatch --threads 2 wgs.vcf.gz", "bcftools view -Ou wgs.vcf.gz", 0.5, True),
    ("hemimatch wgs.vcf.gz", "bgzip -dc wgs.vcf.gz (floor)", 1.25, True),
    ("hemimatch --threads 2 wgs.vcf.gz", "bgzip -dc wgs.vcf.gz (floor)", 1.25, True),
    ("hemimatch wgs.bcf", "bcftools view -Ou wgs.bcf", 0.6, True),
    ("hemimatch --threads 2 wgs.bcf", "bcftools view -Ou wgs.bcf", 0.6, True),
    ("bgzip -dc wgs.bcf (floor)", "bcftools view -Ou wgs.bcf", 0.6, True),
    ("hemimatch --regions-from-index wgs.vcf.gz", "bcftools view -R panel.bed wgs.vcf.gz", 1.2, True),
    ("hemimatch --regions-from-index wgs.bcf", "bcftools view -R panel.bed wgs.bcf", 1.2, True),
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
print(f"machine: {cpu}, {os.cpu_count()} cores, {memory}, {machine['kernel']}; {versions['bcftools']}, {versions['hyperfine']}\n")
print("| command | median (s) | peak RSS (MB) |\n|---|---:|---:|")
for result in results:
    name = result["command"]
    peak_rss = f"{int(rss[name]) / 1024:.0f}" if name in rss else "–"  # the per-file loops are not measured
    print(f"| {name} | {result['median']:.3f} | {peak_rss} |")
print("\n| target | ratio | target | met |\n|---|---:|---:|---|")
for command, peer, target, at_most in TARGETS:
    if command == FILES:  # speed-up: time with 1 thread over time with 2
        ratio, label = median[command] / median[peer], f"speed-up 1 -> 2 threads, {FILES.split('(')[1].rstrip(')')}"
    else:
        ratio, label = median[command] / median[peer], f"{command} / {peer}"
    met = ratio <= target if at_most else ratio >= target
    print(f"| {label} | {ratio:.3f} | {'<=' if at_most else '>='} {target:.3g} | {'yes' if met else 'NO'} |")
startup = (median["hemimatch header.vcf"] - median["bcftools view -h header.vcf"]) * 1000
print(f"| start-up: hemimatch header.vcf - bcftools view -h header.vcf | {startup:.1f} ms | <= 5 ms | {'yes' if startup <= 5 else 'NO'} |")
per_record = (median[KEPT] - median["hemimatch header.vcf"]) / int(kept) * 1e6
print(f"| per kept record: ({KEPT} - hemimatch header.vcf) / {kept} | {per_record:.1f} µs | <= 3 µs | {'yes' if per_record <= 3 else 'NO'} |")
peak = max(int(v) for k, v in rss.items() if k.startswith("hemimatch")) / 1024
print(f"| peak RSS of every hemimatch run | {peak:.0f} MB | <= 150 MB | {'yes' if peak <= 150 else 'NO'} |")
files = int(description.split("files=")[1].split("x")[0])
print("\nMany small files (no target: where the time goes)\n\n| comparison | ratio | per file (ms) |\n|---|---:|---:|")
for command, peer in [(FILES2, LOOP), (FILES2, BCFTOOLS_LOOP), (LOOP, BCFTOOLS_LOOP)]:
    print(f"| {command} / {peer} | {median[command] / median[peer]:.3f} | {median[command] / files * 2000:.2f} vs {median[peer] / files * 2000:.2f} |")
print("\n(per file: the median times 2 cores over the number of files, the CPU time one file takes)")
