/// Why a sample is left with group A, the generic arm, and what that arm gives.
public struct GenericArm: Codable, Sendable, Equatable {
    /// Why no targeted group is left.
    public enum Reason: String, Codable, Sendable {
        /// Nothing meets a qualifying rule.
        case noTarget = "no-target"
        /// Alterations qualify, but exclusions bar every group they qualify for.
        case allExcluded = "all-excluded"
        /// Only near-misses (failed FILTER, weak evidence, inherited or broad losses) would qualify.
        case onlyNearMisses = "only-near-misses"
    }

    public let reason: Reason
    /// The facts behind the reason: which exclusions, or which near-misses and why they failed.
    public let detail: String
    /// Group A's drugs as the knowledge base lists them (`decitabine, venetoclax, navitoclax`).
    public let drugs: String

    public init(reason: Reason, detail: String, drugs: String) {
        self.reason = reason
        self.detail = detail
        self.drugs = drugs
    }

    /// `group A is the generic arm (decitabine, ...): no-target: ...` for people.
    public var summary: String {
        "group A is the generic arm, not a targeted match" + (drugs.isEmpty ? "" : " (\(drugs))") + "; \(reason.rawValue): \(detail)"
    }
}
