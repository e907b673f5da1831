import ArgumentParser
import Checksums
import FoundationEssentials
import Knowledge
import Reports
import Run

/// `hemimatch kb …`: read and check the knowledge base without a variant file.
struct KnowledgeBaseCommand: ParsableCommand {
    // Its subcommands name themselves (`commandName`): the argument parser would otherwise derive each
    // name from the type's with `String(describing:)` at every root parse, ~1 ms of start-up.
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "List, show and validate the knowledge base.",
        subcommands: [List.self, Show.self, Validate.self]
    )

    /// `hemimatch kb list`: one line per rule.
    struct List: OutputCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the rules, one per line.")

        @OptionGroup var knowledgeBaseOption: KnowledgeBaseOption

        func outputs(in environment: CommandEnvironment) throws(Failure) -> CommandOutputs {
            let kb = try knowledgeBaseOption.load(in: environment)
            let header = ["rule", "gene", "groups", "role", "kind", "target", "evidence", "verified"]
            let rows = kb.rules.map { rule in
                [
                    rule.id, rule.gene, rule.groups.joined(separator: ","), rule.role.rawValue, rule.kind.rawValue, rule.targetText,
                    rule.evidence.rawValue, rule.verified ? "yes" : "no",
                ]
            }
            let lines = ["knowledge base \(kb.version): \(kb.rules.count) rules"] + TextTable.lines([header] + rows)
            return .standardOutput(lines.map { $0 + "\n" }.joined())
        }
    }

    /// `hemimatch kb show GENE|RULE`: everything the knowledge base says about one gene or rule.
    struct Show: OutputCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a gene (its transcript, spans and rules), one rule with its sources, or a group with its registry criteria.")

        @Argument(help: "A gene symbol (KRAS), a rule id (D-KRAS-HOTSPOT) or a group letter (B).")
        var name: String

        @OptionGroup var knowledgeBaseOption: KnowledgeBaseOption

        func outputs(in environment: CommandEnvironment) throws(Failure) -> CommandOutputs {
            let kb = try knowledgeBaseOption.load(in: environment)
            if let text = KnowledgeBaseText.entry(named: name, in: kb) { return .standardOutput(text) }
            throw Failure(status: .usage, message: "'\(name)' is neither a gene, a rule id nor a group of knowledge base \(kb.version)")
        }
    }

    /// `hemimatch kb validate [PATH]`: loads a knowledge base and reports what is wrong with it.
    struct Validate: OutputCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check a knowledge base; exit 78 with the file, line and field at fault when it is invalid.",
            discussion:
                "Every table is required and read in full (gene spans included). The files are compared with the release's MANIFEST.sha256, and the verdict printed (matches, MODIFIED with the files that differ, or no manifest)."
        )

        @Argument(help: "A knowledge-base folder, or any file in one (default: the shipped knowledge base or --kb).")
        var path: String?

        @OptionGroup var knowledgeBaseOption: KnowledgeBaseOption

        func outputs(in environment: CommandEnvironment) throws(Failure) -> CommandOutputs {
            var option = knowledgeBaseOption
            if let path {
                var isDirectory = false
                let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                option.path = exists && !isDirectory ? URL(fileURLWithPath: path).deletingLastPathComponent().path : path
            }
            let kb = try option.load(in: environment)
            do {
                try kb.validateGeneSpans()
            } catch {
                throw Failure(status: .invalidKnowledgeBase, message: "invalid knowledge base: \(error)")
            }
            let manifest: KnowledgeBaseManifest
            do {
                manifest = try KnowledgeBaseChecksum.manifest(directory: kb.directory)
            } catch {
                throw Failure(RunError(error))
            }
            return .standardOutput(KnowledgeBaseListing.summary(kb) + "\nmanifest: \(manifest.description)\n")
        }
    }
}
