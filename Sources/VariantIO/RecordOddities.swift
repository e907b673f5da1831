/// Records a reader takes as htslib takes them, though they are unusual or off the VCF
/// specification: counted by kind, the first few named, for one warning per kind.
struct RecordOddities {
    enum Kind: CaseIterable {
        /// POS 0: the specification's telomere position (Long Ranger writes deletions there).
        case telomere
        /// More tab-separated columns than the header names (novoBreak): htslib ignores the extra ones.
        case extraColumns

        var explanation: String {
            switch self {
            case .telomere: "POS 0, the VCF specification's telomere position: read as htslib and bcftools read it"
            case .extraColumns:
                "more columns than the header names, off the VCF specification: the extra columns are ignored, as htslib and bcftools ignore them"
            }
        }
    }

    /// How many examples a warning names.
    static let examplesNamed = 3

    private var counts: [Kind: Int] = [:]
    private var examples: [Kind: [String]] = [:]
    /// Records on contigs a header with `##contig` lines does not declare, per contig in the order met.
    private var undeclared: [(contig: String, records: Int)] = []

    /// How many notes were taken, of every kind.
    private(set) var noted = 0

    /// A record on `contig`, which the header does not declare.
    mutating func noteUndeclared(_ contig: String) {
        noted += 1
        if let index = undeclared.firstIndex(where: { $0.contig == contig }) {
            undeclared[index].records += 1
        } else {
            undeclared.append((contig, 1))
        }
    }

    mutating func note(_ kind: Kind, record: Int, locus: String, detail: String?) {
        noted += 1
        counts[kind, default: 0] += 1
        if examples[kind, default: []].count < Self.examplesNamed {
            examples[kind, default: []].append("record \(record) (\(locus)\(detail.map { ", \($0)" } ?? ""))")
        }
    }

    /// One warning per kind met, in a fixed order, then one per undeclared contig.
    var warnings: [String] {
        kindWarnings
            + undeclared.map { contig, records in
                "\(records) record\(records == 1 ? "" : "s") on contig \(contig), which the header's ##contig lines do not declare: "
                    + "read and matched like the others, but is the header the file's own?"
            }
    }

    private var kindWarnings: [String] {
        Kind.allCases.compactMap { kind in
            guard let count = counts[kind] else { return nil }
            let named = examples[kind, default: []].joined(separator: ", ")
            let more = count > Self.examplesNamed ? " and \(count - Self.examplesNamed) more" : ""
            return "\(named)\(more): \(kind.explanation)"
        }
    }
}
