import Annotation
import Foundation
import HemimatchTestSupport
import Testing
import VariantIO

/// Population frequencies, found by field name in real annotator output (read in place from
/// `../shared/testdata`, skipped when it is absent) and in hand-made headers.
@Suite struct PopulationFrequencyTests {
    static var hasShared: Bool { Repository.hasSharedTestData }

    @Test func fieldNamesThatArePopulationFrequencies() {
        for name in [
            "AF", "MAX_AF", "gnomAD_AF", "gnomADe_AF", "gnomADg_AF", "gnomAD_NFE_AF", "EUR_AF", "AA_AF", "ExAC_AF", "ExAC_AF_AFR",
            "gnomAD2.1_AF_popmax", "GMAF", "EUR_MAF",
        ] {
            #expect(PopulationFrequencyFields.isPopulationConsequenceField(name), "\(name)")
        }
        for name in ["MAX_AF_POPS", "Allele", "SYMBOL", "HGVSp", "CLIN_SIG"] {
            #expect(!PopulationFrequencyFields.isPopulationConsequenceField(name), "\(name)")
        }
        for tag in [
            "gnomAD_AF", "gnomADg_AF", "gnomADg_NFE_AF", "AF_popmax", "AF_grpmax", "AF_nfe", "dbNSFP_gnomAD_exomes_AF",
            "dbNSFP_ExAC_AF", "dbNSFP_1000Gp3_AF", "gnomAD_AF_popmax", "ExAC_AF",
        ] {
            #expect(PopulationFrequencyFields.isPopulationInfoTag(tag), "\(tag)")
        }
        // INFO AF is the caller's sample or cohort allele fraction, never a population frequency.
        for tag in ["AF", "TLOD", "gnomADg_Hom", "gnomADg_AC", "gnomADm_AF_hom", "AF_tumor", "NGSD_HAF", "CSQ"] {
            #expect(!PopulationFrequencyFields.isPopulationInfoTag(tag), "\(tag)")
        }
    }

    @Test func highestFrequencyCountsAndTheFieldIsNamed() {
        let format = ConsequenceFormat(headerDescription: "Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|gnomADe_AF|gnomADg_AF|MAX_AF")!
        let fields = PopulationFrequencyFields(
            infoTags: [("AF", "Float"), ("gnomAD_AF", "Float"), ("MyPopAF", "Float")],
            consequenceFormats: [format], extra: ["MyPopAF"])
        #expect(fields.infoTags == ["gnomAD_AF", "MyPopAF"])
        #expect(fields.names == ["gnomAD_AF", "MyPopAF", "CSQ/gnomADe_AF", "CSQ/gnomADg_AF", "CSQ/MAX_AF"])
        let found = fields.frequency(
            info: ["AF": "0.5", "gnomAD_AF": "0.01,0.2"], altIndex: 2, altCount: 2,
            consequences: [(tag: "CSQ", values: ["gnomADe_AF": "0.27", "MAX_AF": "0.3"])])
        #expect(found == PopulationFrequency(value: 0.3, field: "CSQ/MAX_AF"))
        #expect(fields.frequency(info: ["AF": "0.5"], altIndex: 1, altCount: 1, consequences: []) == nil)
        #expect(
            fields.frequency(info: ["MyPopAF": "T:0.004&C:0.002"], altIndex: 1, altCount: 1, consequences: [])
                == PopulationFrequency(value: 0.004, field: "MyPopAF"))
        // Number=1 with several ALTs: whose frequency it is cannot be told, so it is not used.
        #expect(fields.frequency(info: ["gnomAD_AF": "0.3"], altIndex: 1, altCount: 2, consequences: []) == nil)
    }

    /// Every record's highest population frequency in a real file, by `chrom:pos`.
    private func frequencies(_ path: String) throws -> (fields: [String], byLocus: [String: PopulationFrequency]) {
        let probe = try VariantReader(path: path)
        let formats = ConsequenceFormat.tags.compactMap { tag in
            probe.header.infoDefinition(tag).flatMap { ConsequenceFormat(tag: tag, headerDescription: $0.description) }
        }
        let fields = PopulationFrequencyFields(infoTags: probe.header.info.map { ($0.id, $0.type) }, consequenceFormats: formats)
        let reader = try VariantReader(path: path, request: FieldRequest(info: formats.map(\.tag) + fields.infoTags))
        var found: [String: PopulationFrequency] = [:]
        while let record = try reader.next(where: { _, _, _ in true }) {
            var consequences: [(tag: String, values: [String: String])] = []
            for format in formats {
                guard let value = record.info[format.tag] else { continue }
                let parser = ConsequenceParser(format: format, extraFields: fields.consequenceFields[format.tag] ?? [])
                consequences += try parser.parse(value).map { (format.tag, $0.extra) }
            }
            found["\(record.contig):\(record.position)"] = fields.frequency(
                info: record.info.byTag, altIndex: 1, altCount: record.alts.count,
                consequences: consequences)
        }
        return (fields.names, found)
    }

    @Test(.enabled(if: hasShared, "../shared/testdata is absent"))
    func megSAPInfoGnomAD() throws {
        let vicc = try frequencies(Repository.sharedTestData.appendingPathComponent("megsap/an_vcf_out_som_vicc.vcf").path)
        #expect(vicc.fields == ["gnomADg_AF", "gnomADg_AFR_AF", "gnomADg_AMR_AF", "gnomADg_EAS_AF", "gnomADg_NFE_AF", "gnomADg_SAS_AF"])
        #expect(vicc.byLocus["chr11:64118936"] == PopulationFrequency(value: 0.00026, field: "gnomADg_AMR_AF"))
        #expect(vicc.byLocus["chr17:7674229"] == PopulationFrequency(value: 0.00019, field: "gnomADg_EAS_AF"))
        // KRAS p.G12V (chr12:25245350) has no gnomAD entry: no frequency, so it can still qualify.
        #expect(vicc.byLocus["chr12:25245350"] == nil)
        #expect(vicc.byLocus["chr12:4370550"] == PopulationFrequency(value: 0.00002, field: "gnomADg_AF"))
        #expect(vicc.byLocus.count == 3)

        let gsvar = try frequencies(Repository.sharedTestData.appendingPathComponent("megsap/vcf2gsvar_somatic_in1.vcf").path)
        #expect(gsvar.fields.contains("gnomADg_AF") && gsvar.fields.contains("CSQ/gnomAD_AF") && gsvar.fields.contains("CSQ/AF"))
        #expect(gsvar.byLocus["chr21:10541002"]?.value == 0.30912)
        #expect(gsvar.byLocus["chr21:32601784"]?.value == 0.00304)
    }

    @Test(.enabled(if: hasShared, "../shared/testdata is absent"))
    func bcftoolsSplitVepCsqFrequencies() throws {
        let one = try frequencies(Repository.sharedTestData.appendingPathComponent("bcftools/split-vep.10.vcf").path)
        #expect(one.fields.contains("CSQ/MAX_AF") && one.fields.contains("CSQ/gnomAD_NFE_AF") && !one.fields.contains("CSQ/MAX_AF_POPS"))
        // MAX_AF and AA_AF both say 0.000227: the higher value counts, ties broken by field name.
        #expect(one.byLocus["9:94487044"] == PopulationFrequency(value: 0.000227, field: "CSQ/AA_AF"))

        // INFO AF=1 is the caller's, not the population's: the CSQ's 1000 Genomes SAS/MAX_AF 0.1943 counts.
        let two = try frequencies(Repository.sharedTestData.appendingPathComponent("bcftools/split-vep.2.vcf").path)
        #expect(!two.fields.contains("AF"))
        #expect(two.byLocus["1:14464"] == PopulationFrequency(value: 0.1943, field: "CSQ/MAX_AF"))
    }

    @Test(.enabled(if: hasShared, "../shared/testdata is absent"))
    func vcf2mafExACFrequencies() throws {
        let pindel = try frequencies(Repository.sharedTestData.appendingPathComponent("vcf2maf/test_pindel.vep.vcf").path)
        #expect(pindel.fields.contains("CSQ/ExAC_AF") && pindel.fields.contains("CSQ/ExAC_AF_AFR"))
        #expect(pindel.byLocus["20:29625924"] == PopulationFrequency(value: 0.0446, field: "CSQ/ExAC_AF_AFR"))
    }
}
