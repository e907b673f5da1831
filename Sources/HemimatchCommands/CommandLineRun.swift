import ArgumentParser
import FoundationEssentials

/// A command line run in this process as the binary runs it, parsed by the root command: its exit
/// code and its outputs, warnings and the error line collected as standard error. Tests run real
/// argument lists through it instead of spawning the binary.
public struct CommandLineRun {
    public let status: Int32
    /// What the command wrote; on a failure only standard error (the warnings, then the one-line error).
    public let outputs: CommandOutputs

    /// Parses `arguments` (without the program name) as the binary does (`Hemimatch.parse(commandLine:)`) and runs the command,
    /// taking knowledge bases from `knowledgeBases` and the default one from `preload` when given.
    public init(_ arguments: [String], knowledgeBases: KnowledgeBaseCache? = nil, preloaded preload: KnowledgeBasePreload? = nil) {
        let environment = CommandEnvironment.collecting(knowledgeBases: knowledgeBases, preloaded: preload)
        var outputs = CommandOutputs()
        do {
            var command = try Hemimatch.parse(commandLine: arguments)
            if let command = command as? OutputCommand {
                outputs = try command.outputs(in: environment)
            } else {
                try command.run()
            }
            status = outputs.failureAfterWriting?.status.rawValue ?? ExitStatus.success.rawValue
            outputs.standardError = environment.collectedDiagnostics + Data((outputs.failureAfterWriting?.line ?? "").utf8)
        } catch let failure as Failure {
            status = failure.status.rawValue
            outputs.standardError = environment.collectedDiagnostics + Data(failure.line.utf8)
        } catch {
            // The argument parser's answer: help and --version on standard output, a usage error on standard error.
            status = Hemimatch.exitCode(for: error).rawValue
            if status == ExitStatus.success.rawValue {
                outputs.append(Data((DefaultSubcommandCompletion.output(for: error) + "\n").utf8), to: .standardOutput)
            } else {
                outputs.standardError = environment.collectedDiagnostics + Data(Hemimatch.usageLine(for: error, arguments: arguments).utf8)
            }
        }
        self.outputs = outputs
    }
}
