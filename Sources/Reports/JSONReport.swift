import FoundationEssentials
import Profile

/// The machine-readable reports, keys sorted so that the same input always gives the same bytes.
public enum JSONReport {
    /// One pretty-printed JSON document for the run.
    public static func render(_ report: MatchReport) throws -> Data {
        var data = try encoder(pretty: true).encode(report)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// JSON Lines: one compact document per sample, each carrying the run's metadata, for pipelines and cohorts.
    public static func renderLines(_ report: MatchReport) throws -> Data {
        let encoder = encoder(pretty: false)
        var data = Data()
        for sample in report.samples {
            data.append(try encoder.encode(report.with(samples: [sample])))
            data.append(UInt8(ascii: "\n"))
        }
        return data
    }

    /// JSON Lines for several reports (a cohort), in their order.
    public static func renderLines(_ reports: [MatchReport]) throws -> Data {
        try reports.reduce(into: Data()) { data, report in data.append(try renderLines(report)) }
    }

    /// The cohort JSON Lines' last line under `--keep-going` when files failed: `{"failures":[...]}`;
    /// empty when none did.
    public static func renderFailures(_ failures: [CohortFailure]) throws -> Data {
        guard !failures.isEmpty else { return Data() }
        return try encoder(pretty: false).encode(CohortFailure.Line(failures: failures)) + Data("\n".utf8)
    }

    private static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
