import FoundationEssentials
import Glibc

/// Finds the knowledge-base folder without regard to the current directory: `--kb`, then
/// `$HEMIMATCH_KB`, then, from the running executable's real path (`/proc/self/exe`, symlinks
/// resolved), `PREFIX/share/hemimatch/Reference` of the prefix it is installed in and the `Reference/`
/// of the checkout it was built in (a binary under `<checkout>/.build*/`). Nothing is ever found by
/// walking up from the current directory, so a stray `Reference/` above the user's folder is never loaded.
public enum KnowledgeBaseLocator {
    public static let environmentVariable = "HEMIMATCH_KB"

    /// What the search gave: the folder, or every place looked in, in the order looked.
    public enum Outcome: Equatable, Sendable {
        case found(String)
        case notFound(searched: [String])
    }

    /// `explicit` (`--kb`) and `$HEMIMATCH_KB` are taken as given (the loader then says what is wrong
    /// with them); the places beside the executable count only when they hold a `VERSION` file.
    public static func locate(
        explicit: String?,
        environment: [String: String] = variableFromEnvironment(),
        executable: URL? = runningExecutable()
    ) -> Outcome {
        if let explicit { return .found(explicit) }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return .found(fromEnvironment) }
        var searched = ["$\(environmentVariable) (not set)"]
        guard let executable else { return .notFound(searched: searched + ["the executable's own path (unknown)"]) }
        for candidate in placePaths(beside: executable) {
            if FileManager.default.fileExists(atPath: candidate + "/VERSION") { return .found(candidate) }
            searched.append(candidate)
        }
        return .notFound(searched: searched)
    }

    /// `$HEMIMATCH_KB` alone, as a one-entry environment (empty when unset), read with `getenv`: the
    /// whole environment as a dictionary (`ProcessInfo.environment`) cost a thirtieth of the knowledge
    /// base's loading, on every run.
    public static func variableFromEnvironment() -> [String: String] {
        guard let value = getenv(environmentVariable) else { return [:] }
        return [environmentVariable: String(cString: value)]
    }

    /// The places a knowledge base can lie beside an executable at `executable` (a real path): the
    /// install prefix's `share/hemimatch/Reference` (`PREFIX/bin/hemimatch`), then, for a binary inside
    /// a build folder (`.build`, `.build-static`…) of a checkout, that checkout's `Reference/`.
    public static func places(beside executable: URL) -> [URL] {
        placePaths(beside: executable).map { URL(fileURLWithPath: $0) }
    }

    /// The same places as paths, joined from the executable's path components as text: `URL`'s own
    /// path arithmetic, and a generic `joined`, were most of the search's cost on every run.
    static func placePaths(beside executable: URL) -> [String] {
        let components = executable.pathComponents
        // An absolute path's components: "/", then one a folder; the prefix is two folders up.
        guard components.count >= 3, components[0] == "/" else {
            let prefix = executable.deletingLastPathComponent().deletingLastPathComponent()
            return [prefix.appendingPathComponent("share/hemimatch/Reference").path]
        }
        /// The path of the folders `components[1..<end]` (the root for none), then `/` and `name`.
        func path(to end: Int, then name: String) -> String {
            var path = ""
            for component in components[1..<end] { path += "/" + component }
            return path + "/" + name
        }
        var places = [path(to: components.count - 2, then: "share/hemimatch/Reference")]
        if let build = components.lastIndex(where: { $0 == ".build" || $0.hasPrefix(".build-") }) {
            places.append(path(to: build, then: "Reference"))
        }
        return places
    }

    /// The running executable's real path, from `/proc/self/exe` (Linux), never from `argv[0]`, which
    /// is a bare name when the program was found through `PATH`.
    public static func runningExecutable() -> URL? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map { URL(fileURLWithPath: $0) }
    }
}
