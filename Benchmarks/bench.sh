#!/usr/bin/env bash
# `make bench`: generates deterministic inputs (Benchmarks/make_bench_data.py), times hemimatch against
# the tools a user would otherwise run, on the same files, each hemimatch run interleaved with its
# peer's (Benchmarks/bench_run.py), prints medians with their spread, ratios and the targets met or
# not, and keeps every run's times and peak RSS with the machine's description in Benchmarks/results/. Sizes can be lowered for a quick look:
#   BENCH_RECORDS (2,000,000)  BENCH_COHORT_SAMPLES (2,504)  BENCH_COHORT_RECORDS (50,000)
#   BENCH_FILES (5,000)  BENCH_FILE_RECORDS (200)  BENCH_RUNS (3)  BENCH_KEPT_COPIES (5)
# The loops that start one process per small file are timed once (BENCH_LOOP_RUNS, 1): at 5,000
# files each run takes a minute or more. Start-up and the kept records run 30 rounds, the index jumps 10.
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
BENCH_DIR=$PWD/Benchmarks
GENERATE="python3 $BENCH_DIR/make_bench_data.py"
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

# The plan: groups of commands timed interleaved, run by run (Benchmarks/bench_run.py), each
# hemimatch command in the group of the peer its targets compare it with. One line a command:
# group, rounds, warm-up rounds, name, exec (no shell, as `hyperfine -N`) or shell, command.
plan=plan.tsv
: > "$plan"
add() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$6" >> "$plan"; }
q() { printf '%q' "$1"; }
hm=$(q "$HEMIMATCH")
# Start-up and the kept records: a few milliseconds each, 30 rounds.
group="start-up and kept records"
add "$group" 30 3 "bcftools view -h header.vcf"                 exec "bcftools view -h -o /dev/null header.vcf"
add "$group" 30 3 "hemimatch header.vcf"                        exec "$hm header.vcf -o /dev/null"
add "$group" 30 3 "hemimatch kept.vcf.gz ($kept records)"       exec "$hm kept.vcf.gz -o /dev/null"
group="text VCF.gz"
add "$group" "$RUNS" 1 "bgzip -dc wgs.vcf.gz (floor)"           exec "bgzip -dc wgs.vcf.gz"
add "$group" "$RUNS" 1 "bcftools view -Ou wgs.vcf.gz"           exec "bcftools view -Ou -o /dev/null wgs.vcf.gz"
add "$group" "$RUNS" 1 "hemimatch wgs.vcf.gz"                   exec "$hm wgs.vcf.gz -o /dev/null"
add "$group" "$RUNS" 1 "hemimatch --threads 2 wgs.vcf.gz"       exec "$hm --threads 2 wgs.vcf.gz -o /dev/null"
add "$group" "$RUNS" 1 "bcftools +split-vep pipeline wgs.vcf.gz" shell "$split_vep"
group="BCF"
add "$group" "$RUNS" 1 "bgzip -dc wgs.bcf (floor)"              exec "bgzip -dc wgs.bcf"
add "$group" "$RUNS" 1 "bcftools view -Ou wgs.bcf"              exec "bcftools view -Ou -o /dev/null wgs.bcf"
add "$group" "$RUNS" 1 "hemimatch wgs.bcf"                      exec "$hm wgs.bcf -o /dev/null"
add "$group" "$RUNS" 1 "hemimatch --threads 2 wgs.bcf"          exec "$hm --threads 2 wgs.bcf -o /dev/null"
# The index jumps: a tenth of a second each, 10 rounds.
group="index"
add "$group" 10 1 "bcftools view -R panel.bed wgs.vcf.gz"                   exec "bcftools view -R panel.bed -Ou -o /dev/null wgs.vcf.gz"
add "$group" 10 1 "hemimatch --regions-from-index wgs.vcf.gz"               exec "$hm --regions-from-index wgs.vcf.gz -o /dev/null"
add "$group" 10 1 "hemimatch --regions-from-index --no-checksum wgs.vcf.gz" exec "$hm --regions-from-index --no-checksum wgs.vcf.gz -o /dev/null"
add "$group" 10 1 "bcftools view -R panel.bed wgs.bcf"                      exec "bcftools view -R panel.bed -Ou -o /dev/null wgs.bcf"
add "$group" 10 1 "hemimatch --regions-from-index wgs.bcf"                  exec "$hm --regions-from-index wgs.bcf -o /dev/null"
add "$group" 10 1 "hemimatch --regions-from-index --no-checksum wgs.bcf"    exec "$hm --regions-from-index --no-checksum wgs.bcf -o /dev/null"
group="cohort VCF"
add "$group" "$RUNS" 1 "bcftools view -Ou cohort.vcf.gz"        exec "bcftools view -Ou -o /dev/null cohort.vcf.gz"
add "$group" "$RUNS" 1 "hemimatch cohort.vcf.gz"                exec "$hm cohort.vcf.gz -o /dev/null"
add "$group" "$RUNS" 1 "hemimatch --threads 2 cohort.vcf.gz"    exec "$hm --threads 2 cohort.vcf.gz -o /dev/null"
group="$FILES files"
add "$group" "$RUNS" 1 "hemimatch cohort --threads 1 ($FILES files)" exec "$hm cohort --file-list files.txt --threads 1 -o /dev/null"
add "$group" "$RUNS" 1 "hemimatch cohort --threads 2 ($FILES files)" exec "$hm cohort --file-list files.txt --threads 2 -o /dev/null"
# One process per file, two at a time (as `--threads 2`): LOOP_RUNS rounds, no warm-up.
group="$FILES files, one process each"
add "$group" "$LOOP_RUNS" 0 "hemimatch, one process per file, 2 at a time ($FILES files)" shell "xargs -P 2 -I{} $hm {} --quiet -o /dev/null < files.txt"
add "$group" "$LOOP_RUNS" 0 "bcftools view -Ou, one process per file, 2 at a time ($FILES files)" shell "xargs -P 2 -I{} bcftools view -Ou -o /dev/null {} < files.txt"

echo "timing, interleaved run by run ..."
python3 "$BENCH_DIR/bench_run.py" "$plan" runs.json

cd - > /dev/null
stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
mkdir -p Benchmarks/results
python3 Benchmarks/bench_report.py "$work/runs.json" \
  "records=$RECORDS cohort=${COHORT_SAMPLES}x$COHORT_RECORDS files=${FILES}x$FILE_RECORDS kept=$kept runs=$RUNS loop_runs=$LOOP_RUNS" \
  "Benchmarks/results/$stamp.json" "$kept" | tee "Benchmarks/results/$stamp.md"
echo "raw results: Benchmarks/results/$stamp.json"
