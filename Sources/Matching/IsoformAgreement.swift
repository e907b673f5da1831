import Annotation
import Knowledge

/// The transcript policy's check on an annotation made on a transcript other than the knowledge
/// base's MANE Select (a VEP `--refseq` file's `NM_001330437.2` for PTPN11, an older canonical Ensembl
/// transcript): residue numbers on another isoform may differ from MANE's, so a rule written in MANE
/// numbering meets such a change only when the allele sits at the same codons on the MANE model, as
/// the consequence engine places it from the genomic position. A change that does not agree is not
/// matched by its number; the engine's own MANE consequence speaks for the gene instead.
enum IsoformAgreement {
    /// True when `entry` is on the gene's MANE Select transcript (Ensembl or RefSeq, any version).
    static func isMANE(_ entry: TranscriptConsequence, of gene: Gene) -> Bool {
        // Compared on the bytes: this runs for every panel entry of every kept record.
        entry.hasTranscript(unversioned: gene.maneEnsemblUnversioned, or: gene.maneRefSeqUnversioned)
    }

    /// The MANE codons of `change` when they agree with the numbers on the other isoform; nil when they
    /// do not (or the allele is not coding on MANE). A substitution must name exactly the MANE codons; an
    /// insertion or deletion, which annotators shift to the 3' end of a repeat, may lie as many codons away
    /// as it is long (plus one).
    static func maneCodons(of change: ProteinChange, maneEffect: VariantEffect?, lengthChange: Int) -> ClosedRange<Int>? {
        guard let start = change.start, let end = change.end, let maneEffect,
            let codons = RecordMatcher.codons(of: maneEffect)
        else { return nil }
        switch change.kind {
        case .missense, .nonsense, .synonymous, .stopLost, .unknown:
            return codons == start...end ? codons : nil
        case .frameshift, .deletion, .insertion, .duplication, .delins:
            let slack = (abs(lengthChange) + 2) / 3 + 1
            return (codons.lowerBound - slack...codons.upperBound + slack).overlaps(start...end) ? codons : nil
        }
    }
}
