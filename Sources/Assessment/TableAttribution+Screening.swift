import Attribution
import CallerEvidence

extension Screening.Inputs {
    /// The caller tables as the screen sees them: whose rearrangements and copy number were looked at,
    /// each table with the input samples its rows were given to, and each alteration list with those
    /// it reports a fusion, or a deletion or amplification, for. `listInput`: the run's input, when it
    /// is a list.
    public mutating func record(_ assigned: TableAttribution.Outcome, listInput: String?) {
        func tables(_ role: CallerTables.Role) -> [Screening.Table] {
            assigned.owners.filter { $0.role == role && !$0.samples.isEmpty }.map { Screening.Table(path: $0.path, samples: Set($0.samples)) }
        }
        fusionTables = tables(.fusions)
        copyNumberTables = tables(.copyNumber)
        alterationLists = assigned.owners.filter { $0.role == .alterations }.map { owner in
            let rows = assigned.alterations.filter { $0.alteration.path == owner.path }
            func samples(_ kinds: (ReportedAlteration.Change) -> Bool) -> Set<String> {
                Set(rows.filter { kinds($0.alteration.change) }.map(\.sample))
            }
            return Screening.AlterationList(
                path: owner.path, samples: Set(owner.samples), isInput: owner.path == listInput,
                rearrangements: samples { if case .fusion = $0 { true } else { false } },
                copyNumber: samples { $0 == .deletion || $0 == .amplification })
        }
    }
}
