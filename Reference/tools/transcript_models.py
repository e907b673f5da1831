"""The MANE Select models of Reference/transcripts.tsv as coding positions: shared by the allele scripts.

Run the scripts from the repository root."""
import csv, sys
rows = list(csv.DictReader(open('Reference/transcripts.tsv'), delimiter='\t'))
M = {(r['gene'], r['build']): r for r in rows}
def exons(r):
    s = [int(x) for x in r['exon_starts'].split(',') if x]; e = [int(x) for x in r['exon_ends'].split(',') if x]
    return list(zip(s, e))  # 1-based inclusive, as Reference/transcripts.tsv holds them
def coding_map(gene, build):
    r = M[(gene, build)]; cs, ce = int(r['cds_start']), int(r['cds_end'])
    ex = exons(r); strand = r['strand']
    bases = []  # genomic 1-based positions in transcript order with exon number
    n = len(ex)
    order = range(n) if strand == '+' else range(n-1, -1, -1)
    for k, i in enumerate(order):
        s, e = ex[i]
        rng = range(max(s, cs), min(e, ce)+1)
        pos = list(rng) if strand == '+' else list(reversed(rng))
        bases += [(p, k+1) for p in pos]
    return r, bases
def genomic(gene, build, c):
    r, b = coding_map(gene, build); return r['chrom'], b[c-1][0], r['strand']
def exon_codons(gene, build):
    r, b = coding_map(gene, build); out = {}
    for i, (p, ex) in enumerate(b):
        cod = i//3 + 1
        out.setdefault(ex, [cod, cod]); out[ex][1] = cod
    return out, len(b)
comp = {'A':'T','C':'G','G':'C','T':'A'}
