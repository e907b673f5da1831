import CallerEvidence
import Knowledge

/// A structural change outside the trial's rules, kept so the board sees it, with each sample's support
/// for it. Its `description` is how the report lists it (`other_findings`).
public struct OtherFinding: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A sense fusion no rule meets, by its name (`ETV6::NTRK3`).
        case fusion(name: String)
        /// A gain at the copy cut over an amplification rule's gene that the tumor's ploidy makes no amplification.
        case gainBelowPloidy(gene: String, copies: Double, ploidy: SamplePloidy)
        /// A context-deletion gene inside a loss of most of its arm: not the focal deletion the literature means.
        case withinBroadLoss(gene: String, measure: ChromosomeArms.Measure)
        /// A context-deletion gene lost focally, or as a lab reported it.
        case deletion(gene: String)
    }

    public let kind: Kind
    /// One entry per header sample, in header order.
    public let support: [SampleSupport]

    public init(_ kind: Kind, support: [SampleSupport]) {
        self.kind = kind
        self.support = support
    }

    public var description: String {
        switch kind {
        case .fusion(let name): name
        case .gainBelowPloidy(let gene, let copies, let ploidy):
            "\(gene) gain, copy number \(copies), below \(Int(CopyNumberThresholds.ploidyRatio)) x ploidy \(ploidy): not an amplification"
        case .withinBroadLoss(let gene, let measure):
            "\(gene) within \(measure.extent == .arm ? "an" : "a") \(measure.extent.rawValue) loss (\(StructuralMatcher.percent(measure)) of \(measure.arm); not a focal \(gene) deletion)"
        case .deletion(let gene): "\(gene) deletion"
        }
    }
}
