/// A citation behind a rule.
public struct Citation: Codable, Sendable, Equatable {
    public let id: String
    public let citation: String
    public let url: String

    public init(id: String, citation: String, url: String) {
        self.id = id
        self.citation = citation
        self.url = url
    }
}
