import Foundation
import HemimatchTestSupport
import Profile
import Run
import Testing

/// A VCF.gz and its index read from an S3-compatible object store on 127.0.0.1 (moto's server, which
/// the test starts and stops) through htslib's S3 plugin and its own settings (`HTS_S3_HOST`,
/// `HTS_S3_ADDRESS_STYLE`, `AWS_*`), as `s3+http://BUCKET/KEY`: the same report as the local file,
/// whole and through the index, which fetches only part of the object. Skipped, saying why, where moto
/// is not installed (`make deps-test` installs it); with `HEMIMATCH_REQUIRE_SHARED=1` (CI) it runs and
/// fails instead. `gs://` cannot be pointed at a local endpoint (docs/inputs.md).
@Suite(
    .serialized,
    .enabled(
        if: ObjectStoreServer.unavailable == nil || Repository.requiresSharedTestData,
        "moto[server] and boto3 are not installed for python3 (make deps-test installs them): S3 tests skipped"))
struct ObjectStoreInputTests {
    let folder: TemporaryDirectory
    let server: ObjectStoreServer
    let local: String

    init() throws {
        if let reason = ObjectStoreServer.unavailable { throw ChildProcess.ToolFailure(command: "python3 -c 'import moto.server'", stderr: reason) }
        folder = try TemporaryDirectory()
        local = try RemoteTestFile.write(in: folder)
        server = try ObjectStoreServer(folder: folder.url, bucket: "hemimatch-test", files: ["calls.vcf.gz", "calls.vcf.gz.tbi"])
    }

    /// The report of `input`, htslib's S3 settings pointing at the server while it is read.
    func report(_ input: String, indexed: Bool) throws -> MatchReport {
        var options = RunOptions()
        options.indexUse = indexed ? .required : .never
        let saved = server.htslibEnvironment.keys.map { ($0, ProcessInfo.processInfo.environment[$0]) }
        for (name, value) in server.htslibEnvironment { setenv(name, value, 1) }
        defer {
            for (name, value) in saved {
                if let value { setenv(name, value, 1) } else { unsetenv(name) }
            }
        }
        return try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: input, threads: 1)
    }

    @Test func streamedFromTheObjectStoreEqualsTheLocalFile() throws {
        let here = try report(local, indexed: false)
        let there = try report(server.url("calls.vcf.gz"), indexed: false)
        #expect(there.samples == here.samples)
        #expect(
            there.samples.first?.alterations.map { "\($0.gene) \($0.alteration) \($0.ruleID)" }
                == ["JAK2 p.R683G C-JAK2-DOMAINS", "KRAS p.G12D D-KRAS-HOTSPOT", "FLT3 ITD D-FLT3-ITD"])
        #expect(there.run.recordsRead == 300_006)
        #expect(there.run.inputs.first?.sha256 == here.run.inputs.first?.sha256 && here.run.inputs.first?.sha256?.count == 64)
    }

    @Test func throughTheIndexOnlyPartOfTheObjectIsFetched() throws {
        let size = try #require(try FileManager.default.attributesOfItem(atPath: local)[.size] as? Int)
        let here = try report(local, indexed: true)
        let there = try report(server.url("calls.vcf.gz"), indexed: true)
        #expect(there.samples == here.samples)
        #expect(
            there.samples.first?.alterations.map { "\($0.gene) \($0.alteration) \($0.ruleID)" }
                == ["JAK2 p.R683G C-JAK2-DOMAINS", "KRAS p.G12D D-KRAS-HOTSPOT", "FLT3 ITD D-FLT3-ITD"])
        #expect(there.run.readsIndexedRegions && there.run.recordsRead == here.run.recordsRead)
        #expect(there.run.index?.path == server.url("calls.vcf.gz") + ".tbi")
        #expect(there.run.inputs.first?.sha256 == here.run.inputs.first?.sha256, "the same index and records were read")
        // The count includes what the socket buffers took of the opening GET before htslib moved to ranges.
        let served = server.bytesServed("calls.vcf.gz")
        #expect(served > 0 && served < size / 2, "\(served) of \(size) bytes fetched")
    }

    @Test func aMissingObjectIsAnErrorNamingIt() throws {
        let url = server.url("absent.vcf.gz")
        do {
            _ = try report(url, indexed: false)
            Issue.record("a missing object was read")
        } catch let error as RunError {
            #expect(error.kind == .unreadableInput)
            #expect(error.message == "\(url): the server answered HTTP 404 or 410 (not found)")
        }
    }
}
