import Annotation
import Foundation
import HemimatchTestSupport
import Testing

extension Repository {
    /// The lines of `TestData/tumor_normal.grch38.vcf`.
    static func tumorNormalLines() throws -> [String] {
        let path = root.appendingPathComponent("TestData/tumor_normal.grch38.vcf").path
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }
}

/// VEP `Format:` lists and CSQ values used across the annotation tests.
enum VEPSample {
    /// The usual `--everything`-style order, with ALLELE_NUM at the end.
    static let standardFields = [
        "Allele", "Consequence", "IMPACT", "SYMBOL", "Gene", "Feature_type", "Feature", "BIOTYPE",
        "HGVSc", "HGVSp", "CANONICAL", "MANE_SELECT", "ALLELE_NUM",
    ]
    /// The same fields in another order, as a different VEP command line writes them.
    static let shuffledFields = [
        "SYMBOL", "HGVSp", "Feature", "ALLELE_NUM", "Allele", "MANE_SELECT", "HGVSc", "Consequence",
        "CANONICAL", "BIOTYPE",
    ]

    static func description(_ fields: [String]) -> String {
        "Consequence annotations from Ensembl VEP. Format: " + fields.joined(separator: "|")
    }

    static func format(_ fields: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> ConsequenceFormat {
        try #require(ConsequenceFormat(headerDescription: description(fields)), sourceLocation: sourceLocation)
    }

    /// One CSQ entry: `values` by field name, written in `fields` order, empty where not given.
    static func entry(_ fields: [String], _ values: [String: String]) -> String {
        fields.map { values[$0] ?? "" }.joined(separator: "|")
    }
}
