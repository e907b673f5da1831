import CallerEvidence
import FoundationEssentials

/// Gives every row of the fusion and copy-number tables and alteration lists to exactly the sample it
/// names, or stops the run.
///
/// - A row naming a sample goes to the input's sample of that name, or to the one `--table-sample
///   NAME=SAMPLE` maps the name onto.
/// - A table naming exactly one sample that is neither, used with an input that profiles exactly one
///   sample, is attached to that sample, and the run's notes say which name was paired with which.
/// - A table without a sample column belongs to the one profiled sample; when several are profiled,
///   `-s` or `--table-sample TABLE=SAMPLE` (the table's file name) says whose it is. Never a normal's,
///   never every sample's.
///
/// Anything else is a usage error naming the table, the names it holds and the input's samples: a
/// row is never given to a sample it does not name, and never dropped.
public struct TableAttribution {
    /// The input's sample columns.
    let headerSamples: [String]
    /// The samples profiled (a file without sample columns: one, named after the file).
    let profiled: [String]
    /// The normals of a tumor/normal pair.
    let normals: [String]
    /// `--table-sample`: a table's sample name, or a sample-less table's file name, onto an input sample.
    let mapping: [String: String]
    /// `--ploidy`, which overrides the ploidies the callers' summaries give (said in the notes when they differ).
    var givenPloidy: Double?
    /// Where the mapping is given, as the errors name it (`--table-sample`, a file list's `table_sample` column).
    var option = "--table-sample"

    public init(
        headerSamples: [String], profiled: [String], normals: [String], mapping: [String: String], givenPloidy: Double?,
        option: String
    ) {
        (self.headerSamples, self.profiled, self.normals, self.mapping) = (headerSamples, profiled, normals, mapping)
        (self.givenPloidy, self.option) = (givenPloidy, option)
    }

    /// The tables' rows, each carried by its sample, and what the user should know about the pairing.
    public struct Outcome {
        public var fusions: [FusionCandidate] = []
        public var copyNumberEvents: [CopyNumberEvent] = []
        /// A lab's reported alterations, each with the input sample it went to and that sample's support.
        public var alterations: [(alteration: ReportedAlteration, sample: String, support: [SampleSupport])] = []
        public var notes: [String] = []
        /// Each input sample's ploidy from its caller's purity/ploidy summary.
        public var ploidies: [String: SamplePloidy] = [:]
        /// Each table's path and role with the input samples its rows went to: the screen's record of
        /// whose rearrangements and copy number were looked at. A table without rows belongs to the one
        /// profiled tumor sample (or the one `--table-sample` names); with several, to none.
        public var owners: [(path: String, role: CallerTables.Role, samples: [String])] = []
    }

    public func assign(_ tables: CallerTables, input: String) throws(AttributionError) -> Outcome {
        try checkMapping(tables, input: input)
        var outcome = Outcome()
        var ownersByFile: [(file: CallerTables.File, owners: [String: String])] = []
        for file in tables.files {
            guard file.samples != [] else {
                outcome.owners.append((file.path, file.role, ownerOfEmpty(file)))
                continue
            }
            let owners = try owners(of: file, input: input, notes: &outcome.notes)
            outcome.owners.append((file.path, file.role, Array(Set(owners.values)).sorted()))
            ownersByFile.append((file, owners))
            for ploidy in file.ploidies {
                try record(ploidy, of: owners[ploidy.sample ?? ""]!, in: &outcome)
            }
        }
        for (file, owners) in ownersByFile {
            outcome.fusions += file.fusions.map { $0.attributed(to: support(for: owners[$0.tableSample ?? ""]!)) }
            outcome.copyNumberEvents += file.copyNumberEvents.map { event in
                let owner = owners[event.tableSample ?? ""]!
                var given = event.attributed(to: support(for: owner))
                given.ploidy = outcome.ploidies[owner]
                return given
            }
            outcome.alterations += file.alterations.map { ($0, owners[$0.sample]!, support(for: owners[$0.sample]!)) }
        }
        return outcome
    }

    /// A sample's ploidy from its caller's summary; two summaries that disagree for one sample stop the run
    /// (unless `--ploidy` decides), and a `--ploidy` that overrides it is said.
    private func record(_ ploidy: SamplePloidy, of sample: String, in outcome: inout Outcome) throws(AttributionError) {
        if let earlier = outcome.ploidies[sample], earlier.ploidy != ploidy.ploidy, givenPloidy == nil {
            throw AttributionError(
                "two ploidies for sample \(sample): \(earlier.ploidy) (\(earlier.evidence)) and \(ploidy.ploidy) "
                    + "(\(ploidy.evidence)): give one purity/ploidy file per sample, or decide with --ploidy")
        }
        if let givenPloidy, givenPloidy != ploidy.ploidy {
            outcome.notes.append(
                "\(ploidy.evidence): ploidy \(ploidy.ploidy) for \(sample) is not used: --ploidy \(givenPloidy) "
                    + "overrides the caller's estimate")
        }
        if outcome.ploidies[sample] == nil { outcome.ploidies[sample] = ploidy }
    }

    /// Whose screen a table without rows speaks for: the sample `--table-sample` names, or the one
    /// profiled tumor sample; nobody's when several are profiled (their screens stay not assessed).
    private func ownerOfEmpty(_ file: CallerTables.File) -> [String] {
        if let mapped = mapping[file.path] ?? mapping[fileName(file.path)] { return [mapped] }
        let tumors = profiled.filter { !normals.contains($0) }
        return tumors.count == 1 && profiled.count == 1 ? tumors : []
    }

    /// The input sample each name of the table goes to (`""` for a table without a sample column).
    private func owners(of file: CallerTables.File, input: String, notes: inout [String]) throws(AttributionError) -> [String: String] {
        let table = fileName(file.path)
        guard let names = file.samples else {
            if let mapped = mapping[file.path] ?? mapping[table] { return ["": mapped] }
            let tumors = profiled.filter { !normals.contains($0) }
            guard tumors.count == 1, profiled.count == 1 else {
                throw AttributionError(
                    "\(file.path): the table names no sample, and \(input) profiles \(describe(profiled)): "
                        + "say whose it is with -s SAMPLE or \(option) \(table)=SAMPLE")
            }
            return ["": tumors[0]]
        }
        var owners: [String: String] = [:]
        var unknown: [String] = []
        for name in names {
            if let mapped = mapping[name] {
                owners[name] = mapped
            } else if headerSamples.contains(name) {
                owners[name] = name
            } else {
                unknown.append(name)
            }
        }
        guard !unknown.isEmpty else { return owners }
        if names.count == 1, profiled.count == 1, !normals.contains(profiled[0]) {
            notes.append(
                "\(table): its rows name sample \(names[0]), which \(input) does not have; they were given to "
                    + "\(profiled[0]), the one sample profiled (\(option) \(names[0])=SAMPLE says it outright)")
            return [names[0]: profiled[0]]
        }
        throw AttributionError(
            "\(file.path): rows name \(unknown.count == 1 ? "sample" : "samples") \(unknown.joined(separator: ", ")) "
                + "that \(input) does not have (the table names \(names.joined(separator: ", ")); the input \(describeHeader())): "
                + "map each with \(option) NAME=SAMPLE")
    }

    /// Every `--table-sample` target is an input sample, and every name it maps is used by some table.
    private func checkMapping(_ tables: CallerTables, input: String) throws(AttributionError) {
        let targets = headerSamples.isEmpty ? profiled : headerSamples
        for (name, sample) in mapping.sorted(by: { $0.key < $1.key }) {
            guard targets.contains(sample) else {
                throw AttributionError("\(option) \(name)=\(sample): \(input) has no sample \(sample) (\(describeHeader()))")
            }
            let used = tables.files.contains { file in
                file.samples?.contains(name) ?? (name == file.path || name == fileName(file.path))
            }
            guard used else {
                let names = tables.files.map { file in file.samples.map { $0.joined(separator: ", ") } ?? fileName(file.path) }
                throw AttributionError(
                    "\(option) \(name)=\(sample): no table names \(name) (they name "
                        + "\(names.isEmpty ? "nothing: no fusion or copy-number table given" : names.joined(separator: "; ")))")
            }
        }
    }

    /// One entry per header sample, carried by `sample` only; empty for a file without sample columns,
    /// whose one profiled sample carries everything.
    private func support(for sample: String) -> [SampleSupport] {
        headerSamples.map { SampleSupport(carries: $0 == sample, vaf: nil, depth: nil) }
    }

    private func fileName(_ path: String) -> String {
        URL(fileURLWithPath: path).lastPathComponent
    }

    private func describe(_ samples: [String]) -> String {
        "\(samples.count) samples (\(samples.joined(separator: ", ")))"
    }

    private func describeHeader() -> String {
        headerSamples.isEmpty ? "has no sample columns" : "has \(headerSamples.joined(separator: ", "))"
    }
}

extension TableAttribution.Outcome {
    /// A VCF's copy-number events with the ploidy of the samples carrying them (every profiled sample
    /// when the record says nothing per sample); when carriers' ploidies differ, the highest, so that one
    /// tumor's genome level is never read as another's amplification.
    public func withPloidies(_ events: [CopyNumberEvent], headerSamples: [String], profiled: [String]) -> [CopyNumberEvent] {
        guard !ploidies.isEmpty else { return events }
        return events.map { event in
            let carriers =
                event.support.isEmpty || event.support.allSatisfy({ $0.carries == nil })
                ? profiled
                : headerSamples.indices.filter { event.support.indices.contains($0) && event.support[$0].carries == true }.map { headerSamples[$0] }
            var placed = event
            placed.ploidy = carriers.compactMap { ploidies[$0] }.max { $0.ploidy < $1.ploidy }
            return placed
        }
    }
}
