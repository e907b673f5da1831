import Foundation

/// Where the report goes: standard output, or a file written atomically (a temporary file in the
/// same folder, renamed into place), so a failed run never leaves a partial file. A path that is
/// not a regular file (`/dev/null`, a named pipe) is written directly.
enum OutputDestination {
    case standardOutput
    case file(String)

    init(path: String?) {
        self = path.map { $0 == "-" ? .standardOutput : .file($0) } ?? .standardOutput
    }

    var isStandardOutput: Bool {
        if case .standardOutput = self { return true }
        return false
    }

    /// Fails early, before any input is read, when the file's folder cannot take it.
    func checkWritable() throws(Failure) {
        guard case .file(let path) = self else { return }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(status: .outputFailed, message: "\(path): cannot write: folder \(folder) does not exist")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw Failure(status: .outputFailed, message: "\(path): cannot write: folder \(folder) is not writable")
        }
    }

    func write(_ data: Data) throws(Failure) {
        switch self {
        case .standardOutput:
            do {
                try FileHandle.standardOutput.write(contentsOf: data)
            } catch {
                throw Failure(status: .outputFailed, message: "standard output: cannot write (closed, or the disk is full)")
            }
        case .file(let path):
            let isSpecial = ((try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType)
                .map { $0 != .typeRegular } ?? false
            guard !isSpecial else {
                do {
                    try data.write(to: URL(fileURLWithPath: path))
                } catch {
                    throw Failure(status: .outputFailed, message: "\(path): cannot write: \(error.localizedDescription)")
                }
                return
            }
            // A temporary file beside the target, renamed into place; an interrupt removes it.
            let temporary = URL(fileURLWithPath: path).deletingLastPathComponent()
                .appendingPathComponent(".\(URL(fileURLWithPath: path).lastPathComponent).hemimatch-\(getpid()).tmp").path
            InterruptCleanup.remove(onInterrupt: temporary)
            defer { InterruptCleanup.remove(onInterrupt: nil) }
            do {
                try data.write(to: URL(fileURLWithPath: temporary))
                guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
            } catch {
                unlink(temporary)
                throw Failure(status: .outputFailed, message: "\(path): cannot write: \(error.localizedDescription)")
            }
        }
    }
}

/// Removes a half-written output file when SIGINT or SIGTERM stops the run, then exits with 130 or 143.
enum InterruptCleanup {
    /// The path to remove, as a C string the signal handler can use without allocating.
    nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?

    /// Installs the handlers once; call before any output is written.
    static func install() {
        for signal in [SIGINT, SIGTERM] {
            _ = Foundation.signal(signal) { number in
                if let path = InterruptCleanup.pending { unlink(path) }
                _exit(128 + number)
            }
        }
    }

    /// Sets (or clears, with `nil`) the file to remove on an interrupt.
    static func remove(onInterrupt path: String?) {
        let old = pending
        pending = path.map { strdup($0) }
        free(old)
    }
}
