// Caller tables hand on the candidates the matcher uses: a table's rows (`FusionCall`,
// `CopyNumberSegment`: what the caller wrote, which the reader tests pin) become candidates here, in
// the module that reads them, never in the run.

extension FusionTableReader {
    /// The layout found and every fusion in the file at `path` as a candidate for the fusion rules, in file order.
    public static func candidates(path: String) throws(CallerTableError) -> (format: FusionTableFormat, candidates: [FusionCandidate]) {
        let table = try read(path: path)
        return (table.format, table.calls.map { FusionCandidate(call: $0, format: table.format) })
    }
}

extension CopyNumberReader.Table {
    /// The segments that are a loss or a gain by `thresholds` (decided once, in `CopyNumberThresholds`), as events.
    public func events(thresholds: CopyNumberThresholds) -> [CopyNumberEvent] {
        segments.compactMap { segment in
            var event = CopyNumberEvent(segment: segment, thresholds: thresholds)
            event?.tableSample = segment.sample
            return event
        }
    }
}

extension FusionCandidate {
    /// A fusion from an RNA caller's table, for the run to give to its sample.
    init(call: FusionCall, format: FusionTableFormat) {
        var details = [call.evidence.description]
        if let reads = call.supportingReads { details.append("\(reads) supporting reads") }
        if let confidence = call.confidence { details.append("confidence \(confidence)") }
        if let sample = call.sample { details.append("sample \(sample)") }
        if let inFrame = call.inFrame { details.append(inFrame ? "in-frame" : "not in frame") }
        self.init(
            first: call.fivePrime,
            second: call.threePrime,
            orientationKnown: call.orientationKnown, inFrame: call.inFrame,
            basis: "\(format.rawValue) fusion table (\(details.joined(separator: ", ")))",
            evidence: call.evidence, filter: call.lowTier ?? call.confidence ?? ".", support: [])
        fromCallerTable = true
        tableSample = call.sample
        lowTier = call.lowTier
        supportingReads = call.supportingReads
    }
}

extension CopyNumberEvent {
    /// A loss or gain from a CNV segment, by the thresholds; `nil` for a segment that is neither.
    init?(segment: CopyNumberSegment, thresholds: CopyNumberThresholds) {
        let loss = thresholds.isLoss(copyNumber: segment.copyNumber, log2: segment.log2)
        // The tumor's ploidy is weighed once the segment's sample is known (`StructuralMatcher`).
        let gain = thresholds.isGain(copyNumber: segment.copyNumber, log2: segment.log2)
        guard loss || gain else { return nil }
        self.init(
            contig: segment.contig, start: segment.start, end: segment.end, direction: loss ? .loss : .gain,
            copyNumber: segment.copyNumber, log2: segment.log2, evidence: segment.evidence, filter: segment.filter ?? ".", support: [])
    }
}
