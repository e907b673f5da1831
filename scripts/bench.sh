#!/usr/bin/env bash
# `make bench`: generates deterministic inputs (scripts/make_bench_data.py), times hemimatch against
# the tools a user would otherwise run, on the same files in the same hyperfine run, prints medians
# and ratios, and keeps the raw hyperfine JSON with the machine's description and each command's
# peak RSS in Benchmarks/results/. Sizes can be lowered for a quick look:
#   BENCH_RECORDS (2,000,000)  BENCH_COHORT_SAMPLES (2,504)  BENCH_COHORT_RECORDS (50,000)
#   BENCH_FILES (500)  BENCH_FILE_RECORDS (5,000)  BENCH_RUNS (3)
set -euo pipefail
cd "$(dirname "$0")/.."
RECORDS=${BENCH_RECORDS:-2000000}
COHORT_SAMPLES=${BENCH_COHORT_SAMPLES:-2504}
COHORT_RECORDS=${BENCH_COHORT_RECORDS:-50000}
FILES=${BENCH_FILES:-500}
FILE_RECORDS=${BENCH_FILE_RECORDS:-5000}
RUNS=${BENCH_RUNS:-3}
HEMIMATCH=$PWD/.build/release/hemimatch
GENERATE="python3 $PWD/scripts/make_bench_data.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

echo "generating inputs in $work ..."
$GENERATE wgs "$RECORDS" | bgzip -@2 -c > wgs.vcf.gz
tabix -p vcf wgs.vcf.gz
bcftools view --threads 2 -Ob -o wgs.bcf wgs.vcf.gz
bcftools index wgs.bcf
$GENERATE panel > panel.bed
$GENERATE cohort "$COHORT_SAMPLES" "$COHORT_RECORDS" | bgzip -@2 -c > cohort.vcf.gz
$GENERATE files "$FILES" "$FILE_RECORDS" files
printf "%s\n" files/*.vcf | xargs -P 2 -n 1 bgzip  # bgzip compresses one file per call
ls files/*.vcf.gz > files.txt

# The bcftools way to the same answer: PASS records, VEP consequences split, panel genes kept.
genes=$(cut -f4 panel.bed | paste -sd'|')
split_vep="bcftools view -i 'FILTER=\"PASS\"' -Ou wgs.vcf.gz | bcftools +split-vep -s worst -f '%CHROM\t%POS\t%REF\t%ALT\t%SYMBOL\t%Consequence\t%HGVSp\n' -i 'SYMBOL~\"^($genes)\$\"' > /dev/null"

# Profiles must not depend on the thread count: checked on every input before anything is timed.
echo "checking that --threads 1, 2 and 4 give the same bytes ..."
for input in wgs.vcf.gz wgs.bcf cohort.vcf.gz; do
  for t in 1 2 4; do "$HEMIMATCH" "$input" --threads "$t" --format json --quiet -o "$input.$t.json"; done
  cmp -s "$input.1.json" "$input.2.json" && cmp -s "$input.1.json" "$input.4.json" || { echo "$input: output differs by thread count" >&2; exit 1; }
done
for t in 1 2 4; do "$HEMIMATCH" cohort --file-list files.txt --threads "$t" --quiet -o "files.$t.jsonl"; done
cmp -s files.1.jsonl files.2.jsonl && cmp -s files.1.jsonl files.4.jsonl || { echo "500 files: output differs by thread count" >&2; exit 1; }
"$HEMIMATCH" wgs.vcf.gz --regions-from-index --format tsv --quiet -o index.tsv
"$HEMIMATCH" wgs.vcf.gz --format tsv --quiet -o stream.tsv
cmp -s index.tsv stream.tsv || { echo "wgs.vcf.gz: index mode finds something else than streaming" >&2; exit 1; }

names=() commands=()
add() { names+=("$1"); commands+=("$2"); }
add "bgzip -dc wgs.vcf.gz (floor)"                  "bgzip -dc wgs.vcf.gz > /dev/null"
add "bcftools view -Ou wgs.vcf.gz"                  "bcftools view -Ou -o /dev/null wgs.vcf.gz"
add "hemimatch wgs.vcf.gz"                          "$HEMIMATCH wgs.vcf.gz -o /dev/null"
add "hemimatch --threads 2 wgs.vcf.gz"              "$HEMIMATCH --threads 2 wgs.vcf.gz -o /dev/null"
add "bcftools view -Ou wgs.bcf"                     "bcftools view -Ou -o /dev/null wgs.bcf"
add "hemimatch wgs.bcf"                             "$HEMIMATCH wgs.bcf -o /dev/null"
add "hemimatch --threads 2 wgs.bcf"                 "$HEMIMATCH --threads 2 wgs.bcf -o /dev/null"
add "bcftools view -R panel.bed wgs.vcf.gz"         "bcftools view -R panel.bed -Ou -o /dev/null wgs.vcf.gz"
add "hemimatch --regions-from-index wgs.vcf.gz"     "$HEMIMATCH --regions-from-index wgs.vcf.gz -o /dev/null"
add "hemimatch --regions-from-index --no-checksum wgs.vcf.gz" "$HEMIMATCH --regions-from-index --no-checksum wgs.vcf.gz -o /dev/null"
add "bcftools view -R panel.bed wgs.bcf"            "bcftools view -R panel.bed -Ou -o /dev/null wgs.bcf"
add "hemimatch --regions-from-index wgs.bcf"        "$HEMIMATCH --regions-from-index wgs.bcf -o /dev/null"
add "hemimatch --regions-from-index --no-checksum wgs.bcf" "$HEMIMATCH --regions-from-index --no-checksum wgs.bcf -o /dev/null"
add "bcftools +split-vep pipeline wgs.vcf.gz"       "$split_vep"
add "bcftools view -Ou cohort.vcf.gz"               "bcftools view -Ou -o /dev/null cohort.vcf.gz"
add "hemimatch cohort.vcf.gz"                       "$HEMIMATCH cohort.vcf.gz -o /dev/null"
add "hemimatch --threads 2 cohort.vcf.gz"           "$HEMIMATCH --threads 2 cohort.vcf.gz -o /dev/null"
add "hemimatch cohort --threads 1 ($FILES files)"   "$HEMIMATCH cohort --file-list files.txt --threads 1 -o /dev/null"
add "hemimatch cohort --threads 2 ($FILES files)"   "$HEMIMATCH cohort --file-list files.txt --threads 2 -o /dev/null"

echo "peak RSS of each command ..."
: > rss.tsv
for i in "${!names[@]}"; do
  /usr/bin/time -f "%M" -o rss.one bash -c "${commands[$i]}"
  printf '%s\t%s\n' "${names[$i]}" "$(tail -1 rss.one)" >> rss.tsv
done

echo "timing (hyperfine, $RUNS runs each after a warm-up) ..."
args=()
for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
# Through the shell (pipelines and redirections need it); hyperfine subtracts the shell's own start-up.
hyperfine --warmup 1 --runs "$RUNS" --export-json hyperfine.json "${args[@]}" > /dev/null

cd - > /dev/null
stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
mkdir -p Benchmarks/results
python3 scripts/bench_report.py "$work/hyperfine.json" "$work/rss.tsv" \
  "records=$RECORDS cohort=${COHORT_SAMPLES}x$COHORT_RECORDS files=${FILES}x$FILE_RECORDS runs=$RUNS" \
  "Benchmarks/results/$stamp.json" | tee "Benchmarks/results/$stamp.md"
echo "raw results: Benchmarks/results/$stamp.json"
