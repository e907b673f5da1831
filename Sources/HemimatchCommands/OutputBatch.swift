import FoundationEssentials
import Glibc

/// Every output of one run, written all or nothing: each file goes to a temporary file beside its
/// target (an unpredictable name, created with `O_EXCL|O_NOFOLLOW`, with the target's mode), is
/// synced to disk, and is renamed into place only when every output has been written. Standard
/// output, devices and named pipes cannot be staged: they are written, before the renames, and a
/// failure there also leaves every file as it was. An interrupt removes the temporary files.
final class OutputBatch {
    private var staged: [(temporary: String, target: String)] = []
    private var direct: [(destination: OutputDestination, data: Data)] = []

    deinit {
        for file in staged { discard(file.temporary) }
    }

    /// Writes `data` to `destination` when the batch commits.
    func add(_ data: Data, to destination: OutputDestination) throws(Failure) {
        guard case .file(let path) = destination else { return direct.append((destination, data)) }
        let target = OutputDestination.finalTarget(path)
        if OutputDestination.isSpecial(target) { return direct.append((destination, data)) }
        try stage(target, named: path) { descriptor, _ throws(Failure) in
            if let code = StandardStream.write(data, to: descriptor) {
                throw Failure(status: .outputFailed, message: "\(path): cannot write: \(String(cString: strerror(code)))")
            }
        }
    }

    /// Has `write` fill the file `path` through the temporary path it is given (`/dev/fd/N`, for
    /// htslib); a device or named pipe is handed to `write` as it is.
    func add(path: String, by write: (_ temporary: String) throws(Failure) -> Void) throws(Failure) {
        let target = OutputDestination.finalTarget(path)
        if OutputDestination.isSpecial(target) { return try write(target) }
        try stage(target, named: path) { descriptor, _ throws(Failure) in
            let handle = "/dev/fd/\(descriptor)"
            do throws(Failure) {
                try write(handle)
            } catch {
                throw Failure(status: error.status, message: error.message.replacing(handle, with: path))
            }
        }
    }

    /// Writes the direct outputs, then renames every temporary file into place.
    func commit() throws(Failure) {
        for (destination, data) in direct { try destination.writeDirectly(data) }
        direct = []
        while let file = staged.first {
            guard rename(file.temporary, file.target) == 0 else {
                throw Failure(status: .outputFailed, message: "\(file.target): cannot write: \(String(cString: strerror(errno)))")
            }
            InterruptCleanup.forget(file.temporary)
            staged.removeFirst()
            Self.syncFolder(of: file.target)
        }
    }

    /// A temporary file beside `target`, filled by `fill`, synced and closed, kept for `commit`.
    private func stage(_ target: String, named path: String, fill: (Int32, String) throws(Failure) -> Void) throws(Failure) {
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent()
        var existing = stat()
        let mode = stat(target, &existing) == 0 ? mode_t(existing.st_mode & 0o7777) : 0o666
        var descriptor: Int32 = -1, temporary = ""
        for _ in 0..<16 where descriptor < 0 {
            let token = String(UInt64.random(in: .min ... .max), radix: 36)
            temporary = folder.appendingPathComponent(".\(URL(fileURLWithPath: target).lastPathComponent).hemimatch-\(token).tmp").path
            InterruptCleanup.remove(onInterrupt: temporary)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor < 0 { InterruptCleanup.forget(temporary) }
            if descriptor < 0 && errno != EEXIST { break }
        }
        guard descriptor >= 0 else {
            throw Failure(status: .outputFailed, message: "\(path): cannot write: \(String(cString: strerror(errno)))")
        }
        staged.append((temporary, target))
        defer { close(descriptor) }
        // open(2) applies the umask; an existing file's mode is kept as it was.
        if existing.st_nlink > 0 { fchmod(descriptor, mode) }
        try fill(descriptor, temporary)
        guard fsync(descriptor) == 0 else {
            throw Failure(status: .outputFailed, message: "\(path): cannot write: \(String(cString: strerror(errno)))")
        }
    }

    private func discard(_ temporary: String) {
        unlink(temporary)
        InterruptCleanup.forget(temporary)
    }

    /// Makes the rename itself durable.
    private static func syncFolder(of path: String) {
        let folder = open(URL(fileURLWithPath: path).deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return }
        fsync(folder)
        close(folder)
    }
}
