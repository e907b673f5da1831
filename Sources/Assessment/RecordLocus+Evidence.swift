import CallerEvidence
import Profile

extension RecordLocus {
    /// The report's fields for what a finding rests on; nil for a change only written (`explain`).
    init?(_ evidence: Evidence) {
        switch evidence {
        case .allele(let contig, let position, let ref, let alt): self = .allele(contig: contig, position: position, ref: ref, alt: alt)
        case .structuralRecord(let contig, let position, let id): self = .record(.structuralRecord, contig: contig, position: position, id: id)
        case .singleBreakend(let contig, let position, let id): self = .record(.singleBreakend, contig: contig, position: position, id: id)
        case .tableRow(let file, let line): self = .row(.tableRow, file: file, line: line)
        case .segment(let file, let line): self = .row(.segment, file: file, line: line)
        case .asWritten: return nil
        }
    }
}
