/// A treatment group of the trial.
public struct TreatmentGroup: Sendable, Equatable {
    public let letter: String
    public let name: String
    public let drugs: String
    public let qualifying: String
    public let sourceIDs: [String]
}
