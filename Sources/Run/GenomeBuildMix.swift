/// One rule for `cohort` and `merge`: reports on different genome builds are gathered, each sample's
/// report naming its build in every output, and the mix is warned.
public enum GenomeBuildMix {
    /// The warning for these reports' inputs and builds, in order, about the first input on a build
    /// other than the first's; nil when they share one build.
    public static func warning(_ inputs: [(path: String, build: String)]) -> RunWarning? {
        var seen = Set<String>()
        let inputs = inputs.filter { seen.insert($0.path).inserted }
        guard let first = inputs.first, let odd = inputs.first(where: { $0.build != first.build }) else { return nil }
        let builds = Dictionary(grouping: inputs, by: \.build)
        let listed = builds.keys.sorted().map { build in "\(build): \(builds[build]!.map(\.path).joined(separator: ", "))" }
        return RunWarning(
            .buildMix, file: odd.path,
            "on \(odd.build), while \(first.path) is on \(first.build): the reports mix genome builds "
                + "(\(listed.joined(separator: "; "))); every output names each sample's build, and their coordinates do not compare")
    }
}
