import Annotation
import CallerEvidence
import Knowledge

/// What the registry texts need beyond matching one rule at a time (issue 15): resistance changes
/// that undermine a candidate group's drug, exclusion codons that could not be translated, and the
/// routes into B and C that no variant call can show.
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
}
