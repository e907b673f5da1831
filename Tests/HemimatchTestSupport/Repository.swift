import Foundation

/// Where the repository and its test files lie, for every test target: one answer instead of one
/// `#filePath` walk per target.
public enum Repository {
    /// The repository root: this file is `Tests/HemimatchTestSupport/Repository.swift`.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path below the root.
    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// A file of `TestData/`.
    public static func testData(_ name: String) -> String { path("TestData/\(name)") }

    /// The shipped knowledge base, `Reference/`.
    public static var knowledgeBaseFolder: String { path("Reference") }

    /// A tiny knowledge base for the engine tests (`TestData/fixture-kb`): KRAS only, codon 12 → D and
    /// codon 61 → E (a group the trial does not have), so that engine tests do not pin the shipped rules.
    public static var fixtureKnowledgeBaseFolder: String { path("TestData/fixture-kb") }

    /// `../shared/testdata`, where real public files lie; tests that need it skip when it is absent,
    /// unless `HEMIMATCH_REQUIRE_SHARED=1` (CI sets it): then they run, and fail on the missing files.
    public static let sharedTestData = root.deletingLastPathComponent().appendingPathComponent("shared/testdata")
    public static var hasSharedTestData: Bool {
        FileManager.default.fileExists(atPath: sharedTestData.path) || requiresSharedTestData
    }
    public static var requiresSharedTestData: Bool { ProcessInfo.processInfo.environment["HEMIMATCH_REQUIRE_SHARED"] == "1" }
    public static func shared(_ relative: String) -> String { sharedTestData.appendingPathComponent(relative).path }

    /// A fresh temporary folder for one test; the caller removes it.
    public static func temporaryFolder(prefix: String = "hemimatch-test") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
