/// The whole result of a run: its metadata and one profile per tumor sample.
public struct MatchReport: Codable, Sendable, Equatable {
    /// Version of the JSON layout; bumped when a field changes meaning or disappears.
    public static let schemaVersion = "6"

    public let schemaVersion: String
    public let run: RunMetadata
    public let samples: [SampleProfile]

    public init(run: RunMetadata, samples: [SampleProfile]) {
        self.schemaVersion = Self.schemaVersion
        self.run = run
        self.samples = samples
    }

    /// The same report with only `samples`, keeping its schema version: a report of an earlier version
    /// that `merge` writes out again still says which fields it lacks.
    public func with(samples: [SampleProfile]) -> MatchReport {
        MatchReport(schemaVersion: schemaVersion, run: run, samples: samples)
    }

    private init(schemaVersion: String, run: RunMetadata, samples: [SampleProfile]) {
        self.schemaVersion = schemaVersion
        self.run = run
        self.samples = samples
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case run, samples
    }
}
