import ArgumentParser

/// One `--table-sample NAME=SAMPLE`: a name a caller table uses, onto an input sample.
struct TableSampleMapping: ExpressibleByArgument {
    let name: String
    let sample: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "=") else { return nil }
        name = String(argument[..<equals])
        sample = String(argument[argument.index(after: equals)...])
        guard !name.isEmpty, !sample.isEmpty else { return nil }
    }

    /// The mappings by name; one name mapped twice onto different samples is a usage error.
    static func dictionary(_ mappings: [TableSampleMapping]) throws(Failure) -> [String: String] {
        var result: [String: String] = [:]
        for mapping in mappings {
            if let earlier = result[mapping.name], earlier != mapping.sample {
                throw Failure(status: .usage, message: "--table-sample maps \(mapping.name) onto both \(earlier) and \(mapping.sample)")
            }
            result[mapping.name] = mapping.sample
        }
        return result
    }
}
