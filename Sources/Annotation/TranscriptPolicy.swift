/// Which transcript's annotation counts when an annotator describes an allele on several.
public enum TranscriptPolicy: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The knowledge base's MANE Select transcript, else the annotator's MANE_SELECT, else CANONICAL, else every transcript.
    case mane
    /// The annotator's CANONICAL transcript, else every transcript.
    case canonical
    /// Every transcript: an alteration numbered differently on another isoform may count twice.
    case all

    public var description: String {
        switch self {
        case .mane: return "mane: knowledge-base MANE Select transcript, else the annotator's MANE_SELECT, else CANONICAL, else every transcript"
        case .canonical: return "canonical: the annotator's CANONICAL transcript, else every transcript"
        case .all: return "all: every transcript"
        }
    }
}
