import HemimatchTestSupport
import Testing

/// `hemimatch explain`: rule by rule, met or not and why.
@Suite struct ExplainEndToEndTests {
    private func lines(_ variant: String, _ extra: [String] = []) throws -> [String] {
        let result = try Hemimatch.run(["explain", variant] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return result.text.split(separator: "\n").map(String.init)
    }

    @Test func exclusionIsShownBesideTheQualifyingRule() throws {
        let out = try lines("JAK2:p.Y931C")
        #expect(
            out.contains { $0.hasPrefix("  C-JAK2-DOMAINS        met      p.Y931C meets missense_range 536-1132   ") && $0.hasSuffix("  → groups C") }
        )
        #expect(
            out.contains {
                $0.hasPrefix("  X-JAK2-Y931C          met      p.Y931C meets protein_change p.Y931C   ") && $0.hasSuffix("  → excludes C")
            })
        #expect(out.last == "verdict: excluded by X-JAK2-Y931C (bars C); not a qualifying alteration")
    }

    @Test func hotspotAlleleInEachBuild() throws {
        #expect(try lines("1:115256529:T:C").first == "1:115256529:T:C is NRAS p.Q61R (NM_002524.5:c.182A>G) in GRCh37")
        #expect(
            try lines("chr1:114713908:T:C", ["--build", "GRCh38"]).first
                == "chr1:114713908:T:C is NRAS p.Q61R (NM_002524.5:c.182A>G) in GRCh38")
        #expect(try lines("12:25245300:G:A").first == "12:25245300:G:A is not a known hotspot allele (it lies in KRAS).")
    }

    @Test func fusionsInBothOrders() throws {
        #expect(try lines("BCR::ABL1").contains("  B-BCR-ABL1     met      meets kinase_fusion from 242 with BCR (flagged)             → groups B"))
        #expect(try lines("ABL1::BCR").contains("  B-BCR-ABL1     not met  needs ABL1 as the 3' partner, partners from 242 with BCR    → groups B"))
        #expect(
            try lines("DUX4::IGH") == [
                "DUX4::IGH (5' DUX4, 3' IGH; breakpoints not given, so the kinase domain is not checked)",
                "  no fusion rule names DUX4 or IGH: outside the trial's rules",
                "verdict: not met: outside the trial's rules",
            ])
    }

    @Test func badVariantIsAUsageError() throws {
        let result = try Hemimatch.run(["explain", "NOTAGENE:p.G12D"])
        #expect(result.status == 64)
        #expect(result.stderr == "hemimatch: 'NOTAGENE:p.G12D' is not GENE:p.CHANGE of a knowledge-base gene (write it as KRAS:p.G12D)\n")
    }
}
