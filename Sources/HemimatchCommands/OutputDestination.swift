import Foundation

/// Where the report goes: standard output, or a file written atomically (a temporary file in the
/// same folder, renamed into place), so a failed run never leaves a partial file. A path that is
/// not a regular file (`/dev/null`, a named pipe) is written directly.
public enum OutputDestination {
    case standardOutput
    case file(String)

    init(path: String?) {
        self = path.map { $0 == "-" ? .standardOutput : .file($0) } ?? .standardOutput
    }

    public var isStandardOutput: Bool {
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
            // lstat(2), not FileManager's attributes, which also look the owner up in the user database.
            var status = stat()
            let isSpecial = lstat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFREG
            guard !isSpecial else {
                do {
                    try data.write(to: URL(fileURLWithPath: path))
                } catch {
                    throw Failure(status: .outputFailed, message: "\(path): cannot write: \(error.localizedDescription)")
                }
                return
            }
            try Self.replace(path) { temporary throws(Failure) in
                do {
                    try data.write(to: URL(fileURLWithPath: temporary))
                } catch {
                    throw Failure(status: .outputFailed, message: "\(path): cannot write: \(error.localizedDescription)")
                }
            }
        }
    }

    /// Writes `path` atomically: `write` fills a temporary file beside it (removed on an interrupt
    /// or a failure), which is then renamed into place; `annotate`'s htslib output goes the same way.
    static func replace(_ path: String, by write: (_ temporary: String) throws(Failure) -> Void) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).hemimatch-\(getpid()).tmp").path
        InterruptCleanup.remove(onInterrupt: temporary)
        defer { InterruptCleanup.remove(onInterrupt: nil) }
        do {
            try write(temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw Failure(status: .outputFailed, message: "\(path): cannot write: \(String(cString: strerror(errno)))")
        }
    }
}
