/// Which transcript's annotation counts when an annotator describes an allele on several. A word of the
/// knowledge base's vocabulary (its MANE models decide `mane`), so that the command line takes it as an
/// argument without importing `Annotation`, which applies it.
public enum TranscriptPolicy: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The knowledge base's MANE Select transcript (Ensembl or RefSeq, any version), else the annotator's
    /// MANE_SELECT, else CANONICAL, else every transcript; a change on another transcript counts only when
    /// the allele sits at the same codons of the MANE model.
    case mane
    /// The annotator's CANONICAL transcript, else every transcript.
    case canonical
    /// Every transcript: an alteration numbered differently on another isoform may count twice.
    case all

    public var description: String {
        switch self {
        case .mane:
            return
                "mane: knowledge-base MANE Select transcript (Ensembl or RefSeq), else the annotator's MANE_SELECT, else CANONICAL, else every transcript; a change on another transcript counts only at the same codons of MANE"
        case .canonical: return "canonical: the annotator's CANONICAL transcript, else every transcript"
        case .all: return "all: every transcript"
        }
    }
}
