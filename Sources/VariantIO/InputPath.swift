import FoundationEssentials
import Glibc

/// What kind of place an input path names: standard input (`-`), a remote URL htslib reads through
/// its own transports, or a local path, which may be a regular file or a stream (a FIFO, a process
/// substitution's `/dev/fd/N`) that can be read only once.
public enum InputPath {
    /// The URL schemes htslib reads through libcurl and its S3/GCS plugins.
    public static let remoteSchemes = ["http://", "https://", "ftp://", "s3://", "s3+http://", "s3+https://", "gs://", "gs+http://", "gs+https://"]

    /// True for a URL htslib fetches rather than a local path.
    public static func isRemote(_ path: String) -> Bool {
        let lowered = path.prefix(12).lowercased()
        return remoteSchemes.contains { lowered.hasPrefix($0) }
    }

    /// True when the input can be opened and read again from its start: a regular local file or a
    /// remote URL; false for standard input, FIFOs, pipes and other streams, which are read once.
    public static func canBeReadTwice(_ path: String) -> Bool {
        if path == "-" { return false }
        if isRemote(path) { return true }
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// Why htslib could not open a remote input. htslib turns the server's HTTP status into an
    /// `errno` (hfile_libcurl's `http_status_errno`) and keeps no other trace of it, so the status is
    /// named from that mapping: `ENOENT` is 404 or 410, `EACCES` 403, `EPERM` 401 or 407, `EROFS` 405,
    /// `ETIMEDOUT` 408 or 504, `EBUSY` 503, `ENOSYS` 501, `EINVAL` another 4xx, `EIO` another 5xx.
    static func remoteFailure(_ url: String, errno code: Int32) -> VariantIOError {
        let status: String? =
            switch code {
            case ENOENT: "HTTP 404 or 410 (not found)"
            case EACCES: "HTTP 403 (forbidden)"
            case EPERM: "HTTP 401 or 407 (authentication required)"
            case EROFS: "HTTP 405 (method not allowed)"
            case ETIMEDOUT: "HTTP 408 or 504 (timeout)"
            case EBUSY: "HTTP 503 (service unavailable)"
            case ENOSYS: "HTTP 501 (not implemented)"
            case EINVAL: "an HTTP 4xx client error"
            case EIO: "an HTTP 5xx server error or a broken connection"
            default: nil
            }
        let detail = status.map { "the server answered \($0)" } ?? "cannot be fetched: \(String(cString: strerror(code)))"
        return VariantIOError(.unreadable, path: url, detail: detail)
    }
}
