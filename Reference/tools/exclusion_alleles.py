#!/usr/bin/env python3
"""Appends the exclusion and resistance alleles of KB 0.3.0 to Reference/hotspot_alleles.tsv.

Positions come from the MANE Select models in Reference/transcripts.tsv (1-based, inclusive), in both
builds; the transcript-strand reference base is the one the named residue fixes (e.g. Gly = GGN, so
c.302 of BCL2 is G). Only changes whose new residue is certain from the first two codon bases are
written; the others are left to annotation or --fasta. ABL1 rows are DoCM GRCh37 rows (isoform 1b,
ENST00000372348) renumbered on NM_005157.6. Prints the rows; review, then append.
"""
from transcript_models import coding_map, genomic, comp
tx = {'BCL2':'NM_000633.3','JAK1':'NM_002227.4','JAK2':'NM_004972.4','ABL1':'NM_005157.6'}
def cpos(gene, build, g):
    r, b = coding_map(gene, build)
    for i,(p,ex) in enumerate(b):
        if p == g: return i+1
# (gene, protein, c_pos, tref, talt, source)
REG = "NCT05751044 excl. 5 / NCT05745714 excl. 12"
SRC_BCL2 = "codon base from the residue the registry names"
items = [
 ('BCL2','p.G101V',302,'G','T', 'registry-named change (NCT05751044 excl. 5; NCT05745714 excl. 12); Blombery et al. Cancer Discov 2019;9:342; c. position from the MANE Select model in both builds; transcript base G from the Gly codon (GGN); any second-base G>T gives Val'),
 ('BCL2','p.F104L',310,'T','C', 'registry-named change (NCT05751044 excl. 5; NCT05745714 excl. 12); c. position from the MANE Select model in both builds; transcript base T from the Phe codon (TTY); first-base T>C gives Leu (CTY); third-base F104L alleles are left to annotation or --fasta'),
 ('BCL2','p.F104C',311,'T','G', 'registry-named change (NCT05751044 excl. 5; NCT05745714 excl. 12); c. position from the MANE Select model in both builds; transcript base T from the Phe codon (TTY); second-base T>G gives Cys (TGY)'),
 ('JAK2','p.Y931C',2792,'A','G', 'registry-named change (NCT05745714 excl. 11); c. position from the MANE Select model in both builds; transcript base A from the Tyr codon (TAY); second-base A>G gives Cys (TGY)'),
]
for base_i, (talt, aa) in enumerate([]): pass
# JAK1 F958 (c.2872-2874, TTY) and P960 (c.2878-2880, CCN): every first/second-base change whose residue is certain
jak1 = [(2872,'T','A','I'),(2872,'T','C','L'),(2872,'T','G','V'),(2873,'T','A','Y'),(2873,'T','C','S'),(2873,'T','G','C')]
for c,r,a,aa in jak1:
    items.append(('JAK1',f'p.F958{aa}',c,r,a,'registry-named codon (NCT05745714 excl. 11: JAK1 Phe958 mutations); c. position from the MANE Select model in both builds; transcript base from the Phe codon (TTY); the residue is certain for first- and second-base changes'))
for c,r,a,aa in [(2878,'C','A','T'),(2878,'C','G','A'),(2878,'C','T','S'),(2879,'C','G','R'),(2879,'C','T','L')]:
    items.append(('JAK1',f'p.P960{aa}',c,r,a,'registry-named codon (NCT05745714 excl. 11: JAK1 Pro960 mutations); c. position from the MANE Select model in both builds; transcript base from the Pro codon (CCN); c.2879C>A (His or Gln) is left to annotation or --fasta'))
# ABL1 dasatinib-resistance alleles, DoCM GRCh37 rows on ENST00000372348 (isoform 1b, codon + 19)
docm = [('p.T315I',133748283,'C','T'),('p.T315A',133748282,'A','G'),('p.F317I',133748288,'T','A'),('p.F317V',133748288,'T','G'),
        ('p.F317C',133748289,'T','G'),('p.F317L',133748290,'C','A'),('p.F317L',133748290,'C','G'),('p.V299L',133747588,'G','C')]
out = []
for g, prot, c, tr, ta, src in items:
    row = [g, prot, f'{tx[g]}:c.{c}{tr}>{ta}']
    locs = {}
    for b in ['GRCh37','GRCh38']:
        chrom, pos, strand = genomic(g, b, c); locs[b] = (chrom, pos)
    ref = tr if strand == '+' else comp[tr]; alt = ta if strand == '+' else comp[ta]
    out.append([g, prot, f'{tx[g]}:c.{c}{tr}>{ta}', locs['GRCh37'][0], str(locs['GRCh37'][1]), locs['GRCh38'][0], str(locs['GRCh38'][1]), ref, alt, src])
for prot, p37, ref, alt in docm:
    c = cpos('ABL1','GRCh37',p37)
    codon = (c+2)//3
    assert str(codon) == ''.join(ch for ch in prot if ch.isdigit()), (prot, c)
    chrom, p38, _ = genomic('ABL1','GRCh38',c)
    out.append(['ABL1', prot, f'NM_005157.6:c.{c}{ref}>{alt}', '9', str(p37), chrom, str(p38), ref, alt,
                'DoCM (Ainscough et al. 2016) GRCh37 row on ENST00000372348 (ABL1 isoform 1b, codon + 19), renumbered on NM_005157.6 (isoform 1a); GRCh38 position via MANE Select RefSeq models (UCSC refGene); dasatinib-resistance change (Branford et al. Blood 2009;114:5426)'])
for r in out: print('\t'.join(r))
