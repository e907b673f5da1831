import Profile
import Testing

/// Group A's reason and the clonality cue, decided in process.
@Suite struct BoardCueTests {
    private func alteration(_ gene: String, groups: [String], vaf: Double?, filter: String = "PASS") -> Alteration {
        Alteration(
            gene: gene, alteration: "x", groups: groups, pathway: "", ruleID: "R-\(gene)", evidenceLevel: .named,
            sources: [Citation(id: "SRC-\(gene)", citation: "c", url: "")], basis: "", transcript: "", hgvsc: "", hgvsp: "",
            records: [SupportingRecord(variant: "\(gene):1", filter: filter, vaf: vaf, depth: nil)])
    }

    @Test func groupAReasonsSayWhy() {
        let none = SampleProfile(sample: "S", alterations: [], genericDrugs: "decitabine")
        #expect(
            none.generic == GenericArm(reason: .noTarget, detail: "no alteration meets a qualifying rule of the knowledge base", drugs: "decitabine"))
        let excluded = SampleProfile(
            sample: "S", alterations: [alteration("JAK2", groups: ["C"], vaf: 0.4)],
            exclusions: [alteration("BCL2", groups: ["B", "C"], vaf: 0.4)])
        #expect(excluded.generic?.reason == .allExcluded)
        #expect(excluded.generic?.detail == "C barred by BCL2 x (R-BCL2; SRC-BCL2)")
        let missed = SampleProfile(sample: "S", alterations: [], nearMisses: [alteration("KRAS", groups: ["D"], vaf: 0.3, filter: "LowQual")])
        #expect(missed.generic?.reason == .onlyNearMisses)
        #expect(missed.generic?.detail == "KRAS x (R-KRAS) for D: LowQual")
        #expect(SampleProfile(sample: "S", alterations: [alteration("KRAS", groups: ["D"], vaf: 0.3)]).generic == nil)
    }

    @Test func aLowOrRelativelyLowVAFIsSubclonal() {
        let profile = SampleProfile(
            sample: "S",
            alterations: [
                alteration("JAK2", groups: ["C"], vaf: 0.45),
                alteration("KRAS", groups: ["D"], vaf: 0.2),
                alteration("CRLF2", groups: ["C"], vaf: nil),
            ])
        #expect(profile.alterations.map { $0.clonality?.subclonal } == [false, true, nil])
        #expect(profile.alterations[1].clonality?.relativeCellFraction == 0.44)
        #expect(profile.alterations[1].clonality?.cellFraction == 0.4)
        #expect(profile.flags.filter { $0.code == .subclonal }.count == 1)
        let lone = SampleProfile(sample: "S", alterations: [alteration("PTPN11", groups: ["D"], vaf: 0.05)])
        #expect(lone.alterations[0].clonality?.subclonal == true, "below 0.10 whatever the rest")
        #expect(lone.alterations[0].clonality?.relativeCellFraction == 1)
    }

    @Test("the clonality cue follows a given blast fraction; a fusion's read fraction is no clone size (issue 27)")
    func blastFractionAndStructuralRecords() {
        let clonalInFewBlasts = [alteration("KRAS", groups: ["D"], vaf: 0.07)]
        #expect(SampleProfile(sample: "S", alterations: clonalInFewBlasts).alterations[0].clonality?.subclonal == true)
        #expect(SampleProfile(sample: "S", alterations: clonalInFewBlasts, blastFraction: 0.15).alterations[0].clonality?.subclonal == false)
        #expect(
            SampleProfile(sample: "S", alterations: [alteration("KRAS", groups: ["D"], vaf: 0.03)], blastFraction: 0.15)
                .alterations[0].clonality?.subclonal == true)
        var fusion = alteration("ABL1", groups: ["B"], vaf: 1.0)
        fusion = Alteration(
            gene: "ABL1", alteration: "NUP214::ABL1", groups: ["B"], pathway: "", ruleID: "R-ABL1", evidenceLevel: .named,
            sources: fusion.sources, basis: "", transcript: "", hgvsc: "", hgvsp: "", records: fusion.records)
        let profile = SampleProfile(sample: "S", alterations: [fusion, alteration("JAK2", groups: ["C"], vaf: 0.2)])
        #expect(profile.alterations[1].clonality?.reference == "JAK2 x VAF 0.2")
        #expect(profile.alterations[1].clonality?.subclonal == false)
    }
}
