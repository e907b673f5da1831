import Testing

@testable import Annotation

@Suite("snpEff ANN and bcftools BCSQ read in VEP's terms")
struct AnnotationDialectTests {
    static let snpEffDescription =
        "Functional annotations: 'Allele | Annotation | Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | Transcript_BioType | Rank | HGVS.c | HGVS.p | cDNA.pos / cDNA.length | CDS.pos / CDS.length | AA.pos / AA.length | Distance | ERRORS / WARNINGS / INFO' "
    static let bcsqDescription =
        "Local consequence annotation from BCFtools/csq, see http://samtools.github.io/bcftools/howtos/csq-calling.html for details. Format: Consequence|gene|transcript|biotype|strand|amino_acid_change|dna_change"

    @Test func dialectsAreDetectedFromTheDescription() throws {
        #expect(try #require(ConsequenceFormat(tag: "ANN", headerDescription: Self.snpEffDescription)).dialect == .snpEff)
        #expect(try #require(ConsequenceFormat(tag: "BCSQ", headerDescription: Self.bcsqDescription)).dialect == .bcftools)
        let vepInANN = "Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Feature|HGVSc|HGVSp"
        #expect(try #require(ConsequenceFormat(tag: "ANN", headerDescription: vepInANN)).dialect == .vep)
        #expect(ConsequenceFormat(tag: "ANN", headerDescription: "Functional annotations") == nil)
    }

    @Test func snpEffEntriesUseRankForExonOrIntron() throws {
        let parser = ConsequenceParser(format: try #require(ConsequenceFormat(tag: "ANN", headerDescription: Self.snpEffDescription)))
        let value =
            "T|missense_variant|MODERATE|KRAS|ENSG00000133703|transcript|ENST00000311936.8|protein_coding|2/5|c.35G>A|p.Gly12Asp|225/5889|35/570|12/189||,"
            + "A|splice_donor_variant&intron_variant|HIGH|NF1|ENSG00000196712|transcript|ENST00000358273.9|protein_coding|12/57|c.1527+1G>A||||||"
        let entries = try parser.parse(value)
        #expect(entries.map(\.gene) == ["KRAS", "NF1"])
        #expect(entries.map(\.hgvsp) == ["p.Gly12Asp", ""])
        #expect(entries.map(\.exon) == [2, nil])
        #expect(entries.map(\.intron) == [nil, 12])
        #expect(entries[1].consequences == ["splice_donor_variant", "intron_variant"])
        #expect(entries.map(\.allele) == ["T", "A"])
    }

    @Test func bcsqEntriesBecomeVEPTerms() throws {
        let parser = ConsequenceParser(format: try #require(ConsequenceFormat(tag: "BCSQ", headerDescription: Self.bcsqDescription)))
        let value =
            "missense|KRAS|ENST00000311936|protein_coding|-|12G>12D|25245350C>T,non_coding|WASH7P||unprocessed_pseudogene,"
            + "@25245351,stop_gained|NF1|ENST00000358273|protein_coding|+|1362R>1362*|31229000C>T,synonymous|OR4F5|ENST00000335137|protein_coding|+|60S|69270A>G"
        let entries = try parser.parse(value)
        #expect(entries.map(\.gene) == ["KRAS", "WASH7P", "NF1", "OR4F5"], "the @ back-reference is skipped")
        #expect(entries.map(\.hgvsp) == ["p.G12D", "", "p.R1362*", "p.S60="])
        #expect(entries.map(\.consequences) == [["missense_variant"], ["non_coding"], ["stop_gained"], ["synonymous_variant"]])
        #expect(entries.map(\.allele) == ["T", "", "T", "G"])
    }

    @Test func bcsqLongerChangesAreLeftToTheConsequenceTerms() {
        #expect(BCSQ.hgvsp("835DI>835D") == nil)
        #expect(BCSQ.hgvsp("12G>13D") == nil, "positions must agree")
        #expect(BCSQ.term("*missense") == "missense_variant")
        #expect(BCSQ.term("inframe_deletion") == "inframe_deletion")
    }
}

@Suite("snpEff's old EFF")
struct LegacyEffTests {
    static let description =
        "Predicted effects for this variant.Format: 'Effect ( Effect_Impact | Functional_Class | Codon_Change | Amino_Acid_change| Amino_Acid_length | Gene_Name | Gene_BioType | Coding | Transcript | Exon [ | ERRORS | WARNINGS ] )' "

    @Test func entriesAreReadInVEPTerms() throws {
        let format = try #require(ConsequenceFormat(tag: "EFF", headerDescription: Self.description))
        #expect(format.dialect == .snpEffLegacy)
        let value =
            "NON_SYNONYMOUS_CODING(MODERATE|MISSENSE|gGt/gAt|G12D|189|KRAS|protein_coding|CODING|ENST00000311936|exon_12_25398208_25398329),"
            + "FRAME_SHIFT(HIGH||-/A|p.Ala48fs/c.142dupA|575|SH2B3|protein_coding|CODING|ENST00000341259|2),INTRON(MODIFIER||||494|WDR37|protein_coding|CODING|ENST00000263150|)"
        let entries = try ConsequenceParser(format: format).parse(value)
        #expect(entries.map(\.gene) == ["KRAS", "SH2B3", "WDR37"])
        #expect(entries.map(\.consequences) == [["missense_variant"], ["frameshift_variant"], ["intron_variant"]])
        #expect(entries.map(\.hgvsp) == ["p.G12D", "p.Ala48fs", ""])
        #expect(entries.map(\.exon) == [12, 2, nil])
        #expect(entries.map(\.transcript) == ["ENST00000311936", "ENST00000341259", "ENST00000263150"])
    }

    @Test func aMalformedEntryIsAnError() throws {
        let parser = ConsequenceParser(format: try #require(ConsequenceFormat(tag: "EFF", headerDescription: Self.description)))
        #expect(throws: AnnotationError.self) { try parser.parse("NON_SYNONYMOUS_CODING MODERATE") }
    }
}
