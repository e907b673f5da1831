/// A citation a rule can point to.
public struct Source: Sendable, Equatable {
    public let id: String
    public let citation: String
    public let url: String
}
