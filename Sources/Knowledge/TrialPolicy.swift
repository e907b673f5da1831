/// The trial's cues that are not rules (`policy.tsv`): what the profile step and the rearrangement
/// matcher need to know about the arms beyond which alteration qualifies, so that a new arm is data
/// and a knowledge-base release, not code.
public struct TrialPolicy: Sendable, Equatable {
    /// What a row of `policy.tsv` tells.
    public enum Cue: String, Sendable, CaseIterable {
        /// A gene whose resistance changes undermine a drug (`value`, as `groups.tsv` names it).
        case underminedDrug = "undermined-drug"
        /// A gene whose inherited variants are a syndrome of their own (`value` names it): a germline
        /// allele is a finding for the board and genetics, never silently dropped.
        case constitutionalSyndrome = "constitutional-syndrome"
        /// A gene reported as context when deleted, though no rule makes it qualify.
        case contextDeletion = "context-deletion"
        /// The note every profile carries once: what no variant call can assess (`value`).
        case notAssessedNote = "not-assessed-note"
    }

    /// One row of `policy.tsv`.
    public struct Entry: Sendable, Equatable {
        public let cue: Cue
        /// Empty for the not-assessed note.
        public let gene: String
        public let value: String
        public let sourceIDs: [String]
    }

    /// The rows, in file order.
    public let entries: [Entry]
    /// Drugs (lower case) each gene's resistance changes undermine, in file order.
    public let underminedDrugs: [String: [String]]
    /// Syndrome named for each gene whose germline variants are disease-relevant in themselves.
    public let constitutionalSyndromes: [String: String]
    /// Genes reported when deleted, in file order.
    public let contextDeletions: [String]
    /// What no variant call can assess, said once per profile.
    public let notAssessedNote: String

    public init(entries: [Entry]) {
        self.entries = entries
        underminedDrugs = Dictionary(grouping: entries.filter { $0.cue == .underminedDrug }, by: \.gene).mapValues {
            $0.map { $0.value.lowercased() }
        }
        constitutionalSyndromes = Dictionary(entries.filter { $0.cue == .constitutionalSyndrome }.map { ($0.gene, $0.value) }) { first, _ in first }
        contextDeletions = entries.filter { $0.cue == .contextDeletion }.map(\.gene)
        notAssessedNote = entries.first { $0.cue == .notAssessedNote }?.value ?? ""
    }
}
