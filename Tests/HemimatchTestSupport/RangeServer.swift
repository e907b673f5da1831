import Foundation

/// A small HTTP server on 127.0.0.1 that serves a folder's files with byte ranges (as htslib's
/// index jumps ask for them) and counts the bytes it sends: Python's `http.server` does not do
/// ranges. Started by a test and stopped when the value goes away; never an outside address.
public final class RangeServer {
    public let port: Int
    private let process: Process
    private let log: URL

    /// Serves `folder`; throws when python3 is missing or the server does not start.
    public init(folder: URL) throws {
        let script = folder.appendingPathComponent("range_server.py")
        try Self.script.write(to: script, atomically: true, encoding: .utf8)
        log = folder.appendingPathComponent("served.log")
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, folder.path, log.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard let port = Int(line.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            kill(process.processIdentifier, SIGKILL)
            throw ChildProcess.ToolFailure(command: "python3 range_server.py", stderr: "no port announced: \(line)")
        }
        self.port = port
    }

    deinit {
        // SIGKILL: a child started from a test's worker thread inherits its blocked signals, SIGTERM among them.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// `http://127.0.0.1:PORT/name`.
    public func url(_ name: String) -> String { "http://127.0.0.1:\(port)/\(name)" }

    /// Bytes sent so far for the file `name`, body only.
    public func bytesServed(_ name: String) -> Int {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").reduce(0) { total, line in
            let parts = line.split(separator: " ")
            return parts.count == 2 && parts[0] == "/" + name ? total + (Int(parts[1]) ?? 0) : total
        }
    }

    private static let script = #"""
        import http.server, os, re, socket, sys
        root, log = sys.argv[1], sys.argv[2]

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_HEAD(self):
                self.serve(body=False)

            def do_GET(self):
                self.serve(body=True)

            def serve(self, body):
                path = os.path.join(root, os.path.basename(self.path.split("?")[0]))
                if not os.path.isfile(path):
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                size = os.path.getsize(path)
                start, end = 0, size - 1
                match = re.match(r"bytes=(\d*)-(\d*)$", self.headers.get("Range", ""))
                if match and (match.group(1) or match.group(2)):
                    if match.group(1):
                        start = int(match.group(1))
                        end = min(int(match.group(2)), size - 1) if match.group(2) else size - 1
                    else:
                        start = max(0, size - int(match.group(2)))
                    if start >= size:
                        self.send_response(416)
                        self.send_header("Content-Range", "bytes */%d" % size)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    self.send_response(206)
                    self.send_header("Content-Range", "bytes %d-%d/%d" % (start, end, size))
                else:
                    self.send_response(200)
                self.send_header("Accept-Ranges", "bytes")
                self.send_header("Content-Length", str(end - start + 1))
                self.end_headers()
                if not body:
                    return
                sent, left = 0, end - start + 1
                with open(path, "rb") as f:
                    f.seek(start)
                    try:
                        while left > 0:
                            chunk = f.read(min(left, 16384))
                            self.wfile.write(chunk)
                            sent += len(chunk)
                            left -= len(chunk)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                with open(log, "a") as out:
                    out.write("%s %d\n" % (self.path, sent))

        class Server(http.server.ThreadingHTTPServer):
            def get_request(self):
                # A small send buffer: bytes a client stops reading are not counted as fetched.
                connection, address = super().get_request()
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 16384)
                return connection, address

        server = Server(("127.0.0.1", 0), Handler)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """#
}
