#!/usr/bin/env python3
"""Writes TestData/structural.grch37.vcf and TestData/structural.grch38.vcf: synthetic rearrangements
and copy-number changes placed on the committed MANE transcript models (Reference/transcripts.tsv),
one file per build, for the structural-variant tests. Run from anywhere: TestData/make_sv_testdata.py

Events (5'::3'): EBF1::PDGFRB, NUP214::ABL1 and PAX5::JAK2 as BND pairs; P2RY8::CRLF2 both as a BND
pair and as the PAR1 <DEL>; ETV6::ABL1 as a DELLY-style single-record translocation (CHR2/END/CT);
an NF1 <DEL>; an ABL1 <CNV> with CN=8 (amplification)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def table(name):
    lines = (ROOT / "Reference" / name).read_text().splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:] if line]


def models(build):
    result = {}
    for row in table("transcripts.tsv"):
        if row["build"] == build:
            starts = [int(x) for x in row["exon_starts"].split(",")]
            ends = [int(x) for x in row["exon_ends"].split(",")]
            result[row["gene"]] = (row["chrom"], row["strand"], list(zip(starts, ends)))
    return result


def intron(model, number):
    """Middle of intron `number` (1-based, in transcript order)."""
    _, strand, exons = model
    ordered = exons if strand == "+" else exons[::-1]
    a, b = ordered[number - 1], ordered[number]
    low, high = (a[1], b[0]) if strand == "+" else (b[1], a[0])
    return (low + high) // 2


def kept_five(strand):   # the 5' part of a gene lies left of its breakpoint on the + strand
    return "left" if strand == "+" else "right"


def kept_three(strand):
    return "right" if strand == "+" else "left"


def alt(kept, mate_kept, mate):
    if kept == "left":
        return f"N[{mate}[" if mate_kept == "right" else f"N]{mate}]"
    return f"[{mate}[N" if mate_kept == "right" else f"]{mate}]N"


def bnd_pair(event, five, five_pos, three, three_pos, prefix):
    (c5, s5, _), (c3, s3, _) = five, three
    k5, k3 = kept_five(s5), kept_three(s3)
    return [
        (c5, five_pos, f"{event}_1", alt(k5, k3, f"{prefix}{c3}:{three_pos}"), f"SVTYPE=BND;MATEID={event}_2;EVENT={event}"),
        (c3, three_pos, f"{event}_2", alt(k3, k5, f"{prefix}{c5}:{five_pos}"), f"SVTYPE=BND;MATEID={event}_1;EVENT={event}"),
    ]


def records(build, prefix):
    m = models(build)
    rows = []
    rows += bnd_pair("EBF1_PDGFRB", m["EBF1"], intron(m["EBF1"], 10), m["PDGFRB"], intron(m["PDGFRB"], 9), prefix)
    rows += bnd_pair("NUP214_ABL1", m["NUP214"], intron(m["NUP214"], 32), m["ABL1"], intron(m["ABL1"], 1), prefix)
    rows += bnd_pair("PAX5_JAK2", m["PAX5"], intron(m["PAX5"], 5), m["JAK2"], intron(m["JAK2"], 18), prefix)
    p2ry8, crlf2 = intron(m["P2RY8"], 1), max(end for _, end in m["CRLF2"][2]) + 5000   # upstream of CRLF2 (- strand)
    rows += bnd_pair("P2RY8_CRLF2", m["P2RY8"], p2ry8, m["CRLF2"], crlf2, prefix)
    rows.append(("X", crlf2, "P2RY8_CRLF2_DEL", "<DEL>", f"SVTYPE=DEL;END={p2ry8};SVLEN=-{p2ry8 - crlf2}"))
    abl1, etv6 = intron(m["ABL1"], 1), intron(m["ETV6"], 5)
    rows.append(("9", abl1, "ETV6_ABL1_TRA", "<TRA>", f"SVTYPE=TRA;CHR2={prefix}12;END={etv6};CT=5to3"))
    nf1 = m["NF1"][2]
    rows.append(("17", nf1[9][0] - 500, "NF1_DEL", "<DEL>", f"SVTYPE=DEL;END={nf1[20][1] + 500}"))
    abl1_exons = m["ABL1"][2]
    rows.append(("9", abl1_exons[0][0] - 2000, "ABL1_AMP", "<CNV>", f"SVTYPE=CNV;END={abl1_exons[-1][1] + 2000};CN=8"))
    return rows


def write(build, prefix):
    lengths = {r["contig"]: r["length"] for r in table("genome_builds.tsv") if r["build"] == build}
    order = [str(i) for i in range(1, 23)] + ["X", "Y"]
    rows = sorted(records(build, prefix), key=lambda r: (order.index(r[0]), r[1]))
    text = ["##fileformat=VCFv4.2", f"##source=hemimatch scripts/make_sv_testdata.py (synthetic, {build})"]
    text += [f"##contig=<ID={prefix}{c},length={lengths[c]}>" for c in order]
    text += [
        '##ALT=<ID=DEL,Description="Deletion">', '##ALT=<ID=CNV,Description="Copy number variable region">',
        '##ALT=<ID=TRA,Description="Translocation">',
        '##INFO=<ID=SVTYPE,Number=1,Type=String,Description="Type of structural variant">',
        '##INFO=<ID=MATEID,Number=.,Type=String,Description="ID of mate breakend">',
        '##INFO=<ID=EVENT,Number=1,Type=String,Description="ID of event associated to breakend">',
        '##INFO=<ID=END,Number=1,Type=Integer,Description="End position">',
        '##INFO=<ID=SVLEN,Number=.,Type=Integer,Description="Length">',
        '##INFO=<ID=CHR2,Number=1,Type=String,Description="Chromosome of the second breakpoint">',
        '##INFO=<ID=CT,Number=1,Type=String,Description="Paired-end connection type (DELLY)">',
        '##INFO=<ID=CN,Number=1,Type=Integer,Description="Copy number">',
        '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">',
        "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR",
    ]
    text += [f"{prefix}{c}\t{p}\t{i}\tN\t{a}\t.\tPASS\t{info}\tGT\t0/1" for c, p, i, a, info in rows]
    (ROOT / "TestData" / f"structural.{build.lower()}.vcf").write_text("\n".join(text) + "\n")


write("GRCh37", "")
write("GRCh38", "chr")
