/// A citation a rule can point to; reports cite it as it is (`Profile.Citation`).
public struct Source: Codable, Sendable, Equatable {
    public let id: String
    public let citation: String
    public let url: String

    public init(id: String, citation: String, url: String) {
        self.id = id
        self.citation = citation
        self.url = url
    }
}
