/// Evidence that cannot be given to exactly the sample it names, or a sample asked for that the
/// input lacks: always a usage error (exit 64), its message naming the file, the names it holds and
/// the input's samples.
public struct AttributionError: Error, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
