import Foundation
import Profile
import Testing

/// A supporting record's structured locus in the JSON (schema version 5), beside its `variant` text.
@Suite struct SupportingRecordTests {
    private func json(_ record: SupportingRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    @Test func anAlleleCarriesItsContigPositionAndBases() throws {
        let record = SupportingRecord(
            variant: "chr12:25245350:C:T", locus: .allele(contig: "chr12", position: 25245350, ref: "C", alt: "T"),
            filter: "PASS", vaf: 0.5, depth: 10)
        #expect(
            try json(record)
                == #"{"depth":10,"filter":"PASS","locus":{"alt":"T","contig":"chr12","kind":"allele","position":25245350,"ref":"C"},"vaf":0.5,"variant":"chr12:25245350:C:T"}"#
        )
    }

    @Test func aTableRowCarriesItsFileAndLine() throws {
        let record = SupportingRecord(
            variant: "arriba.tsv line 2", locus: .row(.tableRow, file: "arriba.tsv", line: 2),
            filter: "high", vaf: nil, depth: nil)
        #expect(try json(record) == #"{"filter":"high","locus":{"file":"arriba.tsv","kind":"table-row","line":2},"variant":"arriba.tsv line 2"}"#)
    }

    @Test func aRecordWrittenBeforeTheLocusReadsBackWithoutOne() throws {
        let old = try JSONDecoder().decode(SupportingRecord.self, from: Data(#"{"filter":"PASS","variant":"chr1:10:A:G"}"#.utf8))
        #expect(old == SupportingRecord(variant: "chr1:10:A:G", filter: "PASS", vaf: nil, depth: nil))
        #expect(old.locus == nil)
    }
}
