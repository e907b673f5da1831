#!/usr/bin/env bash
# `make bench`: generates deterministic inputs (Benchmarks/make_bench_data.py), times hemimatch against
# the tools a user would otherwise run, on the same files in the same hyperfine run, prints medians
# and ratios, and keeps the raw hyperfine JSON with the machine's description and each command's
# peak RSS in Benchmarks/results/. Sizes can be lowered for a quick look:
#   BENCH_RECORDS (2,000,000)  BENCH_COHORT_SAMPLES (2,504)  BENCH_COHORT_RECORDS (50,000)
#   BENCH_FILES (5,000)  BENCH_FILE_RECORDS (200)  BENCH_RUNS (3)  BENCH_KEPT_COPIES (5)
# The loops that start one process per small file are timed once (BENCH_LOOP_RUNS, 1): at 5,000
# files each run takes a minute or more.
set -euo pipefail
cd "$(dirname "$0")/.."
RECORDS=${BENCH_RECORDS:-2000000}
COHORT_SAMPLES=${BENCH_COHORT_SAMPLES:-2504}
COHORT_RECORDS=${BENCH_COHORT_RECORDS:-50000}
FILES=${BENCH_FILES:-5000}
FILE_RECORDS=${BENCH_FILE_RECORDS:-200}
RUNS=${BENCH_RUNS:-3}
LOOP_RUNS=${BENCH_LOOP_RUNS:-1}
KEPT_COPIES=${BENCH_KEPT_COPIES:-5}
HEMIMATCH=$PWD/.build-static/release/hemimatch  # `make static`: what `make install` installs
GENERATE="python3 $PWD/Benchmarks/make_bench_data.py"
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
# Start-up: the header alone. Per kept record: the panel's records only, each written KEPT_COPIES
# times (so that their matching, not start-up, is what the difference from the header alone measures).
bcftools view -h wgs.vcf.gz > header.vcf
{ cat header.vcf; bcftools view -H -R panel.bed wgs.vcf.gz | awk -v n="$KEPT_COPIES" '{ for (i = 0; i < n; i++) print }'; } \
  | bgzip -c > kept.vcf.gz
kept=$(bcftools view -H kept.vcf.gz | wc -l)

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
cmp -s files.1.jsonl files.2.jsonl && cmp -s files.1.jsonl files.4.jsonl || { echo "$FILES files: output differs by thread count" >&2; exit 1; }
for input in wgs.vcf.gz wgs.bcf; do
  "$HEMIMATCH" "$input" --regions-from-index --format tsv --quiet -o "$input.index.tsv"
  "$HEMIMATCH" "$input" --format tsv --quiet -o "$input.stream.tsv"
  cmp -s "$input.index.tsv" "$input.stream.tsv" || { echo "$input: index mode finds something else than streaming" >&2; exit 1; }
done

names=() commands=()
add() { names+=("$1"); commands+=("$2"); }
# Start-up and the kept records: a few milliseconds each, timed without a shell (-N) and 30 times.
quick_names=("bcftools view -h header.vcf" "hemimatch header.vcf" "hemimatch kept.vcf.gz ($kept records)")
quick_commands=("bcftools view -h -o /dev/null header.vcf" "$HEMIMATCH header.vcf -o /dev/null" "$HEMIMATCH kept.vcf.gz -o /dev/null")
for i in "${!quick_names[@]}"; do add "${quick_names[$i]}" "${quick_commands[$i]}"; done
add "bgzip -dc wgs.vcf.gz (floor)"                  "bgzip -dc wgs.vcf.gz > /dev/null"
add "bcftools view -Ou wgs.vcf.gz"                  "bcftools view -Ou -o /dev/null wgs.vcf.gz"
add "hemimatch wgs.vcf.gz"                          "$HEMIMATCH wgs.vcf.gz -o /dev/null"
add "hemimatch --threads 2 wgs.vcf.gz"              "$HEMIMATCH --threads 2 wgs.vcf.gz -o /dev/null"
add "bgzip -dc wgs.bcf (floor)"                     "bgzip -dc wgs.bcf > /dev/null"
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
# One process per file, two at a time (as `--threads 2`): timed on their own, LOOP_RUNS times.
loop_names=("hemimatch, one process per file, 2 at a time ($FILES files)" "bcftools view -Ou, one process per file, 2 at a time ($FILES files)")
loop_commands=("xargs -P 2 -I{} $HEMIMATCH {} --quiet -o /dev/null < files.txt" "xargs -P 2 -I{} bcftools view -Ou -o /dev/null {} < files.txt")

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
quick=$((3 * ${#quick_names[@]}))  # -n, name, command per entry
hyperfine --warmup 1 --runs "$RUNS" --export-json hyperfine.json "${args[@]:$quick}" > /dev/null
hyperfine -N --warmup 3 --runs 30 --export-json hyperfine-quick.json "${args[@]:0:$quick}" > /dev/null
args=()
for i in "${!loop_names[@]}"; do args+=(-n "${loop_names[$i]}" "${loop_commands[$i]}"); done
hyperfine --runs "$LOOP_RUNS" --export-json hyperfine-loops.json "${args[@]}" > /dev/null

cd - > /dev/null
stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
mkdir -p Benchmarks/results
python3 Benchmarks/bench_report.py "$work/hyperfine-quick.json,$work/hyperfine.json,$work/hyperfine-loops.json" "$work/rss.tsv" \
  "records=$RECORDS cohort=${COHORT_SAMPLES}x$COHORT_RECORDS files=${FILES}x$FILE_RECORDS kept=$kept runs=$RUNS loop_runs=$LOOP_RUNS" \
  "Benchmarks/results/$stamp.json" "$kept" | tee "Benchmarks/results/$stamp.md"
echo "raw results: Benchmarks/results/$stamp.json"
