/// What `explain` says about one variant, for `Reports` to lay out: blocks of heading lines, the
/// rules met or failed, and closing lines (the verdict).
public struct RuleExplanation: Sendable, Equatable {
    /// One rule against the change: met or not, why, and what meeting it does (`→ groups D`).
    public struct Outcome: Sendable, Equatable {
        public let ruleID: String
        public let met: Bool
        public let why: String
        public let effect: String

        public init(ruleID: String, met: Bool, why: String, effect: String) {
            self.ruleID = ruleID
            self.met = met
            self.why = why
            self.effect = effect
        }
    }

    /// A heading, the rules' outcomes in aligned columns, then closing lines.
    public struct Block: Sendable, Equatable {
        public var lines: [String]
        public var outcomes: [Outcome]
        public var closing: [String]

        public init(lines: [String], outcomes: [Outcome] = [], closing: [String] = []) {
            self.lines = lines
            self.outcomes = outcomes
            self.closing = closing
        }
    }

    public var blocks: [Block]

    public init(blocks: [Block]) {
        self.blocks = blocks
    }
}
