import Knowledge

/// The panel genes' spans on each contig of one build: the cheap test that decides whether a
/// record is worth decoding at all.
public struct PanelIndex: Sendable {
    /// Sorted, merged 1-based inclusive intervals per normalized contig name.
    private let intervals: [String: [ClosedRange<Int>]]

    public init(genes: some Sequence<Gene>, build: GenomeBuild) {
        var byContig: [String: [ClosedRange<Int>]] = [:]
        for gene in genes {
            guard let span = gene.spans[build] else { continue }
            byContig[span.contig, default: []].append(span.start...span.end)
            // A gene on chrX PAR1 (CRLF2, P2RY8) is also read on its chrY twin.
            let offset = PseudoautosomalRegion.xOffset(build), par = PseudoautosomalRegion.yPAR1(build)
            let onY = (span.start - offset)...(span.end - offset)
            if span.contig == "X", onY.overlaps(par) {
                byContig["Y", default: []].append(max(onY.lowerBound, par.lowerBound)...min(onY.upperBound, par.upperBound))
            }
        }
        intervals = byContig.mapValues(Self.merged)
    }

    /// The intervals of a contig, by any spelling of its name (`chr12`, `12`).
    public func intervals(onContig name: String) -> [ClosedRange<Int>] {
        intervals[ContigName.normalized(name)] ?? []
    }

    /// True when `position` falls in one of `ranges` (sorted, disjoint).
    public static func contains(_ ranges: [ClosedRange<Int>], _ position: Int) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound < position { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].contains(position)
    }

    /// The intervals of one contig asked about positions that mostly come in ascending order (a
    /// sorted file): a cursor that moves forward answers each in a step or two instead of a binary
    /// search; a position behind it (an unsorted file) starts it again from the first interval.
    public struct Cursor {
        private let ranges: [ClosedRange<Int>]
        private var index = 0

        public init(_ ranges: [ClosedRange<Int>]) {
            self.ranges = ranges
        }

        /// True when `position` falls in one of the intervals, as `PanelIndex.contains` answers.
        public mutating func contains(_ position: Int) -> Bool {
            if index > 0, position <= ranges[index - 1].upperBound { index = 0 }
            while index < ranges.count, ranges[index].upperBound < position { index += 1 }
            return index < ranges.count && ranges[index].lowerBound <= position
        }
    }

    private static func merged(_ ranges: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound + 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
