import CallerEvidence
import Foundation
import Knowledge

/// A fusion table's breakpoints checked against the run's genome build: each breakpoint with a position
/// should lie in (or within `margin` of) the gene the table names for it. A table whose breakpoints fit
/// the other build and none the chosen one is refused (`buildMismatch`); one that fits the other build
/// better is said in the warnings. Copy-number segments name no gene and are not checked.
struct TableBuildCheck {
    let build: GenomeBuild
    let locators: [GenomeBuild: GeneLocator]

    /// Breakpoints this close to their gene still fit it (Arriba's and STAR-Fusion's intergenic calls).
    static let margin = 10_000
    /// How many breakpoints fitting only the other build make a refusal.
    static let enough = 2

    init(build: GenomeBuild, knowledgeBase: KnowledgeBase) throws(RunError) {
        self.build = build
        var locators: [GenomeBuild: GeneLocator] = [:]
        for each in GenomeBuild.allCases {
            do {
                locators[each] = try knowledgeBase.geneLocator(build: each)
            } catch {
                throw RunError(.invalidKnowledgeBase, "invalid knowledge base: \(error)")
            }
        }
        self.locators = locators
    }

    func check(_ tables: CallerTables) throws(RunError) -> [String] {
        guard let other = GenomeBuild.allCases.first(where: { $0 != build }) else { return [] }
        var warnings: [String] = []
        for file in tables.files where !file.fusions.isEmpty {
            let partners = file.fusions.flatMap { [$0.first, $0.second] }.filter { $0.contig != nil && $0.position != nil }
            let mine = partners.filter { fits($0, build) }.count, theirs = partners.filter { fits($0, other) }.count
            guard theirs > mine else { continue }
            let evidence = "\(theirs) of its \(partners.count) breakpoints lie in their genes on \(other.rawValue), \(mine) on \(build.rawValue)"
            if theirs >= Self.enough, mine == 0 {
                throw RunError(.buildMismatch, "\(file.path): the fusion table does not fit genome build \(build.rawValue): \(evidence): "
                    + "is the table on \(other.rawValue)? Give a table called on the variant file's build")
            }
            warnings.append("\(URL(fileURLWithPath: file.path).lastPathComponent): \(evidence): is the table on \(other.rawValue)?")
        }
        return warnings
    }

    private func fits(_ partner: FusionCandidate.Partner, _ build: GenomeBuild) -> Bool {
        guard let contig = partner.contig, let position = partner.position, let locator = locators[build] else { return false }
        return locator.genes(contig: contig, from: position - Self.margin, to: position + Self.margin).contains(partner.gene)
    }
}
