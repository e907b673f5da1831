import VariantIO

/// The tumor's VAF and depth where a caller writes them in INFO rather than FORMAT: TCGA's and PCGR's
/// `TVAF`/`TDP`, single-sample callers' `AF`/`DP`. Named by `--tumor-af-tag`/`--tumor-dp-tag` (PCGR's
/// option names), else recognised from the header. INFO holds one value per record, so it belongs to
/// one sample: the file's only tumor. Read only where FORMAT gives nothing.
public struct InfoAlleleFraction: Sendable, Equatable {
    public let fractionTag: String?
    public let depthTag: String?
    /// The header index of the sample the INFO values describe.
    public let sample: Int

    /// Tags recognised by name as the tumor's (a Float VAF, an Integer depth).
    static let tumorFractionTags = ["TVAF", "TUMOR_VAF", "T_VAF", "TUMOR_AF"]
    static let tumorDepthTags = ["TDP", "TUMOR_DP", "T_DP"]
    /// Words by which a description says its `AF`/`VAF` is the sample's reads, not a population's or
    /// the genotypes' allele frequency (GATK's INFO/AF counts alleles in called genotypes).
    static let readFractionWords = ["allelic fraction", "allele fraction", "variant allele frequency", "fraction of reads", "vaf"]
    static let populationWords = ["population", "gnomad", "exac", "1000 genomes", "1000g", "genotype", "cohort"]

    /// The INFO tags for `sample`, or nil when none is named or recognised; throws (a message) when a
    /// named tag is not declared.
    public static func resolve(
        header: VariantHeader, sample: Int?, fractionTag requestedFraction: String?,
        depthTag requestedDepth: String?
    ) throws(InfoTagProblem) -> InfoAlleleFraction? {
        for (option, tag) in [("--tumor-af-tag", requestedFraction), ("--tumor-dp-tag", requestedDepth)] {
            if let tag, header.infoDefinition(tag) == nil { throw InfoTagProblem(message: "\(option) \(tag): the header declares no INFO/\(tag)") }
        }
        guard let sample else { return nil }
        let singleSample = header.samples.count == 1
        let fraction =
            requestedFraction
            ?? header.info.first { definition in
                definition.type == "Float"
                    && (tumorFractionTags.contains(definition.id)
                        || (singleSample && ["AF", "VAF"].contains(definition.id) && describesReadFraction(definition.description)))
            }?.id
        let depth =
            requestedDepth
            ?? header.info.first { definition in
                definition.type == "Integer"
                    && (tumorDepthTags.contains(definition.id)
                        || (singleSample && definition.id == "DP" && definition.description.lowercased().contains("depth")))
            }?.id
        guard fraction != nil || depth != nil else { return nil }
        return InfoAlleleFraction(fractionTag: fraction, depthTag: depth, sample: sample)
    }

    static func describesReadFraction(_ description: String) -> Bool {
        let text = description.lowercased()
        return readFractionWords.contains(where: text.contains) && !populationWords.contains(where: text.contains)
    }

    /// The INFO tags to decode.
    public var tags: [String] { [fractionTag, depthTag].compactMap { $0 } }

    /// `support` with the INFO VAF and depth given to `sample` where its FORMAT gave none.
    public func filling(_ support: [SampleSupport], info: [String: String], altIndex: Int) -> [SampleSupport] {
        guard support.indices.contains(sample) else { return support }
        let own = support[sample]
        let fraction =
            own.vaf == nil ? fractionTag.flatMap { value(info[$0], altIndex).flatMap(Double.init) }.flatMap { (0...1).contains($0) ? $0 : nil } : nil
        let depth = own.depth == nil ? depthTag.flatMap { value(info[$0], altIndex).flatMap { Int($0) } } : nil
        guard fraction != nil || depth != nil else { return support }
        var filled = support
        filled[sample] = SampleSupport(
            carries: own.carries ?? fraction.map { $0 > 0 }, vaf: fraction ?? own.vaf, depth: depth ?? own.depth, altReads: own.altReads,
            vafSource: fraction != nil ? "INFO/\(fractionTag!)" : own.vafSource)
        return filled
    }

    /// The value for ALT `altIndex` of a Number=A list, or the only value.
    private func value(_ text: String?, _ altIndex: Int) -> String? {
        guard let values = text?.split(separator: ","), !values.isEmpty else { return nil }
        let chosen = values.count == 1 ? values[0] : values.count >= altIndex ? values[altIndex - 1] : nil
        return chosen.map(String.init).flatMap { $0 == "." ? nil : $0 }
    }
}

/// A `--tumor-af-tag`/`--tumor-dp-tag` the header does not declare.
public struct InfoTagProblem: Error, Sendable {
    public let message: String
}
