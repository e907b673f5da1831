import Assessment
import Attribution
import CallerEvidence
import Profile

/// The attribution as the screen records it: whose rearrangements and copy number were looked at.
extension TableAttribution.Outcome {
    /// The tables of `role` as the screen sees them: each with the input samples it was given to.
    func screened(_ role: CallerTables.Role) -> [Screening.Table] {
        owners.filter { $0.role == role && !$0.samples.isEmpty }.map { Screening.Table(path: $0.path, samples: Set($0.samples)) }
    }

    /// The alteration lists as the screen sees them: for each, the input samples its rows went to, and
    /// those it reports a fusion, or a deletion or amplification, for. `input`: the run's input, when it is a list.
    func listed(_ input: String?) -> [Screening.AlterationList] {
        owners.filter { $0.role == .alterations }.map { owner in
            let rows = alterations.filter { $0.alteration.path == owner.path }
            func samples(_ kinds: (ReportedAlteration.Change) -> Bool) -> Set<String> {
                Set(rows.filter { kinds($0.alteration.change) }.map(\.sample))
            }
            return Screening.AlterationList(
                path: owner.path, samples: Set(owner.samples), isInput: owner.path == input,
                rearrangements: samples { if case .fusion = $0 { true } else { false } },
                copyNumber: samples { $0 == .deletion || $0 == .amplification })
        }
    }
}

extension InputFile.Role {
    /// A caller table's role in the run metadata.
    init(_ role: CallerTables.Role) {
        switch role {
        case .fusions: self = .fusions
        case .copyNumber: self = .copyNumber
        case .ploidy: self = .ploidy
        case .alterations: self = .alterations
        }
    }
}
