import Foundation

/// An S3-compatible object store on 127.0.0.1 (moto's server, from PyPI: `make deps-test` installs it)
/// holding a folder's files in one bucket, for reading `s3+http://BUCKET/KEY` through htslib's S3
/// plugin with `HTS_S3_HOST` pointed at it. It counts the object bytes it sends. Started by a test and
/// stopped when the value goes away; never an outside address.
public final class ObjectStoreServer {
    public let port: Int
    public let bucket: String
    private let process: Process
    private let log: URL
    /// The server's standard input: it stops when this closes, so it never outlives the test process.
    private let input = Pipe()

    /// Why no server can run here (moto or boto3 not importable), or nil when one can.
    public static var unavailable: String? {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import moto.server, boto3, werkzeug"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return "python3 cannot be started" }
        probe.waitUntilExit()
        return probe.terminationStatus == 0 ? nil : "moto[server] and boto3 are not installed for python3 (make deps-test installs them)"
    }

    /// Serves `files` of `folder` as objects of `bucket`; throws when the server does not start.
    public init(folder: URL, bucket: String, files: [String]) throws {
        self.bucket = bucket
        let script = folder.appendingPathComponent("object_store.py")
        try Self.script.write(to: script, atomically: true, encoding: .utf8)
        log = folder.appendingPathComponent("objects-served.log")
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, folder.path, log.path, bucket] + files
        process.environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": folder.path,
            "AWS_ACCESS_KEY_ID": Self.key, "AWS_SECRET_ACCESS_KEY": Self.key, "AWS_DEFAULT_REGION": Self.region,
        ]
        let output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard let port = Int(line.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw ChildProcess.ToolFailure(command: "python3 object_store.py", stderr: "no port announced: \(line) \(stderr)")
        }
        self.port = port
    }

    deinit {
        // SIGKILL: a child started from a test's worker thread inherits its blocked signals, SIGTERM among them.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The test credentials and region: moto accepts any, and these name nothing real.
    public static let key = "hemimatch-test"
    public static let region = "us-east-1"

    /// htslib's S3 settings for this server: its host, path-style addresses, the test credentials.
    public var htslibEnvironment: [String: String] {
        [
            "HTS_S3_HOST": "127.0.0.1:\(port)", "HTS_S3_ADDRESS_STYLE": "path", "AWS_ACCESS_KEY_ID": Self.key,
            "AWS_SECRET_ACCESS_KEY": Self.key, "AWS_DEFAULT_REGION": Self.region,
        ]
    }

    /// `s3+http://BUCKET/name`: S3 over plain HTTP, as a local endpoint serves it.
    public func url(_ name: String) -> String { "s3+http://\(bucket)/\(name)" }

    /// Object bytes sent so far for `name` (GET bodies).
    public func bytesServed(_ name: String) -> Int {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").reduce(0) { total, line in
            let parts = line.split(separator: " ")
            return parts.count == 2 && parts[0] == "/\(bucket)/\(name)" ? total + (Int(parts[1]) ?? 0) : total
        }
    }

    private static let script = #"""
        import os, socket, sys, threading
        import boto3
        from moto.server import DomainDispatcherApplication, create_backend_app
        from werkzeug.serving import ThreadedWSGIServer

        root, log, bucket, names = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
        lock = threading.Lock()

        def counting(app):
            # Counts the object bytes each GET has written to its socket, in small pieces, by path.
            def wrapped(environ, start_response):
                sent = 0
                try:
                    for chunk in app(environ, start_response):
                        for start in range(0, len(chunk), 16384):
                            piece = chunk[start:start + 16384]
                            yield piece
                            sent += len(piece)
                finally:
                    if environ.get("REQUEST_METHOD") == "GET":
                        with lock, open(log, "a") as out:
                            out.write("%s %d\n" % (environ.get("PATH_INFO", ""), sent))
            return wrapped

        class Server(ThreadedWSGIServer):
            def get_request(self):
                # A small send buffer: bytes a client stops reading are not counted as fetched.
                connection, address = super().get_request()
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 16384)
                return connection, address

        server = Server("127.0.0.1", 0, counting(DomainDispatcherApplication(create_backend_app)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.server_address[1]
        s3 = boto3.client("s3", endpoint_url="http://127.0.0.1:%d" % port)
        s3.create_bucket(Bucket=bucket)
        for name in names:
            s3.upload_file(os.path.join(root, name), bucket, name)
        open(log, "w").close()
        print(port, flush=True)
        # Serves until the test closes its end of standard input, or is gone.
        sys.stdin.read()
        """#
}
