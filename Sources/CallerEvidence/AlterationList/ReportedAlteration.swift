/// One row of a lab's alteration list: the change a lab reported for one sample, as written, with
/// the line it came from. Nothing here checks it against the knowledge base: `Matching` does.
public struct ReportedAlteration: Sendable, Equatable {
    /// What the row reports.
    public enum Change: Sendable, Equatable {
        /// A protein change, written with `p.` (`p.G12D`; the list may leave the `p.` out).
        case protein(String)
        /// A fusion `FIVE::THREE` (or `FIVE--THREE`), 5' partner first.
        case fusion(fivePrime: String, threePrime: String)
        /// An internal tandem duplication named as such (`ITD`), without its codons.
        case tandemDuplication
        case deletion
        case amplification
    }

    public let sample: String
    public let gene: String
    public let change: Change
    /// The `alteration` cell as written.
    public let text: String
    /// The variant allele fraction the lab gives, when it gives one.
    public let vaf: Double?
    /// The transcript the lab names, when it names one (`NM_004985.5`, `ENST00000311936`).
    public let transcript: String?
    /// The list's path, for errors; `evidence` names its file.
    public let path: String
    public let line: Int

    public init(sample: String, gene: String, change: Change, text: String, vaf: Double?, transcript: String?, path: String, line: Int) {
        self.sample = sample
        self.gene = gene
        self.change = change
        self.text = text
        self.vaf = vaf
        self.transcript = transcript
        self.path = path
        self.line = line
    }

    /// `alterations.tsv line 4`: the row's provenance in findings and errors.
    public var evidence: Evidence { .tableRow(file: fileName(path), line: line) }
}

extension ReportedAlteration {
    /// A reported deletion or amplification as a copy-number event over the gene's span (`contig`,
    /// `start`, `end`), carried by `support`; nil for any other change.
    public func copyNumberEvent(contig: String, start: Int, end: Int, support: [SampleSupport]) -> CopyNumberEvent? {
        let direction: CopyNumberEvent.Direction
        switch change {
        case .deletion: direction = .loss
        case .amplification: direction = .gain
        default: return nil
        }
        var event = CopyNumberEvent(
            contig: contig, start: start, end: end, direction: direction, copyNumber: nil, log2: nil,
            evidence: evidence, filter: "PASS", support: support)
        event.reported = true
        return event
    }
}
