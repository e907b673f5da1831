import Foundation
import HemimatchTestSupport
import Testing
import VariantIO

@Suite("VariantHeader of the tumor/normal test file")
struct VariantHeaderTests {
    let header: VariantHeader

    init() throws {
        header = try VariantReader(path: Repository.tumorNormalVCF).header
    }

    @Test("samples in column order")
    func samples() {
        #expect(header.samples == ["TUMOR", "NORMAL"])
    }

    @Test("contigs with their GRCh38 lengths, in header order")
    func contigs() {
        #expect(
            header.contigs == [
                Contig(name: "chr1", length: 248956422),
                Contig(name: "chr9", length: 138394717),
                Contig(name: "chr12", length: 133275309),
                Contig(name: "chr13", length: 114364328),
                Contig(name: "chr17", length: 83257441),
            ])
    }

    /// The VEP `Format:` list the test file's CSQ description ends with.
    static let csqDescription =
        "Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Gene|"
        + "Feature_type|Feature|BIOTYPE|HGVSc|HGVSp|CANONICAL|MANE_SELECT"

    @Test("the CSQ INFO definition, with its VEP Format list in the description")
    func infoDefinitions() throws {
        #expect(header.info.map(\.id) == ["CSQ"])
        let csq = try #require(header.infoDefinition("CSQ"))
        #expect(csq.number == ".")
        #expect(csq.type == "String")
        #expect(csq.description.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) == Self.csqDescription)
        #expect(header.infoDefinition("ANN") == nil)
    }

    @Test("the GT, AD and DP FORMAT definitions")
    func formatDefinitions() throws {
        #expect(header.format.map(\.id) == ["GT", "AD", "DP"])
        let ad = try #require(header.formatDefinition("AD"))
        #expect(ad.number == "R")
        #expect(ad.type == "Integer")
        #expect(header.formatDefinition("DP")?.type == "Integer")
        #expect(header.formatDefinition("GT")?.number == "1")
        #expect(header.formatDefinition("AF") == nil)
    }

    // htslib keeps the VCF quoting in header values; copyHeader copies `"Allelic depths"` quotes and all.
    @Test
    func descriptionsWithoutQuotes() throws {
        #expect(header.infoDefinition("CSQ")?.description == Self.csqDescription)
        #expect(header.formatDefinition("AD")?.description == "Allelic depths")
        #expect(header.formatDefinition("GT")?.description == "Genotype")
    }

    @Test("generic ##key=value lines, looked up by key")
    func metaValues() {
        #expect(header.metaValue("normal_sample") == "NORMAL")
        #expect(header.metaValue("tumor_sample") == "TUMOR")
        #expect(header.metaValue("reference") == "GRCh38")
        #expect(header.metaValue("fileformat") == "VCFv4.2")
        #expect(header.metaValue("no_such_key") == nil)
        #expect(header.meta.map(\.key) == ["fileformat", "source", "reference", "tumor_sample", "normal_sample"])
    }
}
