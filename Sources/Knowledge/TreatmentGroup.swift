/// A treatment group of the trial.
public struct TreatmentGroup: Sendable, Equatable {
    /// The generic arm, for samples without a qualifying alteration: every knowledge base defines it,
    /// and no rule points to it.
    public static let generic = "A"

    public let letter: String
    public let name: String
    public let drugs: String
    public let qualifying: String
    public let sourceIDs: [String]
}
