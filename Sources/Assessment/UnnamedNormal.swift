import Matching
import Profile

/// A file with two or more samples that names no normal: each sample is profiled as a tumor, and
/// germline alleles cannot be told by a normal. The run says so in its warnings and in a flag every
/// sample carries, names the samples that look germline, and the option that says which is the normal.
public enum UnnamedNormal {
    /// The lowest and highest VAF read as a heterozygous inherited allele.
    static let heterozygous = 0.35...0.65

    /// The notice for `samples` (the file's columns), from the panel's allele findings.
    public static func notice(input: String, samples: [String], findings: [Finding]) -> String {
        let evidence = samples.indices.map { index in
            let carried = findings.filter { $0.support.indices.contains(index) && $0.support[index].carries == true }
            let qualifying = carried.filter { $0.rule.role == .qualifies && $0.passedFilter }
            let vafs = carried.compactMap { $0.support[index].vaf }
            return (qualifying: qualifying.count, vafs: vafs.count, nearHalf: vafs.filter(heterozygous.contains).count)
        }
        let total = evidence.reduce(0) { $0 + $1.qualifying }
        let germline = samples.indices.filter { index in
            let own = evidence[index]
            return own.qualifying == 0 && (total > 0 || (own.vafs > 0 && own.nearHalf == own.vafs))
        }
        let looks = germline.map { index in
            let own = evidence[index], others = total - own.qualifying
            let alleles =
                own.vafs == 0
                ? ""
                : "; \(own.nearHalf) of its \(own.vafs) matched alleles with a VAF sit at \(heterozygous.lowerBound)-\(heterozygous.upperBound)"
            return "\(samples[index]) looks germline (it carries none of the \(others) qualifying alleles found in the other samples\(alleles))"
        }
        let verdict = looks.isEmpty ? "none of them looks germline from the panel's records" : looks.joined(separator: "; ")
        let option = germline.count == 1 ? "--normal \(samples[germline[0]])" : "--normal NAME"
        return "\(input) holds \(samples.count) samples (\(samples.joined(separator: ", "))) and names no normal (no ##normal_sample, "
            + "##tumor_sample, MuTect normal_sample_name, NORMAL or TUMOR column): each was profiled as a tumor; \(verdict). "
            + "If one is the matched normal, pass \(option)"
    }
}
