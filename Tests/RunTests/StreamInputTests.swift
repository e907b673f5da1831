import Foundation
import HemimatchTestSupport
import Profile
import Run
import Testing

/// Inputs that can be read only once (a FIFO, a process substitution's `/dev/fd/N`): opened once,
/// sniffed and read from the same handle, never hashed (there is nothing left to hash).
@Suite struct StreamInputTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    /// The report for `bytes` written into a FIFO made in the temporary folder.
    func reportThroughFIFO(_ bytes: Data, name: String) throws -> MatchReport {
        let fifo = folder.path(name)
        try #require(mkfifo(fifo, 0o600) == 0)
        let writer = FIFOWriter(path: fifo, bytes: bytes)
        defer { writer.finish() }
        return try FileRun(knowledgeBase: shippedKnowledgeBase, options: RunOptions()).report(input: fifo, threads: 1)
    }

    @Test func aVCFThroughAFIFOGivesTheFileSReport() throws {
        let path = Repository.testData("tumor_normal.grch38.vcf")
        let local = try fileReport("tumor_normal.grch38.vcf")
        let streamed = try reportThroughFIFO(try Data(contentsOf: URL(fileURLWithPath: path)), name: "calls.vcf")
        #expect(streamed.samples == local.samples)
        #expect(streamed.samples.first?.alterations.map { "\($0.gene) \($0.alteration)" } == ["JAK2 p.R683G", "KRAS p.G12D", "FLT3 ITD"])
        #expect(streamed.run.inputs.map(\.format) == ["vcf"])
        #expect(streamed.run.inputs.first?.sha256 == nil, "a stream is read once: nothing is left to hash")
        #expect(local.run.inputs.first?.sha256?.count == 64)
    }

    @Test func aGzippedMAFThroughAFIFOIsToldByItsContentAndRead() throws {
        let maf = Repository.testData("somatic.grch38.maf")
        let gzipped = folder.path("somatic.maf.gz")
        try ChildProcess.shell("gzip -c '\(maf)' > '\(gzipped)'")
        let local = try fileReport("somatic.grch38.maf")
        let streamed = try reportThroughFIFO(try Data(contentsOf: URL(fileURLWithPath: gzipped)), name: "somatic.maf")
        #expect(streamed.run.inputs.map(\.format) == ["maf"])
        #expect(streamed.samples == local.samples)
        #expect(streamed.samples.map { "\($0.sample) \($0.suggestedGroup)" } == ["P001-T D", "P002-T D", "P003-T incomplete"])
    }
}

/// Writes `bytes` into a FIFO on another thread once a reader has opened it; gives up after ten
/// seconds without a reader, so a failing test cannot hang.
final class FIFOWriter: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)

    init(path: String, bytes: Data) {
        signal(SIGPIPE, SIG_IGN) // a reader that stops early must fail the test, not kill it
        Thread.detachNewThread { [done] in
            defer { done.signal() }
            var descriptor: Int32 = -1
            for _ in 0..<1000 {
                descriptor = open(path, O_WRONLY | O_NONBLOCK)
                if descriptor >= 0 || errno != ENXIO { break }
                usleep(10_000)
            }
            guard descriptor >= 0 else { return }
            defer { close(descriptor) }
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
        }
    }

    /// Waits for the writer to finish.
    func finish() {
        done.wait()
    }
}
