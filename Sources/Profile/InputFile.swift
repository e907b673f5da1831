/// An input file of a run, with its checksum so the report can be traced to the exact bytes.
public struct InputFile: Codable, Sendable, Equatable {
    public let path: String
    /// What an input is to the run; raw values are the schema's.
    public enum Role: String, Codable, Sendable, CaseIterable {
        case variants, fusions
        case copyNumber = "copy-number"
        /// A lab's alteration list given beside the variants (`--alterations`).
        case alterations
        /// A purity/ploidy summary (PURPLE, ASCAT, FACETS) given with `--cnv`: it speaks for no copy-number screen.
        case ploidy
        /// `--fasta`.
        case reference
        /// `--clinical`.
        case clinical
    }

    public let role: Role
    /// The format read (`vcf`, `bcf`, `arriba`, `cnvkit`…).
    public let format: String
    /// SHA-256 of the file's bytes; `nil` for standard input and other streams.
    public let sha256: String?
    /// What `sha256` is of when it is not the whole file: read through the index, only the index and
    /// the panel regions' records were read, and they are what is hashed. `nil`: the whole file.
    public var sha256Of: String?

    public init(path: String, role: Role, format: String, sha256: String?, sha256Of: String? = nil) {
        self.path = path
        self.role = role
        self.format = format
        self.sha256 = sha256
        self.sha256Of = sha256Of
    }

    enum CodingKeys: String, CodingKey {
        case path, role, format, sha256
        case sha256Of = "sha256_of"
    }
}
