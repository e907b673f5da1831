#!/usr/bin/env python3
"""Prints hotspot-table rows for rule residues that have no allele in Reference/hotspot_alleles.tsv, so that an
unannotated file without --fasta can meet every residue a rule names (issue 27 item 5).

The new residues are the ones cancerhotspots.org v2 reports at the residue (Chang et al. 2018; single-residue or 3D
hotspot rows of ../shared/knowledge/sources/cancerhotspots_v2_and_3d.txt.gz, on the MANE transcript), or the ones a
rule names itself. Only single-base changes whose reference base and new residue are certain from the named residue
alone are written (e.g. Asp = GAY: G>A at the first base always gives Asn); the others are left to annotation or
--fasta. Positions come from the MANE Select models of both builds. Review, then append. Run from the repository root.
"""
import csv, gzip, itertools, re, sys
from transcript_models import genomic, comp

BASES = 'TCAG'
AMINO = 'FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG'
CODE = {''.join(c): AMINO[i] for i, c in enumerate(itertools.product(BASES, repeat=3))}
CODONS = {aa: [c for c, a in CODE.items() if a == aa] for aa in set(AMINO)}

def certain_changes(residue):
    """(codon base 0-2, reference base, alternative base, new residue) whose outcome the residue alone fixes."""
    out = []
    codons = CODONS[residue]
    for place in range(3):
        refs = {c[place] for c in codons}
        if len(refs) != 1: continue
        ref = refs.pop()
        for alt in BASES:
            if alt == ref: continue
            new = {CODE[c[:place] + alt + c[place+1:]] for c in codons}
            if len(new) == 1 and (aa := new.pop()) not in ('*', residue): out.append((place, ref, alt, aa))
    return out

rules = list(csv.DictReader(open('Reference/rules.tsv'), delimiter='\t'))
hotspots = list(csv.DictReader(open('Reference/hotspot_alleles.tsv'), delimiter='\t'))
transcript = {r['gene']: r['transcript'] for r in rules}
have = {(h['gene'], int(re.match(r'p\.[A-Z](\d+)', h['protein']).group(1))) for h in hotspots}
observed = {}
with gzip.open('../shared/knowledge/sources/cancerhotspots_v2_and_3d.txt.gz', 'rt') as f:
    for row in csv.DictReader(f, delimiter='\t'):
        if not re.fullmatch(r'[A-Z]\d+', row['residue']): continue
        for part in filter(None, row['variant_amino_acid'].split('|')):
            observed.setdefault((row['hugo_symbol'], row['residue']), set()).add(part.split(':')[0])
wanted = sys.argv[1:]  # rule ids; default: every missense_codon rule
for rule in rules:
    if rule['kind'] != 'missense_codon' or (wanted and rule['rule_id'] not in wanted): continue
    for token in rule['target'].split(','):
        residue, number = token[0], int(token[1:])
        if (rule['gene'], number) in have: continue
        seen = observed.get((rule['gene'], token), set())
        written = 0
        for place, ref, alt, new in certain_changes(residue):
            if new not in seen: continue
            c = 3 * (number - 1) + place + 1
            loci = {b: genomic(rule['gene'], b, c) for b in ('GRCh37', 'GRCh38')}
            strand = loci['GRCh38'][2]
            gref, galt = (ref, alt) if strand == '+' else (comp[ref], comp[alt])
            source = (f"cancerhotspots.org v2 (Chang et al. Cancer Discov 2018) {rule['gene']} {token} variant residue {new}; "
                      f"base change certain from the {residue} codon ({'/'.join(CODONS[residue])}); c. position from the MANE Select "
                      f"model in both builds ({rule['rule_id']})")
            print('\t'.join([rule['gene'], f'p.{residue}{number}{new}', f"{transcript[rule['gene']]}:c.{c}{ref}>{alt}",
                             loci['GRCh37'][0], str(loci['GRCh37'][1]), loci['GRCh38'][0], str(loci['GRCh38'][1]), gref, galt, source]))
            written += 1
        if not written: print(f"# {rule['rule_id']} {token}: no certain single-base change among the observed residues {sorted(seen)}", file=sys.stderr)
