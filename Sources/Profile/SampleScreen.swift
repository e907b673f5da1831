/// What was screened for one sample, part by part, and so what the suggested group can rest on: a
/// bare group A only from a screen whose small variants, rearrangements and copy number were all
/// assessed; otherwise the suggestion is `incomplete` (issue 26).
public struct SampleScreen: Codable, Sendable, Equatable {
    /// How far a part was screened.
    public enum Status: String, Codable, Sendable {
        case assessed
        /// Only some of it could speak (small variants through the hotspot table alone).
        case partial
        case notAssessed = "not-assessed"
    }

    /// One part of the screen: its status, the inputs it rests on, and the arms it could still change
    /// when it is not fully assessed.
    public struct Part: Codable, Sendable, Equatable {
        public let status: Status
        /// Which inputs it rests on, or why none could speak (`VEP CSQ annotation`, `fusion table arriba.tsv`...).
        public let basis: String
        /// Arms with a qualifying rule this part would have to see, when it is not fully assessed; sorted.
        public let couldChange: [String]?

        public init(status: Status, basis: String, couldChange: [String]? = nil) {
            self.status = status
            self.basis = basis
            self.couldChange = status == .assessed ? nil : couldChange
        }

        enum CodingKeys: String, CodingKey {
            case status, basis
            case couldChange = "could_change"
        }
    }

    public let smallVariants: Part
    public let rearrangements: Part
    public let copyNumber: Part
    /// The registry's non-molecular criteria (age, weight, prior therapy, the two routes): assessed
    /// only from a clinical sheet row.
    public let clinical: Part
    /// A molecular part of the screen, as the JSON names it.
    public enum MolecularPart: String, Codable, Sendable, CaseIterable {
        case smallVariants = "small_variants"
        case rearrangements
        case copyNumber = "copy_number"
    }

    /// The molecular parts not fully assessed, in order.
    public let missing: [MolecularPart]
    /// The arms the missing parts could change, sorted.
    public let couldChange: [String]

    public init(smallVariants: Part, rearrangements: Part, copyNumber: Part, clinical: Part) {
        self.smallVariants = smallVariants
        self.rearrangements = rearrangements
        self.copyNumber = copyNumber
        self.clinical = clinical
        let molecular: [(MolecularPart, Part)] = [(.smallVariants, smallVariants), (.rearrangements, rearrangements), (.copyNumber, copyNumber)]
        let open = molecular.filter { $0.1.status != .assessed }
        missing = open.map(\.0)
        couldChange = Array(Set(open.flatMap { $0.1.couldChange ?? [] })).sorted()
    }

    /// The same screen with another clinical part (a clinical sheet read later, `merge --clinical`).
    public func with(clinical: Part) -> SampleScreen {
        SampleScreen(smallVariants: smallVariants, rearrangements: rearrangements, copyNumber: copyNumber, clinical: clinical)
    }

    /// True when small variants, rearrangements and copy number were all assessed.
    public var isComplete: Bool { missing.isEmpty }

    /// `rearrangements not-assessed, copy_number not-assessed: could change B, C, D`, for people; empty when complete.
    public var summary: String {
        guard !isComplete else { return "" }
        let parts = [("small variants", smallVariants), ("rearrangements", rearrangements), ("copy number", copyNumber)]
            .filter { $0.1.status != .assessed }.map { "\($0.0) \($0.1.status.rawValue)" }
        return parts.joined(separator: ", ") + (couldChange.isEmpty ? "" : ": could change \(couldChange.joined(separator: ", "))")
    }

    /// Each part as `status (basis)`, for tables.
    public var cells: [String] {
        [smallVariants, rearrangements, copyNumber, clinical].map { "\($0.status.rawValue) (\($0.basis))" }
    }

    enum CodingKeys: String, CodingKey {
        case rearrangements, clinical, missing
        case smallVariants = "small_variants"
        case copyNumber = "copy_number"
        case couldChange = "could_change"
    }
}
