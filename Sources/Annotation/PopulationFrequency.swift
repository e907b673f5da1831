/// A population allele frequency read from an annotation, with the field it came from.
public struct PopulationFrequency: Sendable, Equatable, Comparable {
    public let value: Double
    /// `gnomADe_AF`, `CSQ/MAX_AF`, `hemimatch polymorphism table (rs6897932)`…
    public let field: String
    /// From the knowledge base's polymorphism table: a polymorphism whatever `--max-population-af` says.
    public let fromPolymorphismTable: Bool

    public init(value: Double, field: String, fromPolymorphismTable: Bool = false) {
        self.value = value
        self.field = field
        self.fromPolymorphismTable = fromPolymorphismTable
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.value != rhs.value ? lhs.value < rhs.value : lhs.field > rhs.field
    }

    /// The highest of `frequencies`, marked as the polymorphism table's when any of them is (the table decides
    /// whatever the threshold; the highest value is what the report shows).
    public static func highest(_ frequencies: [PopulationFrequency]) -> PopulationFrequency? {
        guard let best = frequencies.max() else { return nil }
        return PopulationFrequency(
            value: best.value, field: best.field,
            fromPolymorphismTable: frequencies.contains(where: \.fromPolymorphismTable))
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
/// The highest frequency among the fields counts (the most frequent population decides), taken the way
/// gnomAD's own maximum-frequency fields (grpmax/popmax, FAF) are: the bottlenecked and catch-all groups
/// (`ami`, `asj`, `fin`, `mid`, `oth`/`remaining`/`rmi`) and `raw` (unfiltered genotypes) are left out, and an INFO
/// frequency whose allele number (`AN` in place of `AF` in the tag) is below 2,000 is passed over (ClinGen's BA1 floor).
public struct PopulationFrequencyFields: Sendable, Equatable {
    /// INFO tags holding population frequencies, in header order.
    public let infoTags: [String]
    /// Field names inside each consequence tag (`CSQ`: [`gnomADe_AF`, …]).
    public let consequenceFields: [String: [String]]
    /// The allele-number tag the header declares beside a frequency tag (`AF_nfe` → `AN_nfe`).
    public let alleleNumberTags: [String: String]

    /// `AN_nfe` for `AF_nfe`, `gnomAD_AN_afr` for `gnomAD_AF_afr`: the tag's `AF` token read as `AN`.
    static func alleleNumberTag(of tag: String) -> String? {
        var parts = tag.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        guard let index = parts.firstIndex(where: { $0.uppercased() == "AF" }) else { return nil }
        parts[index] = parts[index] == "af" ? "an" : "AN"
        return parts.joined(separator: "_")
    }

    /// gnomAD's population codes, as `AF_<pop>` INFO tags carry them.
    static let gnomADPopulations: Set<String> = [
        "afr", "amr", "asj", "eas", "fin", "nfe", "oth", "sas", "mid", "ami", "remaining",
        "popmax", "grpmax", "raw", "joint", "exomes", "genomes",
    ]
    /// Groups gnomAD leaves out of its maximum-frequency fields: bottlenecked (Amish, Ashkenazi Jewish,
    /// Finnish, Middle Eastern), catch-all (other/remaining) and unfiltered (raw) (GNOMAD_FAF in Reference/sources.tsv).
    static let excludedGroups: Set<String> = ["ami", "asj", "fin", "mid", "oth", "remaining", "rmi", "raw"]
    /// The fewest alleles a group's frequency needs to count, where the file gives the number (GHOSH2018).
    public static let minimumAlleleNumber = 2000

    /// Whether a field is the frequency of a group gnomAD leaves out (`gnomADe_ASJ_AF`, `AF_fin`, `AF_raw`).
    static func isExcludedGroup(_ name: String) -> Bool {
        name.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" }).contains { excludedGroups.contains(String($0)) }
    }

    /// Databases whose frequencies are population frequencies.
    static let databases = ["gnomad", "exac", "1000g", "kg_", "topmed", "esp6500", "esp_", "uk10k", "alfa", "gonl"]

    /// - Parameters:
    ///   - infoTags: the header's INFO ids with their Type (`Float`, `String`…).
    ///   - consequenceFormats: the header's consequence layouts.
    ///   - extra: `--population-af-field` names: an INFO tag or a field of a consequence tag.
    public init(infoTags: [(id: String, type: String)], consequenceFormats: [ConsequenceFormat], extra: [String] = []) {
        let numeric = infoTags.filter { ["Float", "String", "Integer"].contains($0.type) }.map(\.id)
        self.infoTags = numeric.filter { (Self.isPopulationInfoTag($0) && !Self.isExcludedGroup($0)) || extra.contains($0) }
        let declared = Set(infoTags.map(\.id))
        alleleNumberTags = Dictionary(
            uniqueKeysWithValues: self.infoTags.compactMap { tag in
                Self.alleleNumberTag(of: tag).flatMap { declared.contains($0) ? (tag, $0) : nil }
            })
        var fields: [String: [String]] = [:]
        for format in consequenceFormats where format.dialect == .vep || format.dialect == .snpEff {
            let names = format.fields.filter { (Self.isPopulationConsequenceField($0) && !Self.isExcludedGroup($0)) || extra.contains($0) }
            if !names.isEmpty { fields[format.tag] = names }
        }
        consequenceFields = fields
    }

    /// Every INFO tag the frequencies need decoded: the frequencies and their allele numbers.
    public var decodedInfoTags: [String] { infoTags + infoTags.compactMap { alleleNumberTags[$0] } }

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
    public func frequency(
        info: [String: String], altIndex: Int, altCount: Int,
        consequences: [(tag: String, values: [String: String])]
    ) -> PopulationFrequency? {
        var found: [PopulationFrequency] = []
        for tag in infoTags {
            guard let text = info[tag] else { continue }
            let values = text.split(separator: ",", omittingEmptySubsequences: false)
            // Number=A gives one value per ALT; a single value is taken only for a single ALT.
            let cell: Substring?
            if values.count == altCount {
                cell = values[altIndex - 1]
            } else if values.count == 1, altCount == 1 {
                cell = values[0]
            } else {
                cell = nil
            }
            if let numberTag = alleleNumberTags[tag], let numbers = info[numberTag]?.split(separator: ","),
                let number = Int(numbers.count == altCount ? numbers[altIndex - 1] : numbers[0]), number < Self.minimumAlleleNumber
            {
                continue
            }
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
