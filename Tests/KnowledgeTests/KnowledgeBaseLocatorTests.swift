import Foundation
import HemimatchTestSupport
import Knowledge
import Testing

/// Where the knowledge base is looked for: `--kb`, `$HEMIMATCH_KB`, then only places fixed by the
/// executable's real path, never the current directory.
@Suite struct KnowledgeBaseLocatorTests {
    /// Writes `text` at `name` inside `folder`, making the folders on the way.
    static func place(_ name: String, _ text: String, in folder: TemporaryDirectory) throws {
        let url = folder.url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// `PREFIX/bin/hemimatch` with `PREFIX/share/hemimatch/Reference/VERSION`, under `folder`.
    static func installedTree(in folder: TemporaryDirectory) throws -> (executable: URL, reference: String) {
        try Self.place("prefix/bin/hemimatch", "", in: folder)
        try Self.place("prefix/share/hemimatch/Reference/VERSION", "9.9.9\n", in: folder)
        return (folder.url.appendingPathComponent("prefix/bin/hemimatch"), folder.path("prefix/share/hemimatch/Reference"))
    }

    @Test func anInstalledBinaryFindsTheKnowledgeBaseOfItsPrefix() throws {
        let folder = try TemporaryDirectory()
        let tree = try Self.installedTree(in: folder)
        #expect(KnowledgeBaseLocator.locate(explicit: nil, environment: [:], executable: tree.executable) == .found(tree.reference))
    }

    @Test func kbThenTheEnvironmentComeBeforeThePrefix() throws {
        let folder = try TemporaryDirectory()
        let tree = try Self.installedTree(in: folder)
        let environment = [KnowledgeBaseLocator.environmentVariable: "/from/environment"]
        #expect(KnowledgeBaseLocator.locate(explicit: "/given", environment: environment, executable: tree.executable) == .found("/given"))
        #expect(KnowledgeBaseLocator.locate(explicit: nil, environment: environment, executable: tree.executable) == .found("/from/environment"))
        // An empty variable counts as unset.
        #expect(
            KnowledgeBaseLocator.locate(
                explicit: nil, environment: [KnowledgeBaseLocator.environmentVariable: ""],
                executable: tree.executable) == .found(tree.reference))
    }

    @Test func aBinaryInABuildFolderFindsItsCheckoutsReference() throws {
        let folder = try TemporaryDirectory()
        try Self.place("checkout/Reference/VERSION", "9.9.9\n", in: folder)
        for build in [".build/x86_64-unknown-linux-gnu/release", ".build-static/release"] {
            let executable = folder.url.appendingPathComponent("checkout/\(build)/hemimatch")
            #expect(
                KnowledgeBaseLocator.places(beside: executable).map(\.path)
                    == [
                        folder.path("checkout/\(build)")
                            .replacingOccurrences(of: "/release", with: "/share/hemimatch/Reference"),
                        folder.path("checkout/Reference"),
                    ])
            #expect(KnowledgeBaseLocator.locate(explicit: nil, environment: [:], executable: executable) == .found(folder.path("checkout/Reference")))
        }
    }

    /// A `Reference/` in a folder above the executable that is neither its prefix nor its checkout is
    /// not loaded; the outcome lists every place looked in.
    @Test func nothingElseIsSearchedAndTheFailureNamesThePlaces() throws {
        let folder = try TemporaryDirectory()
        try Self.place("Reference/VERSION", "9.9.9\n", in: folder)
        try Self.place("opt/tools/bin/hemimatch", "", in: folder)
        let executable = folder.url.appendingPathComponent("opt/tools/bin/hemimatch")
        #expect(
            KnowledgeBaseLocator.locate(explicit: nil, environment: [:], executable: executable)
                == .notFound(searched: ["$HEMIMATCH_KB (not set)", folder.path("opt/tools/share/hemimatch/Reference")]))
    }

    @Test func theRunningExecutableIsItsRealPath() throws {
        let executable = try #require(KnowledgeBaseLocator.runningExecutable())
        #expect(executable.path.hasPrefix("/"))
        #expect(executable.path == executable.resolvingSymlinksInPath().path)
        #expect(FileManager.default.isExecutableFile(atPath: executable.path))
    }
}
