import CallerEvidence
import Knowledge
import Matching
import VariantIO

/// Where a run's records come from: a VCF/BCF read through htslib, or a MAF table whose rows are
/// turned into the records a VCF of the same calls holds (`MAFReader`). Both go through one
/// matcher and one profile builder; only the header, the build and the file's description differ.
/// A lab's alteration list given as the input holds no records: its samples are the header's, and
/// its rows are matched as a list given beside a VCF is (`FileRun`).
enum VariantSource {
    case file(VariantReader)
    case maf(MAFCalls)
    case alterations(AlterationList)

    /// Opens `input` once (a stream such as `<(…)` cannot be opened twice): a MAF when its content
    /// says so (compressed or not), else a VCF/BCF, `indexed` when it is to be read through its index.
    init(input: String, threads: Int, indexed: Bool = false) throws(RunError) {
        let opened = try attempt(RunError.init) { () throws(VariantIOError) in
            try OpenedInput.open(
                path: input, threads: threads, request: RecordMatcher.fieldRequest, indexed: indexed,
                isTable: { MAFReader.isMAF($0) || AlterationList.isAlterationList($0) })
        }
        switch opened {
        case .variants(let reader):
            self = .file(reader)
        case .table(let data):
            do {
                self =
                    AlterationList.isAlterationList(data.prefix(1 << 16))
                    ? .alterations(try AlterationList.read(data, path: input))
                    : .maf(try MAFReader.read(data, path: input))
            } catch {
                throw RunError(.invalidInput, error.description)
            }
        }
    }

    var header: VariantHeader {
        switch self {
        case .file(let reader): reader.header
        case .maf(let calls): calls.header
        case .alterations(let list): VariantHeader(samples: list.samples, contigs: [], info: [], format: [], meta: [])
        }
    }

    /// The input's format for the run metadata: `vcf`, `bcf`, `maf` or `alteration list`.
    var format: String {
        switch self {
        case .file(let reader): reader.isBCF ? "bcf" : "vcf"
        case .maf: "maf"
        case .alterations: "alteration list"
        }
    }

    /// The list when the input is a lab's alteration list.
    var alterationList: AlterationList? {
        if case .alterations(let list) = self { return list }
        return nil
    }

    var isPlainGzip: Bool {
        if case .file(let reader) = self { return reader.isPlainGzip }
        return false
    }

    /// The index the panel regions are read through; `nil` when the file is streamed.
    var index: VariantIndex? {
        if case .file(let reader) = self { return reader.index }
        return nil
    }

    /// MAF rows skipped because they cannot be placed on the genome (said in `warnings`).
    var unplacedRows: Int {
        if case .maf(let calls) = self { return calls.unplacedRows }
        return 0
    }

    var warnings: [String] {
        switch self {
        case .file(let reader): reader.warnings
        case .maf(let calls): calls.warnings
        case .alterations: []
        }
    }

    /// The MAF's calls, whose `NCBI_Build` decides the build; `nil` for a VCF/BCF, whose header decides.
    var mafCalls: MAFCalls? {
        if case .maf(let calls) = self { return calls }
        return nil
    }

    /// Decodes these INFO tags as well (a VCF's population-frequency tags; a MAF's records hold all they have).
    func decodeInfo(_ tags: [String]) {
        if case .file(let reader) = self { reader.decodeInfo(tags) }
    }

    /// Matches every record through `pipeline`.
    func run(_ pipeline: MatchPipeline) throws(RunError) -> PipelineOutcome {
        switch self {
        case .file(let reader):
            return try attempt(RunError.init) { () throws(VariantIOError) in try pipeline.run(reader) }
        case .maf(let calls):
            return pipeline.run(records: calls.records)
        case .alterations:
            return pipeline.run(records: [])
        }
    }
}
