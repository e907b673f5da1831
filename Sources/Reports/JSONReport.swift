import Foundation
import Profile

/// The machine-readable report: one JSON document per run, keys sorted so that the same input
/// always gives the same bytes.
public enum JSONReport {
    public static func render(_ report: MatchReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
