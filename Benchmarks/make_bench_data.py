#!/usr/bin/env python3
"""Deterministic, synthetic GRCh38 inputs for `make bench`, written as plain VCF text (bgzip them).

  make_bench_data.py wgs RECORDS                  one tumor/normal pair, VEP CSQ strings  > wgs.vcf
  make_bench_data.py cohort SAMPLES RECORDS       a population-style GT-only cohort       > cohort.vcf
  make_bench_data.py files COUNT RECORDS DIR      COUNT single-sample files DIR/sNNN.vcf
  make_bench_data.py panel                        the panel genes' spans as BED            > panel.bed

Positions are spread over chr1-chr22 and chrX in proportion to their lengths. About one record in
2,000 falls in a panel gene (Reference/genes.tsv), and a few are known hotspot alleles
(Reference/hotspot_alleles.tsv) annotated as missense, so that matching has real work and real hits.
The same arguments always give the same bytes."""
import random
import sys
from pathlib import Path

REFERENCE = Path(__file__).resolve().parent.parent / "Reference"
ORDER = [str(i) for i in range(1, 23)] + ["X"]
CSQ_FORMAT = "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|CANONICAL|MANE_SELECT"
THREE_LETTER = dict(A="Ala", R="Arg", N="Asn", D="Asp", C="Cys", Q="Gln", E="Glu", G="Gly", H="His", I="Ile", L="Leu",
                    K="Lys", M="Met", F="Phe", P="Pro", S="Ser", T="Thr", W="Trp", Y="Tyr", V="Val")


def rows(name):
    lines = (REFERENCE / name).read_text().splitlines()
    keys = lines[0].split("\t")
    return [dict(zip(keys, line.split("\t"))) for line in lines[1:] if line]


LENGTHS = {r["contig"]: int(r["length"]) for r in rows("genome_builds.tsv") if r["build"] == "GRCh38" and r["contig"] in ORDER}
GENES = [(g["gene"], g["grch38_chrom"], int(g["grch38_start"]), int(g["grch38_end"]), g["mane_ensembl"]) for g in rows("genes.tsv")]
# Hotspots with a one-letter missense change (p.G12D), the ones a missense CSQ line can spell.
HOTSPOTS = [h for h in rows("hotspot_alleles.tsv")
            if len(h["ref"]) == 1 and len(h["alt"]) == 1 and h["protein"][2] in THREE_LETTER and h["protein"][-1] in THREE_LETTER]


def header(samples, csq=True, normal=None):
    out = ["##fileformat=VCFv4.2", "##source=hemimatch make_bench_data.py (synthetic)"]
    if normal:
        out.append(f"##normal_sample={normal}")
    out += [f"##contig=<ID=chr{c},length={LENGTHS[c]}>" for c in ORDER]
    out += ['##FILTER=<ID=PASS,Description="All filters passed">', '##FILTER=<ID=LowQual,Description="Low quality">']
    if csq:
        out.append(f'##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: {CSQ_FORMAT}">')
    out.append('##INFO=<ID=DP,Number=1,Type=Integer,Description="Depth">')
    out.append('##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">')
    if csq:
        out.append('##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">')
        out.append('##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Depth">')
    out.append("\t".join(["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"] + (["FORMAT"] + samples if samples else [])))
    return "\n".join(out) + "\n"


def sites(records, rng, hotspots):
    """(contig, pos, ref, alt, gene, hotspot-or-None) sorted by contig and position."""
    total = sum(LENGTHS.values())
    chosen = {id(h) for h in rng.sample(HOTSPOTS, min(hotspots, len(HOTSPOTS)))}
    for contig in ORDER:
        count = round(records * LENGTHS[contig] / total)
        in_panel = [g for g in GENES if g[1] == contig]
        found = [(rng.randrange(1, LENGTHS[contig]), None) for _ in range(count)]
        for gene in in_panel:
            found += [(rng.randrange(gene[2], gene[3] + 1), None) for _ in range(max(1, count // 2000 // max(1, len(in_panel))))]
        found += [(int(h["grch38_pos"]), h) for h in HOTSPOTS if id(h) in chosen and h["grch38_chrom"] == contig]
        for pos, hotspot in sorted(found, key=lambda item: item[0]):
            gene = next((g for g in in_panel if g[2] <= pos <= g[3]), None)
            if hotspot:
                yield contig, pos, hotspot["ref"], hotspot["alt"], gene, hotspot
            else:
                ref, alt = rng.sample("ACGT", 2)
                yield contig, pos, ref, alt, gene, None


def csq(pos, ref, alt, gene, hotspot):
    if hotspot:
        protein = hotspot["protein"]
        hgvsp = f"p.{THREE_LETTER[protein[2]]}{protein[3:-1]}{THREE_LETTER[protein[-1]]}"
        return "|".join([alt, "missense_variant", "MODERATE", gene[0], "ENSG00000000000", "Transcript", gene[4], "protein_coding",
                         "2/5", "", f"{gene[4]}:{hotspot['hgvsc'].split(':')[1]}", f"ENSP00000000000.1:{hgvsp}", "YES", gene[4]])
    symbol = gene[0] if gene else f"GENE{pos % 9973}"
    entries = []
    for t in range(3):
        feature = f"ENST{(pos + t) % 999983:011d}.1"
        entries.append("|".join([alt, "intron_variant", "MODIFIER", symbol, f"ENSG{pos % 99991:011d}", "Transcript", feature,
                                 "protein_coding", "", f"{t + 2}/9", f"{feature}:c.{pos % 3000}+{t + 17}{ref}>{alt}", "",
                                 "YES" if t == 0 else "", ""]))
    return ",".join(entries)


def wgs(records, out, seed=7):
    rng = random.Random(seed)
    out.write(header(["TUMOR", "NORMAL"], normal="NORMAL"))
    for contig, pos, ref, alt, gene, hotspot in sites(records, rng, hotspots=6):
        t_ref, t_alt = rng.randrange(10, 80), rng.randrange(5, 40)
        filt = "PASS" if hotspot or rng.random() < 0.8 else "LowQual"
        out.write(f"chr{contig}\t{pos}\t.\t{ref}\t{alt}\t{rng.randrange(20, 99)}\t{filt}\tDP={t_ref + t_alt};CSQ={csq(pos, ref, alt, gene, hotspot)}"
                  f"\tGT:AD:DP\t0/1:{t_ref},{t_alt}:{t_ref + t_alt}\t0/0:{t_ref},0:{t_ref}\n")


def cohort(samples, records, out, seed=11):
    """GT-only genotypes, as a population panel has them: rows drawn from a pool of precomputed
    genotype columns (drawing 125 million genotypes one by one would take minutes)."""
    rng = random.Random(seed)
    names = [f"S{i:05d}" for i in range(samples)]
    out.write(header(names, csq=True))
    pool = ["\t".join(rng.choices(["0|0", "0|1", "1|0", "1|1"], weights=[90, 4, 4, 2], k=samples)) for _ in range(97)]
    for contig, pos, ref, alt, gene, hotspot in sites(records, rng, hotspots=12):
        if hotspot:  # a handful of carriers, as a somatic hotspot would have
            carriers = set(rng.sample(range(samples), 5))
            genotypes = "\t".join("0|1" if i in carriers else "0|0" for i in range(samples))
        else:
            genotypes = pool[rng.randrange(len(pool))]
        out.write(f"chr{contig}\t{pos}\t.\t{ref}\t{alt}\t50\tPASS\tDP=30;CSQ={csq(pos, ref, alt, gene, hotspot)}\tGT\t{genotypes}\n")


def files(count, records, folder):
    Path(folder).mkdir(parents=True, exist_ok=True)
    for index in range(count):
        with open(Path(folder) / f"s{index:03d}.vcf", "w") as out:
            wgs(records, out, seed=1000 + index)


def panel(out):
    for gene, contig, start, end, _ in sorted(GENES, key=lambda g: (ORDER.index(g[1]) if g[1] in ORDER else 99, g[2])):
        out.write(f"chr{contig}\t{start - 1}\t{end}\t{gene}\n")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "wgs":
        wgs(int(args[0]), sys.stdout)
    elif command == "cohort":
        cohort(int(args[0]), int(args[1]), sys.stdout)
    elif command == "files":
        files(int(args[0]), int(args[1]), args[2])
    elif command == "panel":
        panel(sys.stdout)
    else:
        sys.exit(f"unknown command {command}: use wgs, cohort, files or panel")
