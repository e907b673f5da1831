import Profile

/// What no input told hemimatch about the registry's non-molecular criteria, gathered once per report
/// or page rather than repeated on every sample (issue 26): the criteria a clinical sheet row left
/// empty, each with the samples it is not known for, and the knowledge base's note for the samples
/// without a row. A criterion not known bars no arm; the board checks it.
public struct NotKnown: Sendable, Equatable {
    /// One criterion not known, and for which samples.
    public struct Entry: Sendable, Equatable {
        public let group: String
        /// `NCT05740449 inclusion 1`.
        public let criterion: String
        /// `body weight at least 20 kg`.
        public let requirement: String
        public var samples: [String]
    }

    /// In the order of the samples, then of their checklists.
    public let entries: [Entry]
    /// The `routes-not-assessable` note, when some sample had no sheet row.
    public let note: String?
    /// The samples that had no sheet row.
    public let withoutSheet: [String]

    /// - Parameter samples: each sample's label on the page and its profile.
    public init(_ samples: [(label: String, profile: SampleProfile)]) {
        var entries: [Entry] = []
        for (label, profile) in samples {
            for check in profile.checklist ?? [] {
                for item in check.items where item.status == .notKnown {
                    if let index = entries.firstIndex(where: {
                        $0.group == check.group && $0.criterion == item.criterion && $0.requirement == item.requirement
                    }) {
                        if !entries[index].samples.contains(label) { entries[index].samples.append(label) }
                    } else {
                        entries.append(Entry(group: check.group, criterion: item.criterion, requirement: item.requirement, samples: [label]))
                    }
                }
            }
        }
        self.entries = entries
        let notes = samples.compactMap { sample in
            sample.profile.flags.first { $0.code == .routesNotAssessable }.map { (sample.label, $0.message) }
        }
        note = notes.first?.1
        withoutSheet = notes.map(\.0)
    }

    /// The lines a report prints once: one for the samples without a sheet row, one per criterion not known.
    public var lines: [String] {
        var lines: [String] = []
        if let note {
            lines.append("clinical criteria for \(withoutSheet.joined(separator: ", ")): \(note)")
        }
        lines += entries.map {
            "not known, bars no arm (the board checks it): group \($0.group) \($0.criterion) (\($0.requirement)) for \($0.samples.joined(separator: ", "))"
        }
        return lines
    }

    /// A checklist's criteria that are known, neighbours of one criterion and status together
    /// (`NCT05658640 inclusion 1 met (age at first diagnosis 5 years >= 1 years; age 7 years < 21 years)`),
    /// with how many are not known (said once, by `lines`).
    public static func known(_ check: ArmCheck) -> String {
        var runs: [(criterion: String, status: ArmCheck.Status, evidence: [String])] = []
        for item in check.items where item.status != .notKnown {
            if let last = runs.last, last.criterion == item.criterion, last.status == item.status {
                runs[runs.count - 1].evidence.append(item.evidence)
            } else {
                runs.append((item.criterion, item.status, [item.evidence]))
            }
        }
        let unknown = check.items.filter { $0.status == .notKnown }.count
        return
            (runs.map { "\($0.criterion) \($0.status.rawValue) (\($0.evidence.joined(separator: "; ")))" }
            + (unknown == 0 ? [] : ["\(unknown) not known (above)"])).joined(separator: "; ")
    }
}
