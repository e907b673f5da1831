import Annotation
import Testing

@Suite("ProteinChange(hgvs:)")
struct ProteinChangeTests {
    /// Parses `text`, failing the test when it is not recognised.
    func parse(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ProteinChange {
        try #require(ProteinChange(hgvs: text), "\(text) not parsed", sourceLocation: sourceLocation)
    }

    @Test("an ENSP-prefixed three-letter missense change")
    func enspMissense() throws {
        let change = try parse("ENSP00000308495.3:p.Gly12Asp")
        #expect(change.kind == .missense)
        #expect(change.description == "p.G12D")
        #expect(change.start == 12)
        #expect(change.end == 12)
        #expect(change.startResidue == "G")
        #expect(change.change == "D")
        #expect(change.residuesGained == 0)
    }

    @Test(
        "one-letter, parenthesised and RefSeq-prefixed spellings are the same change",
        arguments: [
            ("p.G12D", "p.G12D"), ("p.(Gly12Asp)", "p.G12D"), ("p.(G12D)", "p.G12D"),
            ("NP_004976.2:p.Gly12Val", "p.G12V"), ("ENST00000311936.8:c.35G>A:p.Gly12Asp", "p.G12D"),
        ])
    func spellings(text: String, description: String) throws {
        let change = try parse(text)
        #expect(change.kind == .missense)
        #expect(change.description == description)
        #expect(change.start == 12)
        #expect(change.startResidue == "G")
    }

    @Test("spellings of one change are equal values")
    func equality() throws {
        #expect(try parse("p.Gly12Asp") == parse("p.G12D"))
        #expect(try parse("p.Gly12Asp") != parse("p.Gly12Val"))
    }

    @Test("a synonymous change")
    func synonymous() throws {
        let change = try parse("p.Gly12=")
        #expect(change.kind == .synonymous)
        #expect(change.description == "p.G12=")
        #expect(try parse("p.G12G").kind == .synonymous)
    }

    @Test("a stop gained")
    func nonsense() throws {
        let change = try parse("p.Gln61Ter")
        #expect(change.kind == .nonsense)
        #expect(change.description == "p.Q61*")
        #expect(change.start == 61)
        #expect(try parse("p.Q61*") == change)
    }

    @Test("a frameshift")
    func frameshift() throws {
        let change = try parse("p.Ala127GlyfsTer18")
        #expect(change.kind == .frameshift)
        #expect(change.description == "p.A127Gfs*18")
        #expect(change.start == 127)
        #expect(change.change == "Gfs*18")
        #expect(change.residuesGained == 0)
    }

    @Test("an insertion between two residues")
    func insertion() throws {
        let change = try parse("p.Phe604_Glu605insMetAspPhe")
        #expect(change.kind == .insertion)
        #expect(change.description == "p.F604_E605insMDF")
        #expect(change.start == 604)
        #expect(change.end == 605)
        #expect(change.startResidue == "F")
        #expect(change.residuesGained == 3)
    }

    @Test("the FLT3 ITD of the test file gains seven residues")
    func flt3ITD() throws {
        let change = try parse("ENSP00000241453.7:p.Phe604_Glu605insMetAspPheGluLysTyrPhe")
        #expect(change.description == "p.F604_E605insMDFEKYF")
        #expect(change.residuesGained == 7)
    }

    @Test("a one-residue deletion")
    func deletion() throws {
        let change = try parse("p.Ile836del")
        #expect(change.kind == .deletion)
        #expect(change.description == "p.I836del")
        #expect(change.start == 836)
        #expect(change.end == 836)
        #expect(change.residuesGained == 0)
    }

    @Test("a two-residue deletion")
    func rangeDeletion() throws {
        let change = try parse("p.Asp835_Ile836del")
        #expect(change.kind == .deletion)
        #expect(change.description == "p.D835_I836del")
        #expect(change.start == 835)
        #expect(change.end == 836)
        #expect(change.startResidue == "D")
    }

    @Test("a duplication gains the residues it repeats")
    func duplication() throws {
        let change = try parse("p.Phe594_Asp600dup")
        #expect(change.kind == .duplication)
        #expect(change.description == "p.F594_D600dup")
        #expect(change.start == 594)
        #expect(change.end == 600)
        #expect(change.residuesGained == 7)
        #expect(try parse("p.Phe594dup").residuesGained == 1)
    }

    @Test("a delins gains what it adds beyond what it removes")
    func delins() throws {
        let change = try parse("p.Gly12_Gly13delinsAlaValSer")
        #expect(change.kind == .delins)
        #expect(change.description == "p.G12_G13delinsAVS")
        #expect(change.residuesGained == 1)
        #expect(try parse("p.Gly12_Gly13delinsVal").residuesGained == 0)
    }

    @Test("a stop lost")
    func stopLost() throws {
        let change = try parse("p.Ter110GlnextTer17")
        #expect(change.kind == .stopLost)
        #expect(change.description == "p.*110Qext*17")
    }

    @Test("an unknown effect")
    func unknown() throws {
        let change = try parse("p.?")
        #expect(change.kind == .unknown)
        #expect(change.description == "p.?")
        #expect(change.start == nil)
        #expect(change.startResidue == nil)
        #expect(change.residuesGained == 0)
    }

    @Test("an unknown effect at the start codon")
    func startCodon() throws {
        let change = try parse("p.Met1?")
        #expect(change.kind == .unknown)
        #expect(change.description == "p.M1?")
        #expect(change.start == 1)
        #expect(change.startResidue == "M")
    }

    @Test(
        "text that is not HGVS p. notation gives nil",
        arguments: [
            "c.35G>A", "", "p.", "ENST00000311936.8:c.35G>A", "p.Gly", "p.12D", "p.G12", "p.G13_G12del", "p.G12_G13D", "G12D",
        ])
    func junk(text: String) {
        #expect(ProteinChange(hgvs: text) == nil)
    }

    /// Bodies the pattern reads positions from but whose rest is no change: a range end without its residue,
    /// a range or a position with nothing after it, a dangling `_`.
    static let positionsWithoutAChange: Set<String> = ["G12_13del", "G12_G13", "*12", "G12_"]

    @Test(
        "positions and change are read as the pattern residue, digits, optional _residue digits, rest reads them",
        arguments: [
            "G12D", "G12_G13del", "G12_13del", "G12_G13", "E604_F605insSPR", "*12", "X12Y", "g12D", "G_12D", "G12_", "G12_*13del",
            "G12_G13delinsVV", "G12D\nx", "G12fs*18", "M1?", "G1234567890123456789012D", "G١٢D", "G12١fs", "A\u{301}12D", "G12=",
        ])
    func sameAsThePattern(body: String) throws {
        let parsed = ProteinChange(hgvs: "p." + body)
        guard let match = body.wholeMatch(of: #/([A-Z*])(\d+)(?:_([A-Z*])(\d+))?(.*)/#), let start = Int(match.2) else {
            #expect(parsed == nil, "\(body)")
            return
        }
        guard let parsed else {
            // The pattern matched, but what follows the positions is no HGVS change: each such body named here.
            #expect(Self.positionsWithoutAChange.contains(body), "\(body) parsed as nil")
            return
        }
        #expect(!Self.positionsWithoutAChange.contains(body), "\(body) parsed")
        #expect(parsed.startResidue == match.1.first)
        #expect(parsed.start == start)
        #expect(parsed.end == match.4.flatMap { Int($0) } ?? start)
        #expect(parsed.change == String(match.5))
    }

    @Test("a pattern match with a known change kind parses", arguments: ["G12D", "G12_G13del", "E604_F605insSPR", "G12fs*18", "G12="])
    func knownKindsParse(body: String) {
        #expect(ProteinChange(hgvs: "p." + body) != nil, "\(body)")
    }
}
