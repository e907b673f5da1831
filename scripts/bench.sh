#!/usr/bin/env bash
# `make bench`: times hemimatch against bcftools (and the bgzip decompression floor) on the same
# files in the same run with hyperfine, prints medians and ratios, and keeps the raw hyperfine JSON
# with the machine's description in Benchmarks/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
RECORDS=${BENCH_RECORDS:-1000000}
RUNS=${BENCH_RUNS:-5}
HEMIMATCH=$PWD/.build/release/hemimatch
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "generating a $RECORDS-record tumor/normal VCF with CSQ strings..."
python3 scripts/make_bench_vcf.py "$RECORDS" | bgzip -@2 -c > "$work/wgs.vcf.gz"
bcftools view -Ob -o "$work/wgs.bcf" "$work/wgs.vcf.gz"

args=(--warmup 1 --runs "$RUNS" -N)
cmds=(
  -n "bgzip -dc (floor) wgs.vcf.gz" "bgzip -dc $work/wgs.vcf.gz"
  -n "bcftools view wgs.vcf.gz" "bcftools view -Ou -o /dev/null $work/wgs.vcf.gz"
  -n "hemimatch wgs.vcf.gz" "$HEMIMATCH $work/wgs.vcf.gz -o /dev/null"
  -n "hemimatch --threads 2 wgs.vcf.gz" "$HEMIMATCH --threads 2 $work/wgs.vcf.gz -o /dev/null"
  -n "bcftools view wgs.bcf" "bcftools view -Ou -o /dev/null $work/wgs.bcf"
  -n "hemimatch wgs.bcf" "$HEMIMATCH $work/wgs.bcf -o /dev/null"
)
emn=../shared/testdata/pcgr/EMN-3661-G1_EMN-3661-T2_MuTect_SNVs.vcf.gz
if [[ -f $emn ]]; then
  cmds+=(-n "bcftools view EMN.vcf.gz" "bcftools view -Ou -o /dev/null $emn"
         -n "hemimatch EMN.vcf.gz" "$HEMIMATCH $emn -o /dev/null")
fi

stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
mkdir -p Benchmarks/results
json=Benchmarks/results/$stamp.json
hyperfine "${args[@]}" --export-json "$json" "${cmds[@]}" >/dev/null
python3 - "$json" "$RECORDS" <<'PY' | tee "Benchmarks/results/$stamp.md"
import json, platform, os, sys
data = json.load(open(sys.argv[1]))
median = {r["command"]: r["median"] for r in data["results"]}
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
print(f"# hemimatch benchmark, {sys.argv[2]} synthetic records\n")
print(f"machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}\n")
print("| command | median (s) | ratio to bcftools on the same file |")
print("|---|---:|---:|")
for name, seconds in median.items():
    target = name.split()[-1]
    peer = median.get(f"bcftools view {target}")
    ratio = f"{seconds / peer:.2f}" if peer else "-"
    print(f"| {name} | {seconds:.3f} | {ratio} |")
PY
echo "raw hyperfine JSON: $json"
