#!/usr/bin/env python3
"""Writes a deterministic, whole-genome-like tumor/normal VCF (GRCh38) with VEP-style CSQ strings
to standard output, for `make bench`. Usage: make_bench_vcf.py RECORDS [SEED] > bench.vcf

Positions are spread over chr1-chr22 and chrX in proportion to their lengths; a small share falls
in panel genes (read from Reference/genes.tsv) so that the matcher has real work to do."""
import random
import sys
from pathlib import Path

LENGTHS = {}
for line in (Path(__file__).resolve().parent.parent / "Reference/genome_builds.tsv").read_text().splitlines()[1:]:
    build, contig, length, _ = line.split("\t")
    if build == "GRCh38" and contig not in ("Y", "MT"):
        LENGTHS[contig] = int(length)
GENES = []
for line in (Path(__file__).resolve().parent.parent / "Reference/genes.tsv").read_text().splitlines()[1:]:
    f = line.split("\t")
    GENES.append((f[0], f[7], int(f[8]), int(f[9])))
ORDER = [str(i) for i in range(1, 23)] + ["X"]
CSQ_FORMAT = "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|CANONICAL|MANE_SELECT"


def main():
    records = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
    total = sum(LENGTHS.values())
    out = sys.stdout
    out.write("##fileformat=VCFv4.2\n##source=hemimatch make_bench_vcf.py (synthetic)\n##normal_sample=NORMAL\n")
    for contig in ORDER:
        out.write(f"##contig=<ID=chr{contig},length={LENGTHS[contig]}>\n")
    out.write('##FILTER=<ID=PASS,Description="All filters passed">\n##FILTER=<ID=LowQual,Description="Low quality">\n')
    out.write(f'##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: {CSQ_FORMAT}">\n')
    out.write('##INFO=<ID=DP,Number=1,Type=Integer,Description="Depth">\n')
    out.write('##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">\n')
    out.write('##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">\n')
    out.write('##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Depth">\n')
    out.write("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\tNORMAL\n")
    for contig in ORDER:
        count = round(records * LENGTHS[contig] / total)
        positions = [rng.randrange(1, LENGTHS[contig]) for _ in range(count)]
        in_panel = [g for g in GENES if g[1] == contig]
        for gene in in_panel:  # about 1 in 2,000 records inside a panel gene
            positions += [rng.randrange(gene[2], gene[3] + 1) for _ in range(max(1, count // 2000 // max(1, len(in_panel))))]
        for pos in sorted(positions):
            ref, alt = rng.sample("ACGT", 2)
            symbol = next((g[0] for g in in_panel if g[2] <= pos <= g[3]), f"GENE{pos % 9973}")
            consequences = []
            for t in range(3):
                consequences.append("|".join([alt, "intron_variant", "MODIFIER", symbol, f"ENSG{pos % 99991:011d}", "Transcript",
                                              f"ENST{(pos + t) % 999983:011d}.1", "protein_coding", "", f"{t + 2}/9",
                                              f"ENST{(pos + t) % 999983:011d}.1:c.{pos % 3000}+{t + 17}{ref}>{alt}", "",
                                              "YES" if t == 0 else "", ""]))
            t_ref, t_alt = rng.randrange(10, 80), rng.randrange(0, 40)
            filt = "PASS" if rng.random() < 0.8 else "LowQual"
            out.write(f"chr{contig}\t{pos}\t.\t{ref}\t{alt}\t{rng.randrange(20, 99)}\t{filt}\tDP={t_ref + t_alt};CSQ={','.join(consequences)}"
                      f"\tGT:AD:DP\t0/1:{t_ref},{t_alt}:{t_ref + t_alt}\t0/0:{t_ref},0:{t_ref}\n")


if __name__ == "__main__":
    main()
