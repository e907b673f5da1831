import Checksums
import Foundation
import HemimatchTestSupport
import Knowledge
import Testing

@testable import HemimatchCommands

/// The default knowledge base loaded on another thread while the line is parsed (`KnowledgeBasePreload`):
/// taken by a command that loads the default knowledge base, never seen by any other line, and not
/// started when `--kb` names the folder.
@Suite struct KnowledgeBasePreloadTests {
    private static let fixture = Repository.fixtureKnowledgeBaseFolder
    private static let input = Repository.testData("tumor_normal.grch38.vcf")

    /// A copy of the fixture knowledge base in a folder of its own (the caller removes `folder`).
    private static func fixtureCopy() throws -> (folder: URL, knowledgeBase: String) {
        let folder = try Repository.temporaryFolder(prefix: "hemimatch-preload")
        let copy = folder.appendingPathComponent("kb")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: fixture), to: copy)
        return (folder, copy.path)
    }

    /// A preload of `folder`, as if `$HEMIMATCH_KB` named it.
    private static func preload(of folder: String) throws -> KnowledgeBasePreload {
        try #require(KnowledgeBasePreload.start(for: [input]) { .found(folder) })
    }

    private static func run(_ arguments: [String], preloaded preload: KnowledgeBasePreload? = nil) -> (Int32, String, String) {
        let run = CommandLineRun(arguments, preloaded: preload)
        return (
            run.status, String(decoding: run.outputs.standardOutput, as: UTF8.self), String(decoding: run.outputs.standardError, as: UTF8.self)
        )
    }

    @Test func theCommandTakesThePreloadedKnowledgeBaseWithoutReadingItsFolderAgain() throws {
        let (folder, copy) = try Self.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let preload = try Self.preload(of: copy)
        let loaded = try preload.knowledgeBase()
        #expect(loaded.directory == copy)
        _ = try KnowledgeBaseChecksum.sha256(directory: copy)
        // Gone: a command that read the folder now would fail with exit code 78.
        try FileManager.default.removeItem(atPath: copy)

        let (status, listing, error) = Self.run(["kb", "list"], preloaded: preload)
        #expect(status == 0, "\(error)")
        #expect(listing == Self.run(["kb", "list", "--kb", Self.fixture]).1)
        #expect(listing.hasPrefix("knowledge base fixture-1: \(loaded.rules.count) rules\n"))
        let again = try KnowledgeBaseOption.parse([]).load(in: .collecting(preloaded: preload))
        #expect(again.directory == copy)
        #expect(again.rules.map(\.id) == loaded.rules.map(\.id))
    }

    @Test func hemimatchKBNamesTheFolderLoadedAhead() throws {
        let (folder, copy) = try Self.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let preload = try #require(
            KnowledgeBasePreload.start(for: [Self.input, "--format", "json"]) {
                KnowledgeBaseLocator.locate(explicit: nil, environment: [KnowledgeBaseLocator.environmentVariable: copy])
            })
        let run = CommandLineRun([Self.input, "--format", "json"], preloaded: preload)
        #expect(run.status == 0, "\(String(decoding: run.outputs.standardError, as: UTF8.self))")
        let report = try ReportJSON.decode(run.outputs.standardOutput)
        #expect(report.run.knowledge_base_version == "fixture-1")
        #expect(report.run.knowledge_base_sha256 == (try KnowledgeBaseChecksum.sha256(directory: Self.fixture)))
    }

    @Test func withoutHemimatchKBTheDefaultIsTheCheckoutsReference() throws {
        let preload = try #require(KnowledgeBasePreload.start(for: ["kb", "list"]) { KnowledgeBaseLocator.locate(explicit: nil, environment: [:]) })
        #expect(try preload.knowledgeBase().directory == Repository.knowledgeBaseFolder)
        let (status, listing, _) = Self.run(["kb", "list"], preloaded: preload)
        #expect(status == 0)
        #expect(listing == Self.run(["kb", "list", "--kb", Repository.knowledgeBaseFolder]).1)
    }

    @Test(arguments: [
        ([input, "--bogus"], "hemimatch: unknown option '--bogus'; see 'hemimatch help match'\n", Int32(64)),
        ([input, "--threads", "0"], "hemimatch: --threads must be at least 1; see 'hemimatch help match'\n", 64),
        (
            [input, "--min-vaf", "2"],
            "hemimatch: --min-vaf must be a fraction from 0 to 1, not 2.0; 2.0 looks like a percent: write 0.02 for 2.0%\n", 64
        ),
        (["cohort"], "hemimatch: name input files, or --file-list; see 'hemimatch help cohort'\n", 64),
        (["merge", "/nonexistent/a.json"], "hemimatch: /nonexistent/a.json: cannot read the report\n", 66),
    ])
    func aLineThatFailsBeforeLoadingTheKnowledgeBaseSaysSoAsWithoutAPreload(arguments: [String], line: String, status: Int32) throws {
        let folder = try Repository.temporaryFolder(prefix: "hemimatch-preload")
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = Self.run(arguments, preloaded: try Self.preload(of: folder.path))
        #expect(broken.0 == status)
        #expect(broken.2 == line)
        #expect(Self.run(arguments).2 == line)
    }

    @Test func aBrokenDefaultKnowledgeBaseFailsAsLoadingItThenWould() throws {
        let folder = try Repository.temporaryFolder(prefix: "hemimatch-preload")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, output, error) = Self.run([Self.input], preloaded: try Self.preload(of: folder.path))
        #expect(status == 78)
        #expect(output.isEmpty)
        #expect(error.hasPrefix("hemimatch: invalid knowledge base: \(folder.path)/"))
        #expect(error == Self.run([Self.input, "--kb", folder.path]).2)

        let searched = ["$HEMIMATCH_KB (not set)", "/nowhere/share/hemimatch/Reference"]
        let missing = try #require(KnowledgeBasePreload.start(for: ["kb", "list"]) { .notFound(searched: searched) })
        #expect(
            Self.run(["kb", "list"], preloaded: missing).2
                == "hemimatch: knowledge base not found (looked in \(searched.joined(separator: ", "))): pass --kb DIR or set HEMIMATCH_KB\n")
    }

    @Test func helpPrintsAsEverBesideABrokenPreload() throws {
        let folder = try Repository.temporaryFolder(prefix: "hemimatch-preload")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, help, error) = Self.run([Self.input, "--help"], preloaded: try Self.preload(of: folder.path))
        #expect(status == 0)
        #expect(error.isEmpty)
        #expect(help == Self.run([Self.input, "--help"]).1)
        #expect(help.contains("--kb <dir>"))
    }

    @Test(arguments: [["x.vcf", "--kb", "/tmp/kb"], ["--kb=/tmp/kb", "x.vcf"], ["kb", "list", "--kb", "/tmp/kb"]])
    func namingTheFolderLoadsNothingAhead(arguments: [String]) {
        #expect(KnowledgeBasePreload.start(for: arguments) { .found("/unused") } == nil)
    }

    @Test func aFolderGivenWithKbIsLoadedInsteadOfThePreload() throws {
        let folder = try Repository.temporaryFolder(prefix: "hemimatch-preload")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, listing, _) = Self.run(["kb", "list", "--kb", Self.fixture], preloaded: try Self.preload(of: folder.path))
        #expect(status == 0)
        #expect(listing.hasPrefix("knowledge base fixture-1: "))
    }
}
