import VariantIO

/// Reads the junctions and copy-number changes of a structural-variant VCF record: breakend ALTs in
/// all four bracket forms, DELLY-style single-record translocations (`CHR2`/`END`/`CT`), and symbolic
/// `<DEL>`, `<DUP>`, `<TDUP>`, `<INV>`, `<CNV>` with `END` or `SVLEN`.
public enum StructuralRecordParser {
    /// INFO fields the parser reads.
    public static let infoTags = [
        "SVTYPE", "END", "SVLEN", "MATEID", "EVENT", "CHR2", "CT", "CN", "GENE5", "GENE3", "GENE_NAME",
        "END2", "STRANDS",
    ]

    public struct Result: Sendable, Equatable {
        public var junctions: [Junction] = []
        public var copyNumberEvents: [CopyNumberEvent] = []
        /// Single breakends (`.A`, `A.`): one side known, the partner not.
        public var singleBreakends: [SingleBreakend] = []
        /// Why a structural ALT could not be used, if one could not.
        public var problems: [String] = []
    }

    /// - Parameter reading: how this caller writes each sample's support (from the header's FORMAT definitions).
    public static func parse(_ record: VariantRecord, reading: StructuralSupport = StructuralSupport()) -> Result {
        var result = Result()
        let filter = record.filterText
        let evidence = Evidence.structuralRecord(contig: record.contig, position: record.position, id: record.id)
        for (offset, alt) in record.alts.enumerated() {
            let single = SingleBreakend.keptSide(alt: alt)
            let support = record.samples.map {
                reading.support($0, altIndex: offset + 1, ref: record.ref, alt: alt, singleBreakend: single != nil)
            }
            func junction(_ first: BreakpointEnd, _ second: BreakpointEnd) {
                result.junctions.append(
                    Junction(
                        first: first, second: second, annotatedFivePrime: record.info["GENE5"],
                        annotatedThreePrime: record.info["GENE3"],
                        annotatedGene: record.info["GENE_NAME"]?.split(separator: ",").first.map(String.init),
                        evidence: evidence, filter: filter, support: support))
            }
            func copyNumber(_ start: Int, _ end: Int, _ direction: CopyNumberEvent.Direction, _ copies: Double?) {
                result.copyNumberEvents.append(
                    CopyNumberEvent(
                        contig: record.contig, start: start, end: end, direction: direction,
                        copyNumber: copies, log2: nil, evidence: evidence, filter: filter,
                        support: support))
            }
            if alt.contains("[") || alt.contains("]") {
                guard let (first, second) = breakend(alt, contig: record.contig, position: record.position) else {
                    result.problems.append("record \(record.ordinal) (\(record.locus)): malformed breakend ALT '\(alt)'")
                    continue
                }
                junction(first, second)
                continue
            }
            if let single {
                // One side only: its evidence says so (`Evidence.singleBreakend`), its partner is not placed.
                result.singleBreakends.append(
                    SingleBreakend(
                        end: BreakpointEnd(contig: record.contig, position: record.position, kept: single),
                        evidence: .singleBreakend(contig: record.contig, position: record.position, id: record.id),
                        filter: filter, support: support))
                continue
            }
            let type = svType(alt: alt, info: record.info)
            // POS is the padding base before a symbolic event; END its last base.
            let end =
                bounded(record.info["END"])
                ?? bounded(record.info["SVLEN"]).flatMap { bounded(String(record.position + $0)) }
            let copies = record.info["CN"].flatMap { Double($0) }
            switch type {
            case "DEL":
                guard let end, end > record.position else { result.problems.append(missingEnd(record)); continue }
                junction(
                    BreakpointEnd(contig: record.contig, position: record.position, kept: .left),
                    BreakpointEnd(contig: record.contig, position: end + 1, kept: .right))
                copyNumber(record.position + 1, end, .loss, copies)
            case "DUP", "TDUP":
                guard let end, end > record.position else { result.problems.append(missingEnd(record)); continue }
                junction(
                    BreakpointEnd(contig: record.contig, position: end, kept: .left),
                    BreakpointEnd(contig: record.contig, position: record.position + 1, kept: .right))
                copyNumber(record.position + 1, end, .gain, copies)
            case "INS":
                // An insertion gains sequence at one point (an ITD may be written so).
                copyNumber(record.position, record.position, .gain, nil)
            case "INV":
                guard let end, end > record.position else { result.problems.append(missingEnd(record)); continue }
                junction(
                    BreakpointEnd(contig: record.contig, position: record.position, kept: .left),
                    BreakpointEnd(contig: record.contig, position: end, kept: .left))
                junction(
                    BreakpointEnd(contig: record.contig, position: record.position + 1, kept: .right),
                    BreakpointEnd(contig: record.contig, position: end + 1, kept: .right))
            case "CNV":
                guard let end, end >= record.position, let copies else { continue }
                if copies < 2 { copyNumber(record.position + 1, end, .loss, copies) }
                if copies > 2 { copyNumber(record.position + 1, end, .gain, copies) }
            case "BND", "TRA", "CTX":
                // DELLY writes a translocation in one record: the mate on CHR2 at END, sides in CT; GATK-SV
                // the mate at END2, sides in STRANDS.
                guard let mateContig = record.info["CHR2"], let end = bounded(record.info["END2"]) ?? bounded(record.info["END"]) else { continue }
                let sides = record.info["CT"] != nil ? connection(record.info["CT"]) : strands(record.info["STRANDS"])
                junction(
                    BreakpointEnd(contig: record.contig, position: record.position, kept: sides.0),
                    BreakpointEnd(contig: mateContig, position: end, kept: sides.1))
            default:
                continue
            }
        }
        return result
    }

    /// The ends of `t[p[`, `t]p]`, `]p]t` and `[p[t`: this breakpoint keeps its left side when the
    /// ALT starts with bases, the mate keeps its right side when its bracket is `[`.
    static func breakend(_ alt: String, contig: String, position: Int) -> (BreakpointEnd, BreakpointEnd)? {
        guard let bracket = alt.first(where: { $0 == "[" || $0 == "]" }) else { return nil }
        let parts = alt.split(separator: bracket, omittingEmptySubsequences: false)
        guard parts.count == 3, let colon = parts[1].lastIndex(of: ":"),
            let matePosition = Int(parts[1][parts[1].index(after: colon)...]), matePosition > 0, matePosition <= maxPosition
        else { return nil }
        let mateContig = String(parts[1][..<colon])
        let leading = parts[0].isEmpty
        guard !mateContig.isEmpty, leading != parts[2].isEmpty else { return nil }
        return (
            BreakpointEnd(contig: contig, position: position, kept: leading ? .right : .left),
            BreakpointEnd(contig: mateContig, position: matePosition, kept: bracket == "[" ? .right : .left)
        )
    }

    /// DELLY's `CT`: `3to5` joins the left of the first breakpoint to the right of the second.
    private static func connection(_ ct: String?) -> (KeptSide?, KeptSide?) {
        func side(_ digit: Character?) -> KeptSide? { digit == "3" ? .left : digit == "5" ? .right : nil }
        guard let ct, ct.count == 4 else { return (nil, nil) }
        return (side(ct.first), side(ct.last))
    }

    /// GATK-SV's and LUMPY's `STRANDS`: `+` keeps the sequence left of a breakpoint, `-` the sequence right of it.
    private static func strands(_ text: String?) -> (KeptSide?, KeptSide?) {
        func side(_ sign: Character?) -> KeptSide? { sign == "+" ? .left : sign == "-" ? .right : nil }
        guard let text, text.count >= 2 else { return (nil, nil) }
        let signs = Array(text.prefix(2))
        return (side(signs[0]), side(signs[1]))
    }

    /// Positions and lengths beyond any contig are malformed; keeping them small keeps arithmetic safe.
    static let maxPosition = Int(Int32.max)

    /// The absolute value of a whole number in 1...`maxPosition`, else `nil` (SVLEN is negative for deletions).
    private static func bounded(_ text: String?) -> Int? {
        guard let text, let value = Int(text), value != Int.min, (1...maxPosition).contains(abs(value)) else { return nil }
        return abs(value)
    }

    private static func svType(alt: String, info: InfoValues) -> String {
        if alt.hasPrefix("<"), alt.hasSuffix(">") {
            let symbol = alt.dropFirst().dropLast().split(separator: ":").first.map(String.init) ?? ""
            if ["DEL", "DUP", "TDUP", "INV", "CNV", "INS", "BND", "TRA", "CTX"].contains(symbol) { return symbol }
        }
        return info["SVTYPE"] ?? ""
    }

    private static func missingEnd(_ record: VariantRecord) -> String {
        "record \(record.ordinal) (\(record.locus)): structural record without a usable END or SVLEN (END before POS?)"
    }
}
