import ArgumentParser
import Attribution

/// One `--table-sample NAME=SAMPLE`: a name a caller table uses, onto an input sample.
struct TableSampleMapping: ExpressibleByArgument {
    let name: String
    let sample: String

    init?(argument: String) {
        guard let pair = TableSamples.pair(argument) else { return nil }
        (name, sample) = pair
    }

    /// The mappings by name; one name mapped twice onto different samples is a usage error.
    static func dictionary(_ mappings: [TableSampleMapping]) throws(Failure) -> [String: String] {
        do {
            return try TableSamples.dictionary(mappings.map { ($0.name, $0.sample) }, source: "--table-sample")
        } catch {
            throw Failure(status: .usage, message: error.message)
        }
    }
}
