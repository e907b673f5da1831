/// A population allele frequency read from an annotation, with the field it came from.
public struct PopulationFrequency: Sendable, Equatable, Comparable {
    public let value: Double
    /// `gnomADe_AF`, `CSQ/MAX_AF`, `hemimatch polymorphism table (rs6897932)`…
    public let field: String

    public init(value: Double, field: String) {
        self.value = value
        self.field = field
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.value != rhs.value ? lhs.value < rhs.value : lhs.field > rhs.field
    }
}

/// Which fields of a file hold population allele frequencies, found by name from the header:
/// - inside a VEP `CSQ` (or VEP-style `ANN`): `AF` (1000 Genomes), `MAX_AF`, `gnomAD_AF`,
///   `gnomADe_AF`, `gnomADg_AF`, every per-population `*_AF`, vcf2maf's `ExAC_AF*` and old VEP's `*_MAF`/`GMAF`;
/// - INFO tags an annotator adds: megSAP's and `bcftools annotate`'s `gnomAD_AF`, `gnomADg_AF`,
///   `gnomADe_*_AF`, `AF_popmax`/`AF_grpmax` and gnomAD's per-population `AF_<pop>`, SnpSift dbNSFP's
///   `dbNSFP_gnomAD_exomes_AF`, `dbNSFP_ExAC_AF`, `dbNSFP_1000Gp3_AF`…;
/// - any field named by `--population-af-field`.
///
/// INFO `AF` itself is never one: a caller writes the sample's or cohort's allele frequency there.
/// The highest frequency among the fields counts (the most frequent population decides).
public struct PopulationFrequencyFields: Sendable, Equatable {
    /// INFO tags holding population frequencies, in header order.
    public let infoTags: [String]
    /// Field names inside each consequence tag (`CSQ`: [`gnomADe_AF`, …]).
    public let consequenceFields: [String: [String]]

    /// gnomAD's population codes, as `AF_<pop>` INFO tags carry them.
    static let gnomADPopulations: Set<String> = ["afr", "amr", "asj", "eas", "fin", "nfe", "oth", "sas", "mid", "ami", "remaining",
                                                 "popmax", "grpmax", "raw", "joint", "exomes", "genomes"]
    /// Databases whose frequencies are population frequencies.
    static let databases = ["gnomad", "exac", "1000g", "kg_", "topmed", "esp6500", "esp_", "uk10k", "alfa", "gonl"]

    /// - Parameters:
    ///   - infoTags: the header's INFO ids with their Type (`Float`, `String`…).
    ///   - consequenceFormats: the header's consequence layouts.
    ///   - extra: `--population-af-field` names: an INFO tag or a field of a consequence tag.
    public init(infoTags: [(id: String, type: String)], consequenceFormats: [ConsequenceFormat], extra: [String] = []) {
        let numeric = infoTags.filter { ["Float", "String", "Integer"].contains($0.type) }.map(\.id)
        self.infoTags = numeric.filter { Self.isPopulationInfoTag($0) || extra.contains($0) }
        var fields: [String: [String]] = [:]
        for format in consequenceFormats where format.dialect == .vep || format.dialect == .snpEff {
            let names = format.fields.filter { Self.isPopulationConsequenceField($0) || extra.contains($0) }
            if !names.isEmpty { fields[format.tag] = names }
        }
        consequenceFields = fields
    }

    /// Whether no field holds a population frequency.
    public var isEmpty: Bool { infoTags.isEmpty && consequenceFields.isEmpty }

    /// Every field read, as `gnomADg_AF` (INFO) or `CSQ/gnomADe_AF`, for the run's metadata.
    public var names: [String] {
        infoTags + consequenceFields.keys.sorted().flatMap { tag in consequenceFields[tag]!.map { "\(tag)/\($0)" } }
    }

    /// A VEP field name that holds a population frequency.
    public static func isPopulationConsequenceField(_ name: String) -> Bool {
        if name.hasSuffix("_POPS") || name.lowercased().contains("_hom") || name.lowercased().contains("_het") { return false }
        return name == "AF" || name == "MAX_AF" || name == "GMAF" || name.hasSuffix("_AF") || name.hasSuffix("_MAF")
            || name.hasPrefix("ExAC_AF") || (Self.databases.contains { name.lowercased().hasPrefix($0) } && name.contains("_AF"))
    }

    /// An INFO tag that holds a population frequency (never plain `AF`).
    public static func isPopulationInfoTag(_ id: String) -> Bool {
        let lower = id.lowercased()
        guard lower != "af", lower.contains("af") else { return false }
        if lower.hasPrefix("af_") { return Self.gnomADPopulations.contains(String(lower.dropFirst(3))) }
        // Counts, genotype tallies and filtering allele frequencies are not allele frequencies.
        for excluded in ["_ac", "_an", "hom", "het", "hemi", "_wt", "faf"] where lower.contains(excluded) { return false }
        let database = Self.databases.contains { lower.contains($0) }
        return database && (lower.hasSuffix("_af") || lower.contains("_af_"))
    }

    /// The highest population frequency of ALT `altIndex` (1-based) of a record with `altCount` ALTs,
    /// from its INFO values and its consequence entries for that allele (`name` → value per entry).
    public func frequency(info: [String: String], altIndex: Int, altCount: Int,
                          consequences: [(tag: String, values: [String: String])]) -> PopulationFrequency? {
        var found: [PopulationFrequency] = []
        for tag in infoTags {
            guard let text = info[tag] else { continue }
            let values = text.split(separator: ",", omittingEmptySubsequences: false)
            // Number=A gives one value per ALT; a single value is taken only for a single ALT.
            let cell: Substring?
            if values.count == altCount { cell = values[altIndex - 1] } else if values.count == 1, altCount == 1 { cell = values[0] } else { cell = nil }
            if let cell, let value = Self.value(cell) { found.append(PopulationFrequency(value: value, field: tag)) }
        }
        for entry in consequences {
            for name in consequenceFields[entry.tag] ?? [] {
                if let text = entry.values[name], let value = Self.value(Substring(text)) {
                    found.append(PopulationFrequency(value: value, field: "\(entry.tag)/\(name)"))
                }
            }
        }
        return found.max()
    }

    /// `0.27`, `2.3e-05`, old VEP's `T:0.0034`, several joined by `&`: the highest; `.` or empty: none.
    static func value(_ text: Substring) -> Double? {
        text.split(separator: "&").compactMap { part -> Double? in
            let number = part.split(separator: ":").last.map(String.init) ?? ""
            guard let value = Double(number), value.isFinite, value >= 0, value <= 1 else { return nil }
            return value
        }.max()
    }
}

extension PopulationFrequencyFields {
    /// No field: a file without population annotation.
    public static let none = PopulationFrequencyFields(infoTags: [], consequenceFormats: [])
}
