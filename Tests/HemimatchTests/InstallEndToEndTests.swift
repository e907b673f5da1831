import Foundation
import HemimatchTestSupport
import Testing

/// `make install`, `make uninstall` and `make dist` as a user of a cluster module or a container
/// image meets them: the installed (or unpacked) binary, run from another folder with an environment
/// that cannot reach the Swift toolchain, links no toolchain library, finds its knowledge base beside
/// itself and writes what the build-tree binary writes, byte for byte. `make test` builds the static
/// binary and the tarball before the suite, so `make install` here only copies.
@Suite(.serialized) struct InstallEndToEndTests {
    private static let reference = Hemimatch.repositoryRoot.appendingPathComponent("Reference")

    /// No toolchain on PATH, no library path, no `$HEMIMATCH_KB`.
    private static let bareEnvironment = ["PATH": "/usr/bin:/bin", "LC_ALL": "C"]

    /// The tool's version, read from the source as the Makefile reads it (independently of the binary).
    private static func toolVersion() throws -> String {
        let result = try Hemimatch.execute(
            URL(fileURLWithPath: "/bin/sh"),
            [
                "-c",
                "grep -hoE 'static let current = \"[0-9][^\"]*\"' Sources/Run/Version.swift | cut -d'\"' -f2",
            ], directory: Hemimatch.repositoryRoot)
        return result.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func make(_ arguments: [String]) throws -> Hemimatch.Result {
        let result = try Hemimatch.execute(
            URL(fileURLWithPath: "/usr/bin/env"), ["make", "--no-print-directory", "-C", Hemimatch.repositoryRoot.path] + arguments)
        #expect(result.status == 0, "make \(arguments.joined(separator: " ")) failed: \(result.stderr.suffix(1500))")
        return result
    }

    /// The knowledge base's checksum as README documents it, computed by coreutils rather than by hemimatch.
    private static func documentedChecksum(of folder: URL) throws -> String {
        let result = try Hemimatch.execute(URL(fileURLWithPath: "/bin/sh"), ["-c", "LC_ALL=C sha256sum * | sha256sum"], directory: folder)
        #expect(result.status == 0)
        return String(result.text.prefix(64))
    }

    /// Every file under `folder`, as sorted relative paths.
    private static func files(under folder: URL) throws -> [String] {
        let result = try Hemimatch.execute(URL(fileURLWithPath: "/usr/bin/find"), [".", "-type", "f", "-printf", "%P\\n"], directory: folder)
        return result.text.split(separator: "\n").map(String.init).sorted()
    }

    /// The knowledge base's files, as `install` copies them (not its curation tools in `Reference/tools/`).
    private static func knowledgeBaseFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: reference.path).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: reference.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }
    }

    /// What `install` lays out under a prefix.
    private static func installedFiles() throws -> [String] {
        let knowledgeBase = try knowledgeBaseFiles().map { "share/hemimatch/Reference/\($0)" }
        return
            ([
                "bin/hemimatch", "share/man/man1/hemimatch.1", "share/bash-completion/completions/hemimatch",
                "share/zsh/site-functions/_hemimatch", "share/fish/vendor_completions.d/hemimatch.fish",
            ] + knowledgeBase).sorted()
    }

    /// `ldd` of the binary: it must resolve every library, and none may come from the Swift toolchain;
    /// libstdc++ and libgcc's unwinder are linked in (the Makefile's `static`), htslib is not.
    private static func expectNoToolchainLibrary(_ binary: URL) throws {
        let ldd = try Hemimatch.execute(URL(fileURLWithPath: "/usr/bin/ldd"), [binary.path], environment: bareEnvironment)
        #expect(ldd.status == 0)
        let lines = ldd.text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("libhts.so.3 => /") }, "htslib is Debian's shared libhts3: \(ldd.text)")
        for line in lines {
            #expect(!line.contains("not found"), "\(line)")
            for toolchain in ["/opt/swift", "libswift", "libFoundation", "lib_Foundation", "libdispatch", "libBlocksRuntime", "libXCTest"] {
                #expect(!line.contains(toolchain), "a toolchain library is linked: \(line)")
            }
            for linkedIn in ["libstdc++", "libgcc_s"] {
                #expect(!line.contains(linkedIn), "loaded at start though linked in: \(line)")
            }
        }
    }

    /// An input over HTTP (htslib's libcurl plugin, loaded with dlopen, registers its schemes with the
    /// binary's htslib): the same TSV report as the local file, through `binary` with the bare environment.
    private static func expectReadsOverHTTP(_ binary: URL, scratch: URL) throws {
        let served = scratch.appendingPathComponent("served")
        try FileManager.default.createDirectory(at: served, withIntermediateDirectories: true)
        let local = served.appendingPathComponent("calls.vcf")
        try FileManager.default.copyItem(atPath: Hemimatch.testData("tumor_normal.grch38.vcf"), toPath: local.path)
        let server = try RangeServer(folder: served)
        let there = try Hemimatch.execute(binary, [server.url("calls.vcf"), "--format", "tsv"], environment: bareEnvironment)
        let here = try Hemimatch.execute(binary, [local.path, "--format", "tsv"], environment: bareEnvironment)
        #expect(there.status == 0 && there.stderr.isEmpty, "\(there.stderr)")
        #expect(there.stdout == here.stdout && here.status == 0)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: local.path)[.size] as? Int)
        #expect(server.bytesServed("calls.vcf") >= size, "the whole file came over HTTP")
    }

    /// Every input in TestData/, in each report format, through `binary` (run from `directory` with
    /// the bare environment) and through the build-tree binary: status, standard output and standard
    /// error are the same bytes.
    private static func expectSameOutputs(_ binary: URL, from directory: URL) throws {
        let inputs = try FileManager.default.contentsOfDirectory(atPath: Hemimatch.repositoryRoot.appendingPathComponent("TestData").path)
            .filter { $0.hasSuffix(".vcf") }.sorted()
        #expect(inputs.count == 4)
        for input in inputs {
            for format in ["json", "jsonl", "tsv", "text"] {
                let arguments = [Hemimatch.testData(input), "--format", format]
                let installed = try Hemimatch.execute(binary, arguments, environment: bareEnvironment, directory: directory)
                let buildTree = try Hemimatch.execute(Hemimatch.binary, arguments, environment: bareEnvironment)
                #expect(installed.status == 0, "\(input) \(format): \(installed.stderr)")
                #expect(installed.status == buildTree.status && installed.stderr == buildTree.stderr)
                #expect(installed.stdout == buildTree.stdout, "\(input) --format \(format) differs from the build-tree binary's")
                #expect(!installed.stdout.isEmpty)
            }
        }
    }

    /// `hemimatch --version` typed by name, as a user with `bin` on PATH types it: from `/`, from a home
    /// folder that holds a stray `Reference/` (never loaded: nothing is looked up from the current
    /// folder), and through a symlink in another folder on PATH. Each finds `reference`.
    private static func expectFoundByName(_ binary: URL, reference: URL, scratch: URL) throws {
        let home = scratch.appendingPathComponent("home"), links = scratch.appendingPathComponent("links")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("Reference"), withIntermediateDirectories: true)
        try Data("0.0.0-stray\n".utf8).write(to: home.appendingPathComponent("Reference/VERSION"))
        try FileManager.default.createDirectory(at: links, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: links.appendingPathComponent("hemimatch"), withDestinationURL: binary)
        let byPath = ["PATH": binary.deletingLastPathComponent().path + ":/usr/bin:/bin", "LC_ALL": "C", "HOME": home.path]
        let bySymlink = ["PATH": links.path + ":/usr/bin:/bin", "LC_ALL": "C", "HOME": home.path]
        for (environment, directory, label) in [
            (byPath, URL(fileURLWithPath: "/"), "from /"), (byPath, home, "from $HOME"),
            (bySymlink, URL(fileURLWithPath: "/"), "through a symlink"),
        ] {
            let result = try Hemimatch.execute(
                URL(fileURLWithPath: "/bin/sh"), ["-c", "hemimatch --version"],
                environment: environment, directory: directory)
            #expect(result.status == 0, "\(label): \(result.stderr)")
            #expect(result.text.hasSuffix("loaded from \(reference.path)\n"), "\(label): \(result.text)")
        }
        // A match by name from $HOME reads the input given relative to it.
        try FileManager.default.copyItem(atPath: Hemimatch.testData("tumor_normal.grch38.vcf"), toPath: home.appendingPathComponent("x.vcf").path)
        let match = try Hemimatch.execute(
            URL(fileURLWithPath: "/bin/sh"), ["-c", "hemimatch x.vcf --format tsv"], environment: byPath, directory: home)
        #expect(match.status == 0, "\(match.stderr)")
        #expect(match.text.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("TUMOR\treview\tC,D\t") })
    }

    /// The static binary is built on FoundationEssentials: neither swift-corelibs-foundation (its
    /// mangled symbols `$s10Foundation…`) nor ICU (its data, `icudt…`) is linked in (docs/development.md).
    @Test func theStaticBinaryLinksNeitherFoundationNorICU() throws {
        let binary = try Data(contentsOf: Hemimatch.repositoryRoot.appendingPathComponent(".build-static/release/hemimatch"))
        #expect(binary.count > 1_000_000)
        #expect(binary.firstRange(of: Data("icudt".utf8)) == nil)
        #expect(binary.firstRange(of: Data("s10Foundation".utf8)) == nil)
    }

    @Test func installedBinaryRunsWithoutTheToolchainAndMatchesTheBuildTree() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = folder.appendingPathComponent("prefix"), elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        _ = try Self.make(["install", "PREFIX=\(prefix.path)"])
        #expect(try Self.files(under: prefix) == Self.installedFiles())
        let binary = prefix.appendingPathComponent("bin/hemimatch")
        try Self.expectNoToolchainLibrary(binary)
        try Self.expectSameOutputs(binary, from: elsewhere)
        try Self.expectReadsOverHTTP(binary, scratch: folder)

        // The knowledge base, the man page and the completions are the ones of the checkout.
        for name in try Self.knowledgeBaseFiles() {
            #expect(
                FileManager.default.contentsEqual(
                    atPath: prefix.appendingPathComponent("share/hemimatch/Reference/\(name)").path,
                    andPath: Self.reference.appendingPathComponent(name).path))
        }
        #expect(
            FileManager.default.contentsEqual(
                atPath: prefix.appendingPathComponent("share/man/man1/hemimatch.1").path,
                andPath: Hemimatch.repositoryRoot.appendingPathComponent("docs/man/hemimatch.1").path))
        for (shell, path) in [
            ("bash", "share/bash-completion/completions/hemimatch"), ("zsh", "share/zsh/site-functions/_hemimatch"),
            ("fish", "share/fish/vendor_completions.d/hemimatch.fish"),
        ] {
            let expected = try Hemimatch.run(["--generate-completion-script", shell]).stdout
            #expect(!expected.isEmpty && FileManager.default.contents(atPath: prefix.appendingPathComponent(path).path) == expected, "\(shell)")
        }

        // --version names the installed knowledge base, with the checksum the README documents.
        let version = try Hemimatch.execute(binary, ["--version"], environment: Self.bareEnvironment, directory: elsewhere)
        let kbVersion = try String(contentsOf: Self.reference.appendingPathComponent("VERSION"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let installedReference = prefix.appendingPathComponent("share/hemimatch/Reference")
        #expect(version.status == 0 && version.stderr.isEmpty)
        #expect(
            version.text == """
                hemimatch \(try Self.toolVersion())
                knowledge base \(kbVersion) sha256 \(try Self.documentedChecksum(of: Self.reference))
                loaded from \(installedReference.path)

                """)
        try Self.expectFoundByName(binary, reference: installedReference, scratch: folder.appendingPathComponent("by-name"))

        // Installed again over a folder holding a file the release does not have (an older release's
        // gene_spans.tsv): the file is gone, and the knowledge base matches its manifest.
        let stray = installedReference.appendingPathComponent("gene_spans.tsv")
        try Data("gene\tchrom\n".utf8).write(to: stray)
        #expect(try Hemimatch.execute(binary, ["--version"], environment: Self.bareEnvironment, directory: elsewhere).text != version.text)
        _ = try Self.make(["install", "PREFIX=\(prefix.path)"])
        #expect(try Self.files(under: prefix) == Self.installedFiles())
        let again = try Hemimatch.execute(binary, ["--version"], environment: Self.bareEnvironment, directory: elsewhere)
        #expect(again.status == 0 && again.text == version.text)
    }

    /// A prefix with a space would be split into two paths, the first of them emptied by `rm -rf`.
    @Test func aPrefixWithWhitespaceIsRefusedAndNothingIsRemoved() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("my"), canary = first.appendingPathComponent("canary.txt")
        try FileManager.default.createDirectory(at: first, withIntermediateDirectories: true)
        try Data("kept".utf8).write(to: canary)
        for target in ["install", "uninstall"] {
            let result = try Hemimatch.execute(
                URL(fileURLWithPath: "/usr/bin/env"),
                ["make", "--no-print-directory", "-C", Hemimatch.repositoryRoot.path, target, "PREFIX=\(first.path) tools"])
            #expect(result.status == 2, "\(target)")
            #expect(result.stderr.hasPrefix("make: PREFIX and DESTDIR must not contain whitespace: '\(first.path) tools'"), "\(target)")
            #expect(FileManager.default.contents(atPath: canary.path) == Data("kept".utf8), "\(target)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: first.path) == ["canary.txt"], "\(target)")
        }
    }

    @Test func uninstallRemovesWhatInstallPutUnderDestdir() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Staged: DESTDIR/PREFIX holds the tree; a file of another package stays through uninstall.
        let other = folder.appendingPathComponent("opt/tools/share/man/man1/other.1")
        try FileManager.default.createDirectory(at: other.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("other\n".utf8).write(to: other)
        _ = try Self.make(["install", "DESTDIR=\(folder.path)", "PREFIX=/opt/tools"])
        #expect(try Self.files(under: folder) == (Self.installedFiles().map { "opt/tools/\($0)" } + ["opt/tools/share/man/man1/other.1"]).sorted())
        // The staged binary finds the staged knowledge base beside itself.
        let version = try Hemimatch.execute(
            folder.appendingPathComponent("opt/tools/bin/hemimatch"), ["--version"], environment: Self.bareEnvironment)
        #expect(version.status == 0)
        #expect(version.text.hasSuffix("loaded from \(folder.path)/opt/tools/share/hemimatch/Reference\n"))

        _ = try Self.make(["uninstall", "DESTDIR=\(folder.path)", "PREFIX=/opt/tools"])
        #expect(try Self.files(under: folder) == ["opt/tools/share/man/man1/other.1"])
    }

    @Test func distTarballUnpacksAnywhereAndMatchesTheBuildTree() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try Self.make(["dist"])
        let name = "hemimatch-\(try Self.toolVersion())-linux-x86_64"
        let tarball = Hemimatch.repositoryRoot.appendingPathComponent(".build-static/dist/\(name).tar.gz")
        #expect(made.text.hasSuffix(".build-static/dist/\(name).tar.gz\n"))
        let unpack = try Hemimatch.execute(URL(fileURLWithPath: "/usr/bin/tar"), ["-xzf", tarball.path, "-C", folder.path])
        #expect(unpack.status == 0, "\(unpack.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name])
        let root = folder.appendingPathComponent(name)
        #expect(try Self.files(under: root) == (Self.installedFiles() + ["LICENSE", "NOTICE", "README.md", "SHA256SUMS"]).sorted())
        for name in ["LICENSE", "NOTICE", "README.md"] {
            #expect(
                FileManager.default.contentsEqual(
                    atPath: root.appendingPathComponent(name).path,
                    andPath: Hemimatch.repositoryRoot.appendingPathComponent(name).path), "\(name)")
        }

        // SHA256SUMS lists every other file, and each checks.
        let sums = try String(contentsOf: root.appendingPathComponent("SHA256SUMS"), encoding: .utf8)
        #expect(
            try sums.split(separator: "\n").map { String($0.dropFirst(66)) } == (Self.installedFiles() + ["LICENSE", "NOTICE", "README.md"]).sorted())
        let check = try Hemimatch.execute(URL(fileURLWithPath: "/usr/bin/sha256sum"), ["--check", "--strict", "SHA256SUMS"], directory: root)
        #expect(check.status == 0, "\(check.text)\(check.stderr)")

        let binary = root.appendingPathComponent("bin/hemimatch")
        try Self.expectNoToolchainLibrary(binary)
        try Self.expectSameOutputs(binary, from: folder)
        let version = try Hemimatch.execute(binary, ["--version"], environment: Self.bareEnvironment, directory: folder)
        #expect(version.text.hasSuffix("loaded from \(root.path)/share/hemimatch/Reference\n"))
        try Self.expectFoundByName(
            binary, reference: root.appendingPathComponent("share/hemimatch/Reference"),
            scratch: folder.appendingPathComponent("by-name"))
    }

    /// Two copies of one knowledge-base version: the same bytes give the same checksum wherever they
    /// lie; an edited copy gives another, in `--version` and in the report, and `merge` refuses to mix them.
    @Test func anEditedKnowledgeBaseHasAnotherChecksum() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("kb-copy"), edited = folder.appendingPathComponent("kb-edited")
        try FileManager.default.copyItem(at: Self.reference, to: copy)
        try FileManager.default.copyItem(at: Self.reference, to: edited)
        let rules = edited.appendingPathComponent("rules.tsv")
        try (try String(contentsOf: rules, encoding: .utf8) + "# a local note\n").write(to: rules, atomically: true, encoding: .utf8)

        let original = try Self.documentedChecksum(of: Self.reference)
        let editedChecksum = try Self.documentedChecksum(of: edited)
        #expect(original.count == 64 && editedChecksum.count == 64 && original != editedChecksum)

        let input = Hemimatch.testData("tumor_normal.grch38.vcf")
        var reports: [String: (report: ReportJSON, path: String)] = [:]
        for (label, kb) in [("shipped", Self.reference), ("copy", copy), ("edited", edited)] {
            let path = folder.appendingPathComponent("\(label).json").path
            let result = try Hemimatch.run([input, "--format", "json", "--kb", kb.path, "-o", path])
            #expect(result.status == 0, "\(result.stderr)")
            reports[label] = (try ReportJSON.decode(try Data(contentsOf: URL(fileURLWithPath: path))), path)
        }
        #expect(reports["shipped"]?.report.run.knowledge_base_sha256 == original)
        #expect(reports["copy"]?.report.run.knowledge_base_sha256 == original)
        #expect(reports["edited"]?.report.run.knowledge_base_sha256 == editedChecksum)
        #expect(Set(reports.values.map(\.report.run.knowledge_base_version)).count == 1)

        let version = try Hemimatch.run(["--version", "--kb", edited.path])
        #expect(version.status == 0)
        #expect(
            version.text.split(separator: "\n").dropFirst().map(String.init) == [
                "knowledge base \(reports["edited"]!.report.run.knowledge_base_version) sha256 \(editedChecksum)",
                "loaded from \(edited.path)",
            ])

        let sameCopies = try Hemimatch.run(["merge", reports["shipped"]!.path, reports["copy"]!.path, "-o", "/dev/null"])
        #expect(sameCopies.status == 0, "\(sameCopies.stderr)")
        let mixed = try Hemimatch.run(["merge", reports["shipped"]!.path, reports["edited"]!.path, "-o", "/dev/null"])
        #expect(mixed.status == 65)
        #expect(
            mixed.stderr == """
                hemimatch: \(reports["edited"]!.path): knowledge base \(reports["edited"]!.report.run.knowledge_base_version) with checksum \
                \(editedChecksum), but \(reports["shipped"]!.path) has checksum \(original): the two copies of the knowledge base differ

                """)
    }

    @Test func versionWithoutAKnowledgeBaseSaysSoAndExits78() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Hemimatch.run(["--version", "--kb", folder.path])
        #expect(result.status == 78)
        #expect(result.text == "hemimatch \(try Self.toolVersion())\n")
        #expect(result.stderr.hasPrefix("hemimatch: invalid knowledge base: ") && result.stderr.filter { $0 == "\n" }.count == 1)
    }
}
