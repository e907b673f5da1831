import Annotation
import Testing

@Suite("AlleleSpelling.vep")
struct AlleleSpellingTests {
    @Test("an SNV keeps its ALT")
    func snv() {
        #expect(AlleleSpelling.vep(ref: "C", alts: ["T"]) == ["T"])
    }

    @Test("a deletion drops the shared first base and leaves '-'")
    func deletion() {
        #expect(AlleleSpelling.vep(ref: "CCGTG", alts: ["C"]) == ["-"])
    }

    @Test("an insertion drops the shared first base")
    func insertion() {
        #expect(AlleleSpelling.vep(ref: "A", alts: ["AGAAGTACTTCTCGAAATCCAT"]) == ["GAAGTACTTCTCGAAATCCAT"])
    }

    @Test("a multi-allelic indel record trims every ALT when all alleles share the first base")
    func multiAllelicShared() {
        #expect(AlleleSpelling.vep(ref: "CT", alts: ["C", "CTT", "CA"]) == ["-", "TT", "A"])
    }

    @Test("a multi-allelic record whose alleles do not all share the first base keeps every ALT")
    func multiAllelicMixed() {
        #expect(AlleleSpelling.vep(ref: "C", alts: ["T", "CA"]) == ["T", "CA"])
        #expect(AlleleSpelling.vep(ref: "C", alts: ["T", "G"]) == ["T", "G"])
    }

    @Test("symbolic and breakend ALTs are never trimmed")
    func symbolic() {
        #expect(AlleleSpelling.vep(ref: "C", alts: ["<DEL>"]) == ["<DEL>"])
        #expect(AlleleSpelling.vep(ref: "CA", alts: ["C", "<DEL>"]) == ["C", "<DEL>"])
        #expect(AlleleSpelling.vep(ref: "G", alts: ["G[13:28034105["]) == ["G[13:28034105["])
    }

    @Test("a deletion whose ALT starts with another base keeps it")
    func unanchoredDeletion() {
        #expect(AlleleSpelling.vep(ref: "CT", alts: ["A"]) == ["A"])
    }

    // VEP trims the first base only when some ALT differs in length from REF (Parser/VCF.pm, $is_indel).
    @Test
    func mnvSharingFirstBase() {
        #expect(AlleleSpelling.vep(ref: "CA", alts: ["CG"]) == ["CG"])
        #expect(AlleleSpelling.vep(ref: "CAT", alts: ["CGC", "CTA"]) == ["CGC", "CTA"])
    }

    // VEP leaves '*' (spanning deletion) out of the shared-first-base test and trims the other ALTs.
    @Test
    func spanningDeletionAllele() {
        #expect(AlleleSpelling.vep(ref: "CT", alts: ["C", "*"]) == ["-", "*"])
    }
}
