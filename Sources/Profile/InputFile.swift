/// An input file of a run, with its checksum so the report can be traced to the exact bytes.
public struct InputFile: Codable, Sendable, Equatable {
    public let path: String
    /// `variants`, `fusions` or `copy-number`.
    public let role: String
    /// The format read (`vcf`, `bcf`, `arriba`, `cnvkit`…).
    public let format: String
    /// SHA-256 of the file's bytes; `nil` for standard input.
    public let sha256: String?

    public init(path: String, role: String, format: String, sha256: String?) {
        self.path = path
        self.role = role
        self.format = format
        self.sha256 = sha256
    }
}
