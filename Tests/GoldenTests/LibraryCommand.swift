import Annotation
import Foundation
import HemimatchTestSupport
import Knowledge
import Profile
import Reports
import Run

/// A golden case's command run in this process through `Run` and the `Reports` renderers, as the
/// command line would run it: the fast tier, without spawning the binary. Understands the options
/// of `match`, `explain`, `kb show` and `kb validate` that the cases use; any other command or
/// option is `nil`, and its case runs through the binary (`GoldenCommandLineTests`).
struct LibraryCommand {
    /// What the command printed and wrote.
    struct Outputs {
        var stdout = Data()
        var stderr = ""
        /// Written file (as the command names it) → its bytes.
        var files: [String: Data] = [:]
    }

    /// The shipped knowledge base, loaded once: what the binary finds beside itself.
    static let knowledgeBase = try! KnowledgeBase(directory: Repository.knowledgeBaseFolder)

    let run: (_ threads: Int?) throws -> Outputs

    /// The command of `arguments` in process, `nil` when it needs the binary. Paths are relative
    /// to the golden working folder, which the process has made its current folder.
    init?(_ arguments: [String]) {
        let kb = Self.knowledgeBase
        switch arguments.first {
        case "explain":
            var options = arguments.dropFirst().makeIterator()
            guard let variant = options.next() else { return nil }
            var build: String?
            while let option = options.next() {
                guard option == "--build", let value = options.next() else { return nil }
                build = value
            }
            run = { _ in Outputs(stdout: Data(try Explanation.text(for: variant, build: build, knowledgeBase: kb).utf8)) }
        case "kb":
            switch Array(arguments.dropFirst()) {
            case ["validate"]:
                run = { _ in Outputs(stdout: Data((KnowledgeBaseListing.summary(kb) + "\n").utf8)) }
            case let show where show.count == 2 && show[0] == "show":
                let text = kb.rules.first { $0.id == show[1] }.map { KnowledgeBaseListing.rule($0, in: kb) }
                    ?? kb.genes[show[1]].map { KnowledgeBaseListing.gene($0, in: kb) }
                guard let text else { return nil }
                run = { _ in Outputs(stdout: Data(text.utf8)) }
            default:
                return nil
            }
        case "cohort", "merge", "annotate", nil:
            return nil
        default:
            guard let match = MatchArguments(arguments) else { return nil }
            run = { threads in try match.outputs(knowledgeBase: kb, threads: threads ?? match.threads) }
        }
    }

    /// `match`'s arguments, read as its options read them.
    private struct MatchArguments {
        var input = ""
        var format = "text"
        var output: String?
        var html: String?
        var multiqc: String?
        var quiet = false
        var threads = 1
        var options = RunOptions()
        var fusionTables: [String] = []
        var copyNumberFiles: [String] = []

        init?(_ arguments: [String]) {
            var rest = arguments.flatMap { $0.hasPrefix("--") && $0.contains("=") ? $0.split(separator: "=", maxSplits: 1).map(String.init) : [$0] }
                .makeIterator()
            var inputs: [String] = []
            while let argument = rest.next() {
                guard argument.hasPrefix("-") else {
                    inputs.append(argument)
                    continue
                }
                switch argument {
                case "--include-filtered": options.includeFiltered = true
                case "--no-checksum": options.hashesInput = false
                case "--quiet": quiet = true
                default:
                    guard let value = rest.next(), set(argument, value) else { return nil }
                }
            }
            guard inputs.count == 1 else { return nil }
            input = inputs[0]
            // Sorted, as `match` sorts them.
            (options.fusionTables, options.copyNumberFiles) = (fusionTables.sorted(), copyNumberFiles.sorted())
        }

        /// Sets the option `name` to `value`; false for an option this reader does not know.
        private mutating func set(_ name: String, _ value: String) -> Bool {
            switch name {
            case "--format": format = value
            case "-o", "--output": output = value
            case "--html": html = value
            case "--multiqc": multiqc = value
            case "--threads": threads = Int(value) ?? 0
            case "-s", "--sample", "--samples": options.samples = (options.samples ?? []) + value.split(separator: ",").map(String.init)
            case "--min-vaf": options.thresholds.minimumVAF = Double(value) ?? .nan
            case "--min-depth": options.thresholds.minimumDepth = Int(value) ?? -1
            case "--transcript-policy":
                guard let policy = TranscriptPolicy(rawValue: value) else { return false }
                options.transcriptPolicy = policy
            case "--fusions": fusionTables.append(value)
            case "--cnv": copyNumberFiles.append(value)
            case "--cnv-loss-log2": options.copyNumberThresholds.lossLog2 = Double(value) ?? .nan
            case "--cnv-gain-log2": options.copyNumberThresholds.gainLog2 = Double(value) ?? .nan
            case "--cnv-loss-copies": options.copyNumberThresholds.lossCopies = Double(value) ?? .nan
            case "--cnv-gain-copies": options.copyNumberThresholds.gainCopies = Double(value) ?? .nan
            default: return false
            }
            return true
        }

        func outputs(knowledgeBase: KnowledgeBase, threads: Int) throws -> Outputs {
            let report = try FileRun(knowledgeBase: knowledgeBase, options: options).report(input: input, threads: threads)
            let rendered: Data
            switch format {
            case "text": rendered = Data(TextReport.render(report).utf8)
            case "json": rendered = try JSONReport.render(report)
            case "jsonl": rendered = try JSONReport.renderLines(report)
            case "tsv": rendered = Data(TSVReport.render(report).utf8)
            default: throw CocoaError(.featureUnsupported)
            }
            var outputs = Outputs()
            if let output { outputs.files[output] = rendered } else { outputs.stdout = rendered }
            if let html { outputs.files[html] = Data(try HTMLReport.render([report]).utf8) }
            if let multiqc { outputs.files[multiqc] = try MultiQCReport.render([report]) }
            if !quiet {
                outputs.stderr = report.run.warnings.map { "hemimatch: warning: \(input): \($0)\n" }.joined()
            }
            return outputs
        }
    }
}
