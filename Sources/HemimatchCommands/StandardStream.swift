import FoundationEssentials
import Glibc

/// Standard output and standard error, written with write(2) (FoundationEssentials has no `FileHandle`,
/// whose non-throwing `write` stopped the process on a full disk or a closed standard output).
enum StandardStream {
    case output
    case error

    /// Writes every byte of `data`, again after an interruption; the `errno` of a failure.
    static func write(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return errno }
                offset += written
            }
            return nil
        }
    }

    /// Writes `data` to the stream; standard output's failure is exit code 73, standard error's has
    /// nowhere to be reported.
    func write(_ data: Data) throws(Failure) {
        switch self {
        case .output:
            guard Self.write(data, to: STDOUT_FILENO) == nil else {
                throw Failure(status: .outputFailed, message: "standard output: cannot write (closed, or the disk is full)")
            }
        case .error:
            _ = Self.write(data, to: STDERR_FILENO)
        }
    }
}
