import Foundation
import HemimatchTestSupport
import Profile
import Run
import Testing

/// A VCF.gz read over HTTP through htslib, from a range-capable server on 127.0.0.1 the test starts
/// and stops: the same report as the local file, whole and through the index, which fetches only
/// part of the file; the checksum of an index read hashes what was read, and says so.
@Suite(.serialized) struct RemoteInputTests {
    let folder: TemporaryDirectory
    let server: RangeServer
    let local: String

    init() throws {
        folder = try TemporaryDirectory()
        local = try RemoteTestFile.write(in: folder)
        server = try RangeServer(folder: folder.url)
    }

    func report(_ input: String, indexed: Bool) throws -> MatchReport {
        var options = RunOptions()
        options.indexUse = indexed ? .required : .never
        return try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: input, threads: 1)
    }

    @Test func streamedOverHTTPEqualsTheLocalFile() throws {
        let here = try report(local, indexed: false)
        let there = try report(server.url("calls.vcf.gz"), indexed: false)
        #expect(there.samples == here.samples)
        #expect(there.samples.first?.alterations.map { "\($0.gene) \($0.alteration)" } == ["JAK2 p.R683G", "KRAS p.G12D", "FLT3 ITD"])
        #expect(there.run.recordsRead == 300_006)
        #expect(there.run.inputs.first?.sha256 == here.run.inputs.first?.sha256 && here.run.inputs.first?.sha256?.count == 64)
        #expect(there.run.inputs.first?.sha256Of == nil, "streamed: the whole file is hashed")
    }

    @Test func throughTheIndexOnlyPartOfTheFileIsFetchedAndHashed() throws {
        let size = try #require(try FileManager.default.attributesOfItem(atPath: local)[.size] as? Int)
        let here = try report(local, indexed: true)
        let there = try report(server.url("calls.vcf.gz"), indexed: true)
        #expect(there.samples == here.samples)
        #expect(there.samples.first?.alterations.map { "\($0.gene) \($0.alteration)" } == ["JAK2 p.R683G", "KRAS p.G12D", "FLT3 ITD"])
        #expect(there.run.readsIndexedRegions && there.run.recordsRead == here.run.recordsRead)
        let served = server.bytesServed("calls.vcf.gz")
        // The count includes what the socket buffers took of the opening GET before htslib moved to ranges.
        #expect(served > 0 && served < size / 2, "\(served) of \(size) bytes fetched")
        let input = try #require(there.run.inputs.first)
        #expect(input.sha256 == here.run.inputs.first?.sha256 && input.sha256?.count == 64, "the same index and records were read")
        #expect(input.sha256Of == "the index \(server.url("calls.vcf.gz")).tbi and the records of the panel regions read through it")
        #expect(there.run.index == IndexFile(path: server.url("calls.vcf.gz") + ".tbi", size: here.run.index?.size ?? -1, modified: nil))
        #expect(here.run.inputs.first?.sha256Of == "the index \(local).tbi and the records of the panel regions read through it")
    }

    @Test func aMissingURLIsAnErrorNamingItAndTheHTTPStatus() throws {
        let url = server.url("absent.vcf.gz")
        do {
            _ = try report(url, indexed: false)
            Issue.record("a missing URL was read")
        } catch let error as RunError {
            #expect(error.kind == .unreadableInput)
            #expect(error.message == "\(url): the server answered HTTP 404 or 410 (not found)")
        }
    }
}
