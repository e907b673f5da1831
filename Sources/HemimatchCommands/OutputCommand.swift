import ArgumentParser

/// A command whose outputs are computed in one call, then written by `run()`: the binary and tests
/// run the same code, the tests reading the bytes in process.
public protocol OutputCommand: ParsableCommand {
    /// The command's outputs, every destination checked before any input is read.
    func outputs(in environment: CommandEnvironment) throws(Failure) -> CommandOutputs
}

extension OutputCommand {
    public func run() throws {
        try run(in: .process)
    }

    /// Computes the outputs in `environment` and writes them, removed again if the run is interrupted.
    func run(in environment: CommandEnvironment) throws {
        InterruptCleanup.install()
        try Failure.reporting { () throws(Failure) in try outputs(in: environment).write() }
    }
}
