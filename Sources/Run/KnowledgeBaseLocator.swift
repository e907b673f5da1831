import Foundation

/// Finds the knowledge-base folder: `--kb`, then `$HEMIMATCH_KB`, then a `Reference/` folder above
/// the executable (a build inside the repository), then `share/hemimatch/Reference` beside its prefix.
public enum KnowledgeBaseLocator {
    public static let environmentVariable = "HEMIMATCH_KB"

    public static func locate(explicit: String?) -> String? {
        if let explicit { return explicit }
        if let fromEnvironment = ProcessInfo.processInfo.environment[environmentVariable], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [folder.appendingPathComponent("Reference"), folder.appendingPathComponent("share/hemimatch/Reference")]
            where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("VERSION").path) {
                return candidate.path
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
