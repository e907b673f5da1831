import FoundationEssentials
import Glibc

/// Where the report goes: standard output, or a file written atomically through an `OutputBatch`
/// (a temporary file beside the target, renamed into place), so a failed run never leaves a partial
/// file. A symbolic link is followed and its target replaced atomically; a path that is not a
/// regular file (`/dev/null`, a named pipe) is written directly, never replaced.
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

    /// Fails early, before any input is read, when the file cannot be written: its folder is
    /// missing or not writable, it is a folder, or it is write-protected.
    func checkWritable() throws(Failure) {
        guard case .file(let path) = self else { return }
        guard !path.isEmpty else { throw Failure(status: .usage, message: "an output path is empty") }
        let target = Self.finalTarget(path)
        var status = stat()
        if stat(target, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR {
                throw Failure(status: .outputFailed, message: "\(path): cannot write: it is a directory (name a file in it)")
            }
            if status.st_mode & S_IFMT == S_IFREG, access(target, W_OK) != 0 || status.st_mode & 0o222 == 0 {
                throw Failure(
                    status: .outputFailed, message: "\(path): cannot write: the file is write-protected (remove it or make it writable to replace it)"
                )
            }
            if status.st_mode & S_IFMT != S_IFREG { return }
        }
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory else {
            throw Failure(status: .outputFailed, message: "\(path): cannot write: folder \(folder) does not exist")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw Failure(status: .outputFailed, message: "\(path): cannot write: folder \(folder) is not writable")
        }
    }

    /// Refuses, before anything is read (exit 64), an output that is one of `inputs` (the same file
    /// by device and inode, whatever path names it) or the same file as another output. `outputs`
    /// pairs each option with its path; standard output, devices and pipes may repeat.
    static func checkDistinct(outputs: [(option: String, path: String?)], inputs: [String]) throws(Failure) {
        let read = Dictionary(inputs.compactMap { path in FileIdentity(path).map { ($0, path) } }, uniquingKeysWith: { first, _ in first })
        var written: [String: String] = [:]
        for case let (option, path?) in outputs where path != "-" {
            let target = URL(fileURLWithPath: finalTarget(path)).standardizedFileURL.path
            let identity = FileIdentity(target)
            if let identity, !identity.isRegularFile { continue }
            if let identity, let input = read[identity] {
                throw Failure(status: .usage, message: "\(option) \(path): is the input \(input): refusing to overwrite it")
            }
            let key = identity.map { "\($0.device):\($0.inode)" } ?? target
            if let other = written[key] {
                throw Failure(status: .usage, message: "\(option) \(path): \(other) writes the same file: give each output its own path")
            }
            written[key] = "\(option) \(path)"
        }
    }

    /// Writes standard output, or a device or named pipe, in place (`OutputBatch.commit`).
    func writeDirectly(_ data: Data) throws(Failure) {
        switch self {
        case .standardOutput:
            try StandardStream.output.write(data)
        case .file(let path):
            do {
                try data.write(to: URL(fileURLWithPath: Self.finalTarget(path)))
            } catch {
                let reason = ((error as? CocoaError)?.underlying as? POSIXError).map { String(cString: strerror($0.code.rawValue)) }
                throw Failure(status: .outputFailed, message: "\(path): cannot write: \(reason ?? "\(error)")")
            }
        }
    }

    /// The file a path names once symbolic links are followed (to a target that may not exist yet).
    static func finalTarget(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK,
                let link = try? FileManager.default.destinationOfSymbolicLink(atPath: current)
            else { return current }
            current = link.hasPrefix("/") ? link : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(link).path
        }
        return current
    }

    /// True for an existing path that is not a regular file: a device, a named pipe, a socket.
    static func isSpecial(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFREG && status.st_mode & S_IFMT != S_IFDIR
    }
}

/// A file as the system knows it (device and inode), whatever path names it.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
    let isRegularFile: Bool

    /// `nil` when nothing is at `path`.
    init?(_ path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        isRegularFile = status.st_mode & S_IFMT == S_IFREG
    }
}
