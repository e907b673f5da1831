import Annotation
import CallerEvidence
import Knowledge

/// What the registry texts need beyond matching one rule at a time (issue 15): resistance changes
/// that undermine a candidate group's drug, exclusion codons that could not be translated, gene
/// pairs a rule names, and the routes into B and C that no variant call can show.
public enum RegistryCoverage {
    /// The codons each gene's exclusion rules name (`F958,P960`, `p.G101V` → 101).
    public static func exclusionCodons(_ rules: [Rule]) -> [String: [Int: [Rule]]] {
        var codons: [String: [Int: [Rule]]] = [:]
        for rule in rules where rule.role == .excludes {
            let numbers: [Int]
            switch rule.target {
            case .codons(let set): numbers = set.map(\.number)
            case .proteinChanges(let changes): numbers = changes.compactMap { ProteinChange(hgvs: $0)?.start }
            default: numbers = []
            }
            for number in Set(numbers) { codons[rule.gene, default: [:]][number, default: []].append(rule) }
        }
        return codons
    }

    /// The residue an exclusion rule names at `codon` (`G` for G101 or p.G101V), if it names one there.
    public static func namedResidue(of rule: Rule, codon: Int) -> Character? {
        switch rule.target {
        case .codons(let set): return set.first { $0.number == codon }?.residue
        case .proteinChanges(let changes):
            return changes.compactMap { ProteinChange(hgvs: $0) }.first { $0.start == codon }?.startResidue
        default: return nil
        }
    }

    /// A log2 ratio at or below this is read as a homozygous (two-copy) loss: CNVkit's default cut-off
    /// for zero copies in `cnvkit call -m threshold`. Tumor purity below 100 % raises a true
    /// homozygous loss above it, so a single-copy call from log2 alone may understate the loss.
    public static let homozygousLog2 = -1.1

    /// The name of a loss of one copy.
    public static let singleCopyLoss = "deletion (single-copy)"

    /// `deletion (homozygous)`, `deletion (single-copy)`, or `deletion (copy number not given)`: every
    /// deletion rule of the knowledge base accepts either (see their notes); the name says which.
    public static func lossName(_ event: CopyNumberEvent) -> String {
        if let copies = event.copyNumber { return copies < 0.5 ? "deletion (homozygous)" : singleCopyLoss }
        if let log2 = event.log2 { return log2 <= homozygousLog2 ? "deletion (homozygous)" : singleCopyLoss }
        return "deletion (copy number not given)"
    }

    /// Whether a rule of the knowledge base names this gene pair, either way round (`USP9X::DDX3X`):
    /// such a pair is a fusion the trial asks for, never a read-through.
    public static func namesPair(_ a: String, _ b: String, rules: [Rule]) -> Bool {
        rules.contains { rule in
            guard rule.kind == .fusion || rule.kind == .kinaseFusion else { return false }
            let partner = rule.gene == a ? b : rule.gene == b ? a : nil
            guard let partner else { return false }
            switch rule.target {
            case .partners(let included?, _), .kinase(_, let included?, _): return included.contains(partner)
            default: return false
            }
        }
    }
}

/// The pseudoautosomal region 1 of chrY, placed on its chrX twin so that a call on chrY PAR1 (IGH::CRLF2
/// from t(Y;14), CRLF2 on an unmasked reference) names the same genes. Coordinates from the GRC
/// assembly definitions: GRCh38 X and Y PAR1 are both 10,001-2,781,479; GRCh37 X PAR1 is
/// 60,001-2,699,520 and Y PAR1 10,001-2,649,520, so X = Y + 50,000.
public enum PseudoautosomalRegion {
    public static func yPAR1(_ build: GenomeBuild) -> ClosedRange<Int> {
        build == .grch37 ? 10_001...2_649_520 : 10_001...2_781_479
    }

    public static func xOffset(_ build: GenomeBuild) -> Int { build == .grch37 ? 50_000 : 0 }

    /// The chrX contig and position of a chrY PAR1 position; anything else unchanged (contig normalized).
    public static func onX(contig: String, position: Int, build: GenomeBuild) -> (contig: String, position: Int) {
        let normalized = ContigName.normalized(contig)
        guard normalized == "Y", yPAR1(build).contains(position) else { return (normalized, position) }
        return ("X", position + xOffset(build))
    }
}
