import FoundationEssentials
import Tables

/// The versioned knowledge base read from a `Reference/` folder: groups, genes, rules, hotspot
/// alleles, sources and the genome builds' contig lengths. Every rule is checked on load.
public struct KnowledgeBase: Sendable {
    /// The folder the knowledge base was read from.
    public let directory: String
    public let version: String
    public let groups: [TreatmentGroup]
    public let genes: [String: Gene]
    public let rules: [Rule]
    public let hotspotAlleles: [HotspotAllele]
    /// Common inherited coding variants inside the rules (`polymorphisms.tsv`): never qualifying.
    public let polymorphisms: [Polymorphism]
    /// Constitutional (RASopathy) alleles and somatic-only hotspots (`germline_classes.tsv`), for the germline screen.
    public let germlineClasses: [GermlineClass]
    /// MANE Select transcript models, keyed by gene, per build.
    public let transcripts: [GenomeBuild: [String: TranscriptModel]]
    public let sources: [String: Source]
    public let buildDetector: BuildDetector
    /// Centromeres and contig lengths: a copy-number segment's extent (focal, arm-level, whole-chromosome).
    public let arms: ChromosomeArms
    /// The trial's cues that are not rules (`policy.tsv`).
    public let policy: TrialPolicy
    /// The arms' non-molecular criteria (`criteria.tsv`), in file order.
    public let criteria: [ClinicalCriterion]
    /// Each arm's recruitment status with its date and source (`recruitment.tsv`).
    public let recruitment: [Recruitment]

    /// Files a knowledge-base folder holds.
    public enum File {
        public static let version = "VERSION"
        public static let groups = "groups.tsv"
        public static let genes = "genes.tsv"
        public static let rules = "rules.tsv"
        public static let hotspotAlleles = "hotspot_alleles.tsv"
        /// Required: without it a common inherited variant would qualify as an alteration.
        public static let polymorphisms = "polymorphisms.tsv"
        /// Optional: a knowledge base without it knows no constitutional or somatic-only alleles.
        public static let germlineClasses = "germline_classes.tsv"
        public static let sources = "sources.tsv"
        public static let genomeBuilds = "genome_builds.tsv"
        public static let centromeres = "centromeres.tsv"
        public static let transcripts = "transcripts.tsv"
        public static let policy = "policy.tsv"
        public static let criteria = "criteria.tsv"
        public static let recruitment = "recruitment.tsv"
        /// Whole-genome gene spans, read only when structural variants need partner genes named
        /// (checked for presence at load, in full by `kb validate`). Stored bgzip-compressed (1.5 MB,
        /// not 5.2 MB), as every run hashes every file of the folder.
        public static let geneSpans = "gene_spans.tsv.gz"
        /// The release's SHA-256 of every other file (`make kb-manifest`), `sha256sum` style.
        public static let manifest = "MANIFEST.sha256"
    }

    /// Loads and validates the knowledge base in `directory`.
    public init(directory: String) throws(KnowledgeBaseError) {
        self.directory = directory
        let folderPrefix = Self.pathPrefix(of: directory)
        func path(_ name: String) -> String { folderPrefix + name }

        let versionPath = path(File.version)
        guard let versionText = try? String(contentsOfFile: versionPath, encoding: .utf8) else {
            throw KnowledgeBaseError(file: versionPath, problem: "cannot be read (is \(directory) a hemimatch knowledge base?)")
        }
        version = versionText.trimmed(newlines: true)
        guard !version.isEmpty, !version.contains(where: \.isWhitespace) else {
            throw KnowledgeBaseError(file: versionPath, problem: "must hold one version string")
        }

        sources = try Self.loadSources(path(File.sources))
        groups = try Self.loadGroups(path(File.groups), sources: sources)
        genes = try Self.loadGenes(path(File.genes))
        rules = try Self.loadRules(path(File.rules), genes: genes, groups: Set(groups.map(\.letter)), sources: sources)
        transcripts = try Self.loadTranscripts(path(File.transcripts), genes: genes)
        hotspotAlleles = try Self.loadHotspotAlleles(path(File.hotspotAlleles), genes: genes, transcripts: transcripts)
        polymorphisms = try Self.loadPolymorphisms(
            path(File.polymorphisms), genes: genes, rules: rules, hotspots: hotspotAlleles,
            transcripts: transcripts)
        germlineClasses = try Self.loadGermlineClasses(path(File.germlineClasses), genes: genes, rules: rules, sources: sources)
        buildDetector = try Self.loadBuilds(path(File.genomeBuilds))
        arms = ChromosomeArms(centromeres: try Self.loadCentromeres(path(File.centromeres)), lengths: buildDetector.lengths)
        policy = try Self.loadPolicy(path(File.policy), genes: genes, groups: groups, sources: sources)
        criteria = try Self.loadCriteria(path(File.criteria), groups: groups, sources: sources)
        recruitment = try Self.loadRecruitment(path(File.recruitment), groups: groups, sources: sources)
        // Read lazily (5 MB decompressed), but a run that would need it must not start without it.
        guard FileManager.default.isReadableFile(atPath: path(File.geneSpans)) else {
            throw KnowledgeBaseError(file: path(File.geneSpans), problem: "cannot be read (every knowledge-base table is required)")
        }
    }

    /// The path of the file `name` in the knowledge-base folder `directory`, as every error names it.
    public static func path(of name: String, in directory: String) -> String {
        URL(fileURLWithPath: directory).appendingPathComponent(name).path
    }

    /// What every file path of the folder `directory` starts with (its absolute path and a slash): a
    /// plain file name appended to it gives `path(of:in:)`, without a URL built for each file.
    /// An absolute path of plain ASCII (no `//`, no `%`) is its own prefix: `URL` changes nothing in it but
    /// a trailing slash, and building one cost a hundredth of the knowledge base's loading.
    public static func pathPrefix(of directory: String) -> String {
        let plain =
            directory.withASCIIBytes { bytes in
                bytes.first == UInt8(ascii: "/") && bytes.allSatisfy { (0x21...0x7E).contains($0) && $0 != UInt8(ascii: "%") }
                    && !zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "/") && $1 == UInt8(ascii: "/") }
            } ?? false
        guard plain else { return String(path(of: File.version, in: directory).dropLast(File.version.count)) }
        return directory.hasSuffix("/") ? directory : directory + "/"
    }

    /// What `kb validate` checks beyond loading: the gene spans in full, for both builds, and that
    /// they name every panel gene (structural partners are named from them).
    public func validateGeneSpans() throws(KnowledgeBaseError) {
        let path = Self.path(of: File.geneSpans, in: directory)
        for build in GenomeBuild.allCases {
            let locator = try geneLocator(build: build)
            for gene in genes.values.sorted(by: { $0.symbol < $1.symbol }) {
                guard let span = gene.spans[build] else { continue }
                guard locator.genes(contig: span.contig, from: span.start, to: span.end).contains(gene.symbol) else {
                    throw KnowledgeBaseError(
                        file: path,
                        problem:
                            "has no \(build.rawValue) span for panel gene \(gene.symbol) (genes.tsv places it at \(span.contig):\(span.start)-\(span.end))"
                    )
                }
            }
        }
    }

    /// The whole-genome gene spans of `build` that name structural-variant partners, read once per
    /// file and build in a process (5 MB decompressed: a cohort's files, and tests, share it).
    public func geneLocator(build: GenomeBuild) throws(KnowledgeBaseError) -> GeneLocator {
        let path = Self.path(of: File.geneSpans, in: directory)
        Self.lock.lock()
        let known = Self.locators[path]?[build]
        Self.lock.unlock()
        if let known { return known }
        let locator = try GeneLocator(path: path, build: build)
        Self.lock.lock()
        Self.locators[path, default: [:]][build] = locator
        Self.lock.unlock()
        return locator
    }

    /// Gene locators read so far, by gene-span file and build.
    private static let lock = PthreadLock()
    nonisolated(unsafe) private static var locators: [String: [GenomeBuild: GeneLocator]] = [:]

    /// Rules for `gene`, in file order.
    public func rules(for gene: String) -> [Rule] {
        rules.filter { $0.gene == gene }
    }

    static func sourceList(
        _ text: String, row: TSVTable.Row, table: TSVTable,
        sources: [String: Source]
    ) throws(KnowledgeBaseError) -> [String] {
        let ids = listItems(text, separator: ";")
        guard !ids.isEmpty else { throw KnowledgeBaseError(file: table.path, line: row.line, problem: "names no source") }
        for id in ids where sources[id] == nil {
            throw KnowledgeBaseError(file: table.path, line: row.line, problem: "unknown source '\(id)'")
        }
        return ids
    }

    /// The trimmed items of a `separator`-separated list, empty items left out, as
    /// `text.split(separator:).map { $0.trimmed() }` gives them; ASCII text is split on its bytes
    /// (where each byte is a character), other text Character-wise.
    static func listItems(_ text: String, separator: Character) -> [String] {
        let ascii = separator.asciiValue.flatMap { byte in
            text.withASCIIBytes { bytes in
                var items: [String] = []
                var start = 0
                while start < bytes.count {
                    var end = start
                    while end < bytes.count, bytes[end] != byte { end += 1 }
                    defer { start = end + 1 }
                    guard end > start else { continue }
                    // Trimmed of spaces and tabs, as `trimmed()` trims ASCII text.
                    var first = start, last = end
                    while first < last, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
                    while last > first, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 { last -= 1 }
                    items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self))
                }
                return items
            }
        }
        return ascii ?? text.split(separator: separator).map { $0.trimmed() }
    }

    /// Whether `text` holds a white-space character (`Character.isWhitespace`); ASCII text is read on
    /// its bytes (tab to carriage return, space), as every rule's id is checked on every run.
    static func containsWhitespace(_ text: String) -> Bool {
        text.withASCIIBytes { bytes in bytes.contains { $0 == 0x20 || (0x09...0x0D).contains($0) } }
            ?? text.contains(where: \.isWhitespace)
    }

    private static func loadSources(_ path: String) throws(KnowledgeBaseError) -> [String: Source] {
        let table = try TSVTable(path: path, requiredColumns: ["source_id", "citation", "url"])
        var sources: [String: Source] = [:]
        for row in table.rows {
            let id = row["source_id"]
            guard !id.isEmpty, !row["citation"].isEmpty else {
                throw KnowledgeBaseError(file: path, line: row.line, problem: "source needs an id and a citation")
            }
            guard sources[id] == nil else { throw KnowledgeBaseError(file: path, line: row.line, problem: "duplicate source id '\(id)'") }
            sources[id] = Source(id: id, citation: row["citation"], url: row["url"])
        }
        return sources
    }

    private static func loadGroups(_ path: String, sources: [String: Source]) throws(KnowledgeBaseError) -> [TreatmentGroup] {
        let table = try TSVTable(path: path, requiredColumns: ["group", "name", "drugs", "qualifying_alterations", "source_ids"])
        var groups: [TreatmentGroup] = []
        for row in table.rows {
            let letter = row["group"]
            guard letter.count == 1, letter.first!.isUppercase else {
                throw KnowledgeBaseError(file: path, line: row.line, problem: "group must be one capital letter, not '\(letter)'")
            }
            guard !groups.contains(where: { $0.letter == letter }) else {
                throw KnowledgeBaseError(file: path, line: row.line, problem: "duplicate group '\(letter)'")
            }
            groups.append(
                TreatmentGroup(
                    letter: letter, name: row["name"], drugs: row["drugs"],
                    qualifying: row["qualifying_alterations"],
                    sourceIDs: try sourceList(row["source_ids"], row: row, table: table, sources: sources)))
        }
        guard groups.contains(where: { $0.letter == TreatmentGroup.generic }) else {
            throw KnowledgeBaseError(
                file: path, problem: "defines no group \(TreatmentGroup.generic) (the arm for samples without a qualifying alteration)")
        }
        return groups
    }

    private static func loadGenes(_ path: String) throws(KnowledgeBaseError) -> [String: Gene] {
        let columns = [
            "gene", "mane_refseq", "mane_ensembl", "strand", "grch37_chrom", "grch37_start", "grch37_end",
            "grch38_chrom", "grch38_start", "grch38_end",
        ]
        let table = try TSVTable(path: path, requiredColumns: columns)
        var genes: [String: Gene] = [:]
        for row in table.rows {
            let symbol = row["gene"], strand = row["strand"]
            guard genes[symbol] == nil else { throw KnowledgeBaseError(file: path, line: row.line, problem: "duplicate gene '\(symbol)'") }
            guard strand == "+" || strand == "-" else {
                throw KnowledgeBaseError(file: path, line: row.line, problem: "strand must be + or -")
            }
            var spans: [GenomeBuild: Gene.Span] = Dictionary(minimumCapacity: GenomeBuild.allCases.count)
            // Column names spelled out, not interpolated for every row.
            for (build, chrom, start, end) in [
                (GenomeBuild.grch37, "grch37_chrom", "grch37_start", "grch37_end"), (.grch38, "grch38_chrom", "grch38_start", "grch38_end"),
            ] {
                let contig = row[chrom]
                guard let start = Int(row[start]), let end = Int(row[end]), start >= 1, start <= end, !contig.isEmpty else {
                    throw KnowledgeBaseError(file: path, line: row.line, problem: "\(symbol) has no valid \(build.rawValue) span")
                }
                spans[build] = Gene.Span(contig: ContigName.normalized(contig), start: start, end: end)
            }
            genes[symbol] = Gene(
                symbol: symbol, maneRefSeq: row["mane_refseq"], maneEnsembl: row["mane_ensembl"], strand: strand.first!, spans: spans)
        }
        return genes
    }

    private static func loadRules(
        _ path: String, genes: [String: Gene], groups: Set<String>,
        sources: [String: Source]
    ) throws(KnowledgeBaseError) -> [Rule] {
        let table = try TSVTable(
            path: path,
            requiredColumns: [
                "rule_id", "gene", "transcript", "groups", "role", "pathway", "kind",
                "target", "evidence", "verified", "source_ids", "note",
            ])
        var rules: [Rule] = []
        var ids = Set<String>()
        for row in table.rows {
            func fail(_ field: String, _ problem: String) -> KnowledgeBaseError {
                KnowledgeBaseError(file: path, line: row.line, field: field, problem: problem)
            }
            let id = row["rule_id"]
            guard !id.isEmpty, !containsWhitespace(id) else { throw fail("rule_id", "a rule needs an id without spaces") }
            guard ids.insert(id).inserted else { throw fail("rule_id", "duplicate rule id '\(id)'") }
            guard let gene = genes[row["gene"]] else { throw fail("gene", "unknown gene '\(row["gene"])' (not in \(File.genes))") }
            guard row["transcript"] == gene.maneRefSeq || row["transcript"] == gene.maneEnsembl else {
                throw fail("transcript", "'\(row["transcript"])' is not \(gene.symbol)'s MANE Select transcript (\(gene.maneRefSeq))")
            }
            let ruleGroups = row["groups"].split(separator: ",").map(String.init)
            guard !ruleGroups.isEmpty, ruleGroups.allSatisfy({ groups.contains($0) && $0 != TreatmentGroup.generic }) else {
                let targets = groups.subtracting([TreatmentGroup.generic]).sorted()
                let named = targets.count > 1 ? targets.dropLast().joined(separator: ", ") + " or " + targets.last! : targets.joined()
                throw fail("groups", "'\(row["groups"])' must list groups \(named)")
            }
            guard let role = RuleRole(rawValue: row["role"]) else { throw fail("role", "must be qualifies, excludes or advisory") }
            guard let kind = RuleKind(rawValue: row["kind"]) else { throw fail("kind", "unknown rule kind '\(row["kind"])'") }
            guard let target = RuleTargetParser.parse(row["target"], kind: kind) else {
                throw fail("target", "'\(row["target"])' does not fit rule kind \(kind.rawValue)")
            }
            guard let evidence = EvidenceLevel(rawValue: row["evidence"]) else {
                throw fail("evidence", "unknown evidence level '\(row["evidence"])'")
            }
            guard ["yes", "no"].contains(row["verified"]) else { throw fail("verified", "must be yes or no") }
            let sourceIDs: [String]
            do {
                sourceIDs = try sourceList(row["source_ids"], row: row, table: table, sources: sources)
            } catch {
                throw fail("source_ids", error.problem)
            }
            rules.append(
                Rule(
                    id: id, gene: gene.symbol, transcript: row["transcript"], groups: ruleGroups, role: role,
                    pathway: row["pathway"], kind: kind, target: target, targetText: row["target"], evidence: evidence,
                    verified: row["verified"] == "yes", sourceIDs: sourceIDs, note: row["note"]))
        }
        return rules
    }

    private static func loadHotspotAlleles(
        _ path: String, genes: [String: Gene],
        transcripts: [GenomeBuild: [String: TranscriptModel]]
    ) throws(KnowledgeBaseError) -> [HotspotAllele] {
        let table = try TSVTable(
            path: path,
            requiredColumns: [
                "gene", "protein", "hgvsc", "grch37_chrom", "grch37_pos",
                "grch38_chrom", "grch38_pos", "ref", "alt", "source",
            ])
        // Each build's models looked up once for the table, not for every row.
        let models37 = transcripts[.grch37] ?? [:], models38 = transcripts[.grch38] ?? [:]
        return try table.rows.map { row throws(KnowledgeBaseError) in
            // Each cell read once: this is the longest table checked on every run.
            let symbol = row["gene"], protein = row["protein"], hgvsc = row["hgvsc"], ref = row["ref"], alt = row["alt"]
            guard let gene = genes[symbol] else {
                throw KnowledgeBaseError(file: path, line: row.line, problem: "unknown gene '\(symbol)'")
            }
            guard let p37 = Int(row["grch37_pos"]), let p38 = Int(row["grch38_pos"]),
                !ref.isEmpty, !alt.isEmpty, protein.hasPrefix("p.")
            else {
                throw KnowledgeBaseError(file: path, line: row.line, problem: "incomplete hotspot allele")
            }
            let chrom37 = row["grch37_chrom"], chrom38 = row["grch38_chrom"]
            let locus37 = Locus(contig: ContigName.normalized(chrom37), position: p37)
            let locus38 = Locus(contig: ContigName.normalized(chrom38), position: p38)
            let builds = [(GenomeBuild.grch37, chrom37, locus37, models37), (.grch38, chrom38, locus38, models38)]
            for (build, contig, locus, _) in builds {
                guard let span = gene.spans[build], span.contig == locus.contig, (span.start...span.end).contains(locus.position) else {
                    throw KnowledgeBaseError(
                        file: path, line: row.line, field: "\(build.rawValue.lowercased())_pos",
                        problem: "\(contig):\(locus.position) lies outside \(gene.symbol)'s \(build.rawValue) span")
                }
            }
            for (build, _, locus, models) in builds {
                guard let model = models[gene.symbol] else { continue }
                if let problem = HotspotCheck.problem(protein: protein, hgvsc: hgvsc, ref: ref, position: locus.position, model: model) {
                    throw KnowledgeBaseError(file: path, line: row.line, field: "\(build.rawValue.lowercased())_pos", problem: problem)
                }
            }
            return HotspotAllele(
                gene: symbol, protein: protein, hgvsc: hgvsc, loci: [.grch37: locus37, .grch38: locus38], ref: ref, alt: alt,
                source: row["source"])
        }
    }

    private static func loadTranscripts(_ path: String, genes: [String: Gene]) throws(KnowledgeBaseError) -> [GenomeBuild: [String: TranscriptModel]]
    {
        let table = try TSVTable(
            path: path,
            requiredColumns: [
                "gene", "build", "transcript", "chrom", "strand", "cds_start", "cds_end",
                "exon_starts", "exon_ends",
            ])
        var models: [GenomeBuild: [String: TranscriptModel]] = [:]
        for row in table.rows {
            func fail(_ field: String, _ problem: String) -> KnowledgeBaseError {
                KnowledgeBaseError(file: path, line: row.line, field: field, problem: problem)
            }
            let symbol = row["gene"]
            guard let gene = genes[symbol] else { throw fail("gene", "unknown gene '\(symbol)'") }
            guard let build = GenomeBuild(rawValue: row["build"]) else { throw fail("build", "must be GRCh37 or GRCh38") }
            guard models[build]?[gene.symbol] == nil else { throw fail("gene", "second \(build.rawValue) model for \(gene.symbol)") }
            guard row["strand"] == String(gene.strand) else { throw fail("strand", "disagrees with genes.tsv") }
            let starts = wholeNumbers(inList: row["exon_starts"]), ends = wholeNumbers(inList: row["exon_ends"])
            guard !starts.isEmpty, starts.count == ends.count, zip(starts, ends).allSatisfy({ $0 <= $1 }) else {
                throw fail("exon_starts", "exon starts and ends must pair up, start <= end")
            }
            guard let cdsStart = Int(row["cds_start"]), let cdsEnd = Int(row["cds_end"]), cdsStart <= cdsEnd else {
                throw fail("cds_start", "needs a coding range")
            }
            let contig = ContigName.normalized(row["chrom"])
            guard gene.spans[build]?.contig == contig else { throw fail("chrom", "disagrees with the gene's \(build.rawValue) span") }
            models[build, default: Dictionary(minimumCapacity: table.rows.count)][gene.symbol] = TranscriptModel(
                gene: gene.symbol, build: build, transcript: row["transcript"], contig: contig, strand: gene.strand,
                exons: zip(starts, ends).map { $0...$1 }, codingRange: cdsStart...cdsEnd)
        }
        return models
    }

    /// The numbers of a comma-separated list as `split(separator: ",").compactMap { Int($0) }` reads
    /// them (empty items and items that are no number left out), read on the bytes: the exon lists
    /// hold thousands of numbers, and Character-wise splitting and generic `Int` parsing of them were
    /// most of the transcript table's load time.
    static func wholeNumbers(inList text: String) -> [Int] {
        var text = text
        return text.withUTF8 { bytes in
            var numbers: [Int] = []
            numbers.reserveCapacity(bytes.count { $0 == UInt8(ascii: ",") } + 1) // made at its size, not grown
            var index = 0
            while index <= bytes.count {
                // One item, up to the next comma: an optional sign, then digits, read in the one pass.
                let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
                if negative || (index < bytes.count && bytes[index] == UInt8(ascii: "+")) { index += 1 }
                var value = 0, digits = 0, valid = true
                while index < bytes.count, bytes[index] != UInt8(ascii: ",") {
                    let digit = Int(bytes[index]) &- Int(UInt8(ascii: "0"))
                    if valid, (0...9).contains(digit) {
                        let (shifted, overflowed) = value.multipliedReportingOverflow(by: 10)
                        let (next, overflowedToo) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
                        valid = !overflowed && !overflowedToo
                        value = next
                        digits += 1
                    } else {
                        valid = false
                    }
                    index += 1
                }
                if valid, digits > 0 { numbers.append(value) }
                index += 1
            }
            return numbers
        }
    }

    private static func loadBuilds(_ path: String) throws(KnowledgeBaseError) -> BuildDetector {
        let table = try TSVTable(path: path, requiredColumns: ["build", "contig", "length"])
        var lengths: [GenomeBuild: [String: Int]] = [:]
        for row in table.rows {
            guard let build = GenomeBuild(rawValue: row["build"]), let length = Int(row["length"]), length > 0 else {
                throw KnowledgeBaseError(file: path, line: row.line, problem: "needs a build (GRCh37/GRCh38) and a positive length")
            }
            lengths[build, default: [:]][ContigName.normalized(row["contig"])] = length
        }
        guard lengths.count == GenomeBuild.allCases.count else {
            throw KnowledgeBaseError(file: path, problem: "must list contig lengths for GRCh37 and GRCh38")
        }
        return BuildDetector(lengths: lengths)
    }

    private static func loadCentromeres(_ path: String) throws(KnowledgeBaseError) -> [GenomeBuild: [String: ClosedRange<Int>]] {
        let table = try TSVTable(path: path, requiredColumns: ["build", "contig", "start", "end", "source"])
        var centromeres: [GenomeBuild: [String: ClosedRange<Int>]] = [:]
        for row in table.rows {
            guard let build = GenomeBuild(rawValue: row["build"]), let start = Int(row["start"]), let end = Int(row["end"]),
                start > 0, start < end, !row["source"].isEmpty
            else {
                throw KnowledgeBaseError(file: path, line: row.line, problem: "needs a build (GRCh37/GRCh38), 0 < start < end and a source")
            }
            centromeres[build, default: [:]][ContigName.normalized(row["contig"])] = start...end
        }
        return centromeres
    }
}
