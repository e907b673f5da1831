import CHTSlib
import Glibc
import HemimatchTestSupport
import Testing

@testable import VariantIO

/// A kept record's INFO strings and FORMAT values are views of the htslib buffers it took from its
/// reader (`RecordBuffer`); buffers come back to the reader's pool only when no record holds them.
@Suite struct RecordBufferTests {
    @Test func aRecordReadsItsOwnValuesAfterItsReaderIsGone() throws {
        var kept: [VariantRecord] = []
        do {
            let reader = try VariantReader(path: Repository.tumorNormalVCF, request: TumorNormal.request)
            while let record = try reader.next(where: { _, _, _ in true }) { kept.append(record) }
        }
        #expect(kept == TumorNormal.records)
        #expect(kept[3].info.bytes("CSQ")?.text == TumorNormal.krasG12DCSQ)
        #expect(kept[3].samples.map(\.integers) == [["AD": [52, 48], "DP": [100]], ["AD": [61, 0], "DP": [61]]])
    }

    @Test func buffersOfDroppedRecordsAreReusedWithoutTouchingKeptOnes() throws {
        // Every other record is dropped at once, so the next records are parsed into its buffers.
        let reader = try VariantReader(path: Repository.tumorNormalVCF, request: TumorNormal.request)
        var kept: [VariantRecord] = []
        while let record = try reader.next(where: { _, _, _ in true }) {
            if record.ordinal % 2 == 1 { kept.append(record) }
        }
        #expect(kept == [0, 2, 4].map { TumorNormal.records[$0] })
    }
}

/// The pool's spare buffers are bounded in bytes, not only in count: 2,048 buffers of a megabyte each
/// would hold 2 GB after a run of large records.
@Suite struct RecordPoolTests {
    @Test func spareBuffersStopAtTheByteBudget() {
        let pool = RecordPool()
        let size = (1 << 20) - 1000
        let records = (0..<40).map { _ -> UnsafeMutablePointer<bcf1_t> in
            let record = bcf_init()!
            record.pointee.shared.s = malloc(size)?.assumingMemoryBound(to: CChar.self)
            record.pointee.shared.m = size
            return record
        }
        records.forEach(pool.recycle)
        let taken = (0..<40).map { _ in pool.take() }
        // A spare buffer comes back with its room; a new one has none.
        let reused = taken.filter { $0.pointee.shared.m == size }.count
        #expect(reused == RecordPool.budget / size)
        #expect(reused == 32)
        taken.forEach { bcf_destroy($0) }
    }
}
