/// Why the genome build could not be settled.
public struct BuildError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
}

/// Decides the genome build from the header's contig lengths, checked against `--build` when given.
public struct BuildDetector: Sendable {
    /// Primary contig lengths per build, keyed by normalized contig name.
    public let lengths: [GenomeBuild: [String: Int]]

    public init(lengths: [GenomeBuild: [String: Int]]) {
        self.lengths = lengths
    }

    /// How a build was decided; the raw values are the report schema's `genome_build_basis`.
    public enum Basis: String, Codable, Sendable, CaseIterable {
        /// The contig lengths of the header.
        case header
        /// Only `--build`.
        case option
        /// Only the name of the reference (`##reference=…/human_g1k_v37.fasta`).
        case referenceLine = "reference line"
        /// Only where the annotated codons sit (decided in `Run`).
        case annotation
        /// A MAF's `NCBI_Build` column.
        case ncbiBuild = "NCBI_Build"
        /// A lab's alteration list: no coordinates, so GRCh38's gene spans (the same genes in either build).
        case alterationList = "alteration list"
    }

    /// The build, and how it was decided.
    public struct Decision: Equatable, Sendable {
        public let build: GenomeBuild
        public let basis: Basis

        /// A decision made elsewhere (a MAF's `NCBI_Build`).
        public init(build: GenomeBuild, basis: Basis) {
            self.build = build
            self.basis = basis
        }
    }

    /// - Parameters:
    ///   - contigs: header contigs as (name, length); contigs without a length are ignored.
    ///   - requested: the build the user asked for, if any.
    ///   - hints: values of `##reference`/`##assembly` lines, read only when neither the lengths nor the request decide.
    public func decide(contigs: [(name: String, length: Int?)], requested: GenomeBuild?, hints: [String] = []) throws(BuildError) -> Decision {
        var votes: [GenomeBuild: String] = [:] // build -> first contig that says so
        for contig in contigs {
            guard let length = contig.length else { continue }
            let key = ContigName.normalized(contig.name)
            // Mitochondrial lengths tell nothing: UCSC hg19 carries a 16,571 bp chrM, GRCh37 and GRCh38 rCRS's 16,569 bp.
            if key == "MT" { continue }
            let known = GenomeBuild.allCases.compactMap { build in lengths[build]?[key].map { (build, $0) } }
            guard !known.isEmpty else { continue }
            let agreeing = known.filter { $0.1 == length }.map(\.0)
            if agreeing.isEmpty {
                let expected = known.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", ")
                throw BuildError(description: "contig \(contig.name) has length \(length), which matches no known build (\(expected))")
            }
            if agreeing.count == 1, votes[agreeing[0]] == nil {
                votes[agreeing[0]] = "\(contig.name) (length \(length))"
            }
        }
        if votes.count > 1 {
            let detail = votes.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.value) is \($0.key.rawValue)" }
            throw BuildError(description: "header contigs mix genome builds: " + detail.joined(separator: ", "))
        }
        if let (detected, witness) = votes.first {
            if let requested, requested != detected {
                throw BuildError(description: "--build \(requested.rawValue) contradicts the header: contig \(witness) is \(detected.rawValue)")
            }
            return Decision(build: detected, basis: .header)
        }
        if let requested { return Decision(build: requested, basis: .option) }
        if let hinted = Self.build(named: hints) { return Decision(build: hinted, basis: .referenceLine) }
        throw BuildError(
            description: "the genome build cannot be decided: no header contig has a GRCh37 or GRCh38 length; pass --build GRCh37 or --build GRCh38")
    }

    /// The build a reference's name gives away (`hg38`, `GRCh37`, `b37`, `human_g1k_v37`, `hs37d5`), if exactly one does.
    static func build(named hints: [String]) -> GenomeBuild? {
        let marks: [(GenomeBuild, [String])] = [
            (.grch38, ["grch38", "hg38", "b38", "hs38", "gca_000001405.15"]),
            (.grch37, ["grch37", "hg19", "b37", "human_g1k_v37", "hs37d5", "gca_000001405.1"]),
        ]
        let found = Set(hints.flatMap { hint in marks.filter { $0.1.contains { hint.lowercased().contains($0) } }.map(\.0) })
        return found.count == 1 ? found.first : nil
    }
}
