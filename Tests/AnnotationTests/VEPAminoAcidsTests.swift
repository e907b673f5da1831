import Annotation
import HemimatchTestSupport
import Testing

/// VEP's default output (no `--hgvs`): the change is read from `Protein_position` and `Amino_acids`.
@Suite("VEP without HGVSp")
struct VEPAminoAcidsTests {
    /// VEP's default field order, HGVSc and HGVSp present but empty.
    static let defaultFields = [
        "Allele", "Consequence", "IMPACT", "SYMBOL", "Gene", "Feature_type", "Feature", "BIOTYPE", "EXON",
        "INTRON", "HGVSc", "HGVSp", "cDNA_position", "CDS_position", "Protein_position", "Amino_acids", "Codons",
    ]

    static func protein(
        _ position: String, _ aminoAcids: String, _ consequence: String,
        fields: [String] = defaultFields
    ) throws -> String {
        let parser = ConsequenceParser(format: try VEPSample.format(fields))
        let entry = VEPSample.entry(
            fields,
            [
                "Allele": "A", "Consequence": consequence, "SYMBOL": "PTPN11",
                "Feature": "ENST00000351677", "Protein_position": position, "Amino_acids": aminoAcids,
            ])
        return try #require(try parser.parse(entry).first).hgvsp
    }

    @Test(
        "each kind of change is spelled in HGVS p. and read back by ProteinChange",
        arguments: [
            ("61", "D/N", "missense_variant", "p.D61N", ProteinChange.Kind.missense),
            ("60", "G/V", "missense_variant", "p.G60V", .missense),
            ("12", "G", "synonymous_variant", "p.G12=", .synonymous),
            ("61", "Q/*", "stop_gained", "p.Q61*", .nonsense),
            ("61", "Q/X", "frameshift_variant", "p.Q61fs", .frameshift),
            ("597-598", "EL/-", "inframe_deletion", "p.E597_L598del", .deletion),
            ("835", "D/-", "inframe_deletion", "p.D835del", .deletion),
            ("598-599", "-/KLM", "inframe_insertion", "p.X598_X599insKLM", .insertion),
            ("600", "Y/YDVREYEY", "inframe_insertion", "p.Y600delinsYDVREYEY", .delins),
            ("1", "M/V", "start_lost", "p.M1?", .unknown),
            ("596", "*/W", "stop_lost", "p.*596Wext*?", .stopLost),
        ])
    func spelled(position: String, aminoAcids: String, consequence: String, expected: String, kind: ProteinChange.Kind) throws {
        let hgvsp = try Self.protein(position, aminoAcids, consequence)
        #expect(hgvsp == expected)
        #expect(ProteinChange(hgvs: hgvsp)?.kind == kind)
    }

    @Test("a Y600delinsYDVREYEY insertion gains seven residues, as the in-frame insertion rules count them")
    func delinsGain() throws {
        #expect(ProteinChange(hgvs: try Self.protein("600", "Y/YDVREYEY", "inframe_insertion"))?.residuesGained == 7)
    }

    @Test(
        "no change is made up from positions VEP could not place or residues that are not one-letter codes",
        arguments: [
            ("", ""), ("?-600", "-/KL"), ("600-?", "Y/-"), ("61", ""), ("61", "Asp/Asn"), ("62-61", "DN/-"), ("61", "-/-"),
        ])
    func unusable(position: String, aminoAcids: String) throws {
        #expect(try Self.protein(position, aminoAcids, "missense_variant") == "")
    }

    @Test("an HGVSp that is present wins over the protein fields")
    func hgvspWins() throws {
        let fields = Self.defaultFields
        let parser = ConsequenceParser(format: try VEPSample.format(fields))
        let entry = VEPSample.entry(
            fields,
            [
                "Consequence": "missense_variant", "SYMBOL": "KRAS", "HGVSp": "ENSP00000308495.3:p.Gly12Asp",
                "Protein_position": "13", "Amino_acids": "G/D",
            ])
        #expect(try parser.parse(entry).first?.hgvsp == "ENSP00000308495.3:p.Gly12Asp")
    }

    @Test("a format without an HGVSp field is still VEP's when it has the protein fields")
    func formatWithoutHGVSp() throws {
        let fields = Self.defaultFields.filter { $0 != "HGVSp" && $0 != "HGVSc" }
        #expect(try VEPSample.format(fields).dialect == .vep)
        #expect(try Self.protein("146", "A/T", "missense_variant", fields: fields) == "p.A146T")
        #expect(ConsequenceFormat(headerDescription: VEPSample.description(["Allele", "Consequence", "SYMBOL", "Protein_position"])) == nil)
    }
}
