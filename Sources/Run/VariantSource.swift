import CallerEvidence
import Knowledge
import Matching
import VariantIO

/// Where a run's records come from: a VCF/BCF read through htslib, or a MAF table whose rows are
/// turned into the records a VCF of the same calls holds (`MAFReader`). Both go through one
/// matcher and one profile builder; only the header, the build and the file's description differ.
enum VariantSource {
    case file(VariantReader)
    case maf(MAFCalls)

    /// Opens `input` once (a stream such as `<(…)` cannot be opened twice): a MAF when its content
    /// says so (compressed or not), else a VCF/BCF.
    init(input: String, threads: Int) throws(RunError) {
        let opened: OpenedInput
        do {
            opened = try OpenedInput.open(path: input, threads: threads, request: RecordMatcher.fieldRequest, isTable: MAFReader.isMAF)
        } catch {
            throw RunError(error)
        }
        switch opened {
        case .variants(let reader):
            self = .file(reader)
        case .table(let data):
            do {
                self = .maf(try MAFReader.read(data, path: input))
            } catch {
                throw RunError(.invalidInput, error.description)
            }
        }
    }

    var header: VariantHeader {
        switch self {
        case .file(let reader): reader.header
        case .maf(let calls): calls.header
        }
    }

    /// The input's format for the run metadata: `vcf`, `bcf` or `maf`.
    var format: String {
        switch self {
        case .file(let reader): reader.isBCF ? "bcf" : "vcf"
        case .maf: "maf"
        }
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
            do {
                return try pipeline.run(reader)
            } catch {
                throw RunError(error)
            }
        case .maf(let calls):
            return pipeline.run(records: calls.records)
        }
    }
}
