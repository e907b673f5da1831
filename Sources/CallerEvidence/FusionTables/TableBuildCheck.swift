import FoundationEssentials
import Knowledge

/// A fusion table's breakpoints checked against the run's genome build: each breakpoint with a position
/// should lie in (or within `margin` of) the gene the table names for it. A table that fits the other
/// build better is said in the report's warnings, once per table; its fusions still reach their
/// samples, since the gene names the caller wrote are build-free (breakpoint-level checks such as the
/// kinase domain are then left unchecked, each said). Copy-number segments name no gene and are not checked.
public struct TableBuildCheck {
    let build: GenomeBuild
    let locators: [GenomeBuild: GeneLocator]

    /// Breakpoints this close to their gene still fit it (Arriba's and STAR-Fusion's intergenic calls).
    static let margin = 10_000
    public init(build: GenomeBuild, knowledgeBase: KnowledgeBase) throws(KnowledgeBaseError) {
        self.build = build
        var locators: [GenomeBuild: GeneLocator] = [:]
        for each in GenomeBuild.allCases {
            locators[each] = try knowledgeBase.geneLocator(build: each)
        }
        self.locators = locators
    }

    /// One warning per fusion table whose breakpoints fit the other build better.
    public func check(_ tables: CallerTables) -> [String] {
        guard let other = GenomeBuild.allCases.first(where: { $0 != build }) else { return [] }
        var warnings: [String] = []
        for file in tables.files where !file.fusions.isEmpty {
            let partners = file.fusions.flatMap { [$0.first, $0.second] }.filter { $0.contig != nil && $0.position != nil }
            let mine = partners.filter { fits($0, build) }.count, theirs = partners.filter { fits($0, other) }.count
            guard theirs > mine else { continue }
            let evidence = "\(theirs) of its \(partners.count) breakpoints lie in their genes on \(other.rawValue), \(mine) on \(build.rawValue)"
            warnings.append(
                "\(URL(fileURLWithPath: file.path).lastPathComponent): the fusion table fits genome build \(other.rawValue) "
                    + "better than \(build.rawValue): \(evidence): is the table on \(other.rawValue)? Its fusions are matched by gene; "
                    + "give a table called on the variant file's build for the breakpoint checks")
        }
        return warnings
    }

    private func fits(_ partner: FusionPartner, _ build: GenomeBuild) -> Bool {
        guard let contig = partner.contig, let position = partner.position, let locator = locators[build] else { return false }
        return locator.genes(contig: contig, from: position - Self.margin, to: position + Self.margin).contains(partner.gene)
    }
}
