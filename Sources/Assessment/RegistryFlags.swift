import Knowledge
import Profile

/// The profile flags of issue 15 that speak of groups and drugs: resistance changes beside a group
/// whose drug they undermine, and the routes into B and C no variant call can show.
public enum RegistryFlags {
    /// Genes whose resistance changes undermine drugs, and those drugs as `groups.tsv` names them.
    /// BCL2 changes of the venetoclax-binding groove (venetoclax and navitoclax are both BH3 mimetics
    /// binding BCL2); ABL1 kinase-domain changes that resist dasatinib.
    public static let undermined: [String: [String]] = ["BCL2": ["venetoclax", "navitoclax"], "ABL1": ["dasatinib"]]

    /// The fixed note every profile carries once.
    public static let routesNotAssessable = ProfileFlag(
        code: .routesNotAssessable,
        message: "not assessable from variant calls: group B's ex-vivo dasatinib IC50 < 10 nM route and group C's CRLF2-overexpression route; a sample suggested another group may still be B- or C-eligible. Not assessed either: age (>= 12 months and <= 18 years at first diagnosis, < 21 years at inclusion) and prior therapy (B exclusion 10: dasatinib with venetoclax; C exclusion 17: ruxolitinib with venetoclax; D exclusion 15: any trametinib)")

    /// Flags for passing exclusion and advisory alterations of genes in `undermined`, one per candidate
    /// group (group A when none is left) whose drugs they undermine.
    public static func resistanceFlags(changes: [Alteration], candidateGroups: [String], groups: [TreatmentGroup]) -> [ProfileFlag] {
        var flags: [ProfileFlag] = []
        for change in changes {
            guard let drugs = undermined[change.gene] else { continue }
            for letter in candidateGroups {
                guard let group = groups.first(where: { $0.letter == letter }) else { continue }
                let hit = drugs.filter { group.drugs.lowercased().contains($0) }
                guard !hit.isEmpty else { continue }
                flags.append(ProfileFlags.resistanceChange(change, drugs: hit, group: letter))
            }
        }
        return flags
    }
}
