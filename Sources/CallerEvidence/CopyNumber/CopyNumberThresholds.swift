/// Copy-number cut-offs for calling a gene deleted or amplified from a segment file or a record.
public struct CopyNumberThresholds: Sendable, Equatable {
    /// A segment at or below this log2 ratio is a loss.
    public var lossLog2: Double = -0.4
    /// A segment at or above this log2 ratio is an amplification.
    public var gainLog2: Double = 1.0
    /// A segment or record with at most this many copies is a loss.
    public var lossCopies: Double = 1
    /// A segment or record with at least this many copies is an amplification.
    public var gainCopies: Double = 5
    /// The tumor's ploidy given with `--ploidy`: an amplification then also needs `ploidyRatio` times it. It
    /// overrides a ploidy read from the caller's summary file (docs/matching.md).
    public var ploidy: Double?
    /// PURPLE's driver-catalog amplification: copy number at least 3 times the sample's ploidy
    /// (hmftools `AmplificationDrivers`, HMF_AMPLIFICATION in `Reference/sources.tsv`).
    public static let ploidyRatio = 3.0

    public init() {}

    /// Whether a copy number or log2 ratio is a loss: the copy number decides when there is one, else the ratio.
    public func isLoss(copyNumber: Double?, log2: Double?) -> Bool {
        copyNumber.map { $0 <= lossCopies } ?? log2.map { $0 <= lossLog2 } ?? false
    }

    /// Whether a copy number or log2 ratio reaches the gain cut, before the tumor's ploidy is weighed.
    public func isGain(copyNumber: Double?, log2: Double?) -> Bool {
        copyNumber.map { $0 >= gainCopies } ?? log2.map { $0 >= gainLog2 } ?? false
    }

    /// The ploidy an amplification is judged against: `--ploidy` when given, else the sample's own (its caller's file).
    public func ploidy(sample: Double?) -> Double? { ploidy ?? sample }

    /// Whether a copy number or log2 ratio is an amplification: the copy number decides when there is one
    /// (against 3 x the tumor's ploidy too, when it is known), else the ratio (already relative to the genome's own level).
    public func isAmplified(copyNumber: Double?, log2: Double?, samplePloidy: Double? = nil) -> Bool {
        guard isGain(copyNumber: copyNumber, log2: log2) else { return false }
        guard let copyNumber, let ploidy = ploidy(sample: samplePloidy) else { return true }
        return copyNumber >= Self.ploidyRatio * ploidy
    }
}
