/// An arm's recruitment status as its registry record (or the listing named in `note`) gave it on a
/// date (`recruitment.tsv`): an arm not recruiting is never suggested without saying so.
public struct Recruitment: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case recruiting
        case notYetRecruiting = "not-yet-recruiting"
        case suspended, closed
        /// No public record of the status was read.
        case unknown
    }

    public let group: String
    public let status: Status
    /// When the source gave the status (`2025-09`, `2025-09-16`); empty only for `unknown`.
    public let asOf: String
    public let sourceIDs: [String]
    public let note: String

    /// `group C: not-yet-recruiting (as of 2025-07; NCT05745714)`.
    public var summary: String {
        "group \(group): \(status.rawValue)" + (asOf.isEmpty ? "" : " (as of \(asOf); \(sourceIDs.joined(separator: ", ")))")
    }
}
