/// A gene and a change of it as the knowledge base and findings write them (`KRAS`, `p.G12D`): the key
/// of tables looked up by protein change, compared field by field rather than as joined text.
public struct GeneChange: Hashable, Sendable {
    public let gene: String
    public let change: String

    public init(gene: String, change: String) {
        self.gene = gene
        self.change = change
    }
}
