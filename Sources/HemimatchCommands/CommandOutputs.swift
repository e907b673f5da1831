import FoundationEssentials

/// What a command writes, in the order it writes it: bytes for standard output, and files, each
/// either bytes or (htslib's output) a writer that fills a path. A command computes them without
/// touching any destination; `run()` writes them (files atomically), and tests read them in process.
public struct CommandOutputs {
    /// One write: where to, and what.
    public struct Write {
        public let destination: OutputDestination
        let content: Content
    }

    enum Content {
        case bytes(Data)
        /// Fills the path it is given (a temporary file beside the destination): output too large
        /// to hold in memory, written by a library that writes files itself.
        case writer((_ path: String) throws(Failure) -> Void)
    }

    public private(set) var writes: [Write] = []
    /// The diagnostics (warnings) the command wrote while it ran, when its environment collects them.
    public internal(set) var standardError = Data()

    public init() {}

    mutating func append(_ data: Data, to destination: OutputDestination) {
        writes.append(Write(destination: destination, content: .bytes(data)))
    }

    /// A writer's output: to a file (`path`), or to standard output for `-`, where the writer is
    /// given `-` (htslib's name for standard output).
    mutating func append(to path: String, by writer: @escaping (_ path: String) throws(Failure) -> Void) {
        writes.append(Write(destination: OutputDestination(path: path), content: .writer(writer)))
    }

    /// Everything written to standard output.
    public var standardOutput: Data {
        writes.reduce(into: Data()) { data, write in
            guard write.destination.isStandardOutput else { return }
            switch write.content {
            case .bytes(let bytes): data.append(bytes)
            case .writer: data.append((try? write.content.bytes()) ?? Data())
            }
        }
    }

    /// The paths of the files written, in order.
    public var filePaths: [String] {
        writes.compactMap { if case .file(let path) = $0.destination { path } else { nil } }
    }

    /// The bytes of each file (as the command line names it); a writer's file is produced in a
    /// temporary folder and read back.
    public func files() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for write in writes {
            guard case .file(let path) = write.destination else { continue }
            files[path] = try write.content.bytes()
        }
        return files
    }

    /// A failure to report once the outputs are written (`cohort --keep-going` with files that failed).
    public internal(set) var failureAfterWriting: Failure?

    /// Writes every output, all or nothing (`OutputBatch`): files through temporary files renamed
    /// into place when every one was written; standard output, devices and pipes as they are.
    func write() throws(Failure) {
        let batch = OutputBatch()
        for write in writes {
            switch write.content {
            case .bytes(let data): try batch.add(data, to: write.destination)
            case .writer(let writer):
                switch write.destination {
                case .file(let path): try batch.add(path: path, by: writer)
                case .standardOutput: try writer("-")
                }
            }
        }
        try batch.commit()
        if let failureAfterWriting { throw failureAfterWriting }
    }
}

extension CommandOutputs.Content {
    /// The bytes, a writer's read back from a temporary file.
    func bytes() throws -> Data {
        switch self {
        case .bytes(let data): return data
        case .writer(let writer):
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hemimatch-output-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("output").path
            try writer(path)
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
    }
}

extension CommandOutputs {
    /// Text for standard output, and nothing else.
    static func standardOutput(_ text: String) -> CommandOutputs {
        var outputs = CommandOutputs()
        outputs.append(Data(text.utf8), to: .standardOutput)
        return outputs
    }
}
