import Foundation

/// A finished child process: its exit status and what it wrote.
public struct ProcessResult: Sendable {
    public let status: Int32
    public let stdout: Data
    public let stderr: String
    /// Set when the process died of a signal rather than exiting.
    public let signalled: Bool
    public var text: String { String(decoding: stdout, as: UTF8.self) }
}

/// Runs programs the way a user or a pipeline stage would, for the end-to-end and golden tests.
public enum ChildProcess {
    /// Runs `executable` with `arguments`, in `directory` when given, feeding `stdin` when given.
    public static func run(
        _ executable: URL, _ arguments: [String], stdin: Data? = nil,
        environment: [String: String]? = nil, directory: URL? = nil
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            try input.fileHandleForWriting.write(contentsOf: stdin)
            try input.fileHandleForWriting.close()
        }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus, stdout: stdoutData,
            stderr: String(decoding: stderrData, as: UTF8.self),
            signalled: process.terminationReason == .uncaughtSignal)
    }

    /// The `hemimatch` binary `swift build` put beside the running test bundle.
    public static let hemimatch: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("hemimatch")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Repository.root.appendingPathComponent(".build/debug/hemimatch")
    }()

    /// Runs a shell command (bgzip, bcftools) that makes a test's input; throws when it fails.
    public static func shell(_ command: String, directory: URL? = nil) throws {
        let result = try run(URL(fileURLWithPath: "/bin/sh"), ["-c", command], directory: directory)
        guard result.status == 0 else { throw ToolFailure(command: command, stderr: result.stderr) }
    }

    /// Rewrites the bgzipped text file `path` line by line (`lines[0]` is line 1), compressed again by bgzip.
    public static func editBgzipped(_ path: String, _ change: (inout [String]) throws -> Void) throws {
        let plain = String(path.dropLast(".gz".count))
        try shell("bgzip -dc '\(path)' > '\(plain)'")
        var lines = try String(contentsOfFile: plain, encoding: .utf8).components(separatedBy: "\n")
        try change(&lines)
        try lines.joined(separator: "\n").write(toFile: plain, atomically: true, encoding: .utf8)
        try shell("bgzip --force '\(plain)'")
    }

    public struct ToolFailure: Error, CustomStringConvertible {
        public let command: String
        public let stderr: String
        public init(command: String, stderr: String) {
            self.command = command
            self.stderr = stderr
        }
        public var description: String { "\(command) failed: \(stderr)" }
    }
}

extension ChildProcess {
    /// Waits (up to a minute) until process `pid` has a handler for `signal` (its bit in SigCgt of
    /// /proc/PID/status): a signal sent earlier would kill it by the default action, whatever the
    /// machine's load. Returns whether the handler was seen.
    public static func waitUntilCatching(_ signal: Int32, pid: Int32) -> Bool {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if catches(signal, pid: pid) { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return catches(signal, pid: pid)
    }

    /// Whether process `pid` has a handler for `signal` now.
    public static func catches(_ signal: Int32, pid: Int32) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
            let mask = UInt64(line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16)
        else { return false }
        return mask & (1 << (UInt64(signal) - 1)) != 0
    }
}
