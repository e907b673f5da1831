/// The field layout of a VEP-style `CSQ` INFO tag, read from the header's `Format:` description.
/// Fields are always located by name, never by fixed position.
public struct ConsequenceFormat: Sendable, Equatable {
    public let fields: [String]
    private let index: [String: Int]

    /// Parses the header description, e.g. `Consequence annotations from Ensembl VEP. Format: Allele|Consequence|…`.
    /// Returns `nil` when it has no `Format:` list or lacks the fields hemimatch needs.
    public init?(headerDescription: String) {
        guard let range = headerDescription.range(of: "Format:", options: .caseInsensitive) else { return nil }
        let list = headerDescription[range.upperBound...]
            .trimmingCharacters(in: .whitespaces)
            .trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        let fields = list.split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var index: [String: Int] = [:]
        for (i, name) in fields.enumerated() where index[name] == nil { index[name] = i }
        guard index["Allele"] != nil, index["Consequence"] != nil, index["SYMBOL"] != nil, index["HGVSp"] != nil else { return nil }
        self.fields = fields
        self.index = index
    }

    /// Position of a named field, if the format has it.
    public func position(of field: String) -> Int? { index[field] }
}

import Foundation
