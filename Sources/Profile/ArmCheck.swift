/// One arm's non-molecular criteria read against the clinical sheet: each met, not met or not known,
/// with the evidence and the registry criterion it cites (issue 26).
public struct ArmCheck: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        case met
        case notMet = "not-met"
        case notKnown = "not-known"
    }

    public struct Item: Codable, Sendable, Equatable {
        /// `NCT05658640 inclusion 1`.
        public let criterion: String
        /// What the criterion asks, in the registry's words.
        public let requirement: String
        public let status: Status
        /// The sheet's value and what it was compared with, or why it is not known.
        public let evidence: String
        /// True for a route into the arm (B's IC50, C's CRLF2 overexpression): met makes the arm a
        /// candidate, not met bars nothing.
        public let route: Bool

        public init(criterion: String, requirement: String, status: Status, evidence: String, route: Bool = false) {
            self.criterion = criterion
            self.requirement = requirement
            self.status = status
            self.evidence = evidence
            self.route = route
        }
    }

    public let group: String
    public let items: [Item]

    public init(group: String, items: [Item]) {
        self.group = group
        self.items = items
    }

    /// The criteria that bar the arm: not met, and not a route.
    public var unmet: [Item] { items.filter { $0.status == .notMet && !$0.route } }
}
