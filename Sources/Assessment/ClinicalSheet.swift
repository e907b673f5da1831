import FoundationEssentials
import Profile
import Tables

/// The clinical sheet (`--clinical`): a tab-separated table with a row per sample: `sample`,
/// `age_at_diagnosis_years`, `age_years`, `weight_kg`, `prior_therapy` (regimens separated by `;`, drugs
/// given together joined by `+`), `crlf2_overexpression` (`yes`/`no`), `dasatinib_ic50_nm`, and the optional
/// `blast_fraction` (0-1, the sample's own `--blast-fraction`); an empty cell is "not known". A value that
/// does not parse fails the run naming file, line and column (exit 65).
public enum ClinicalSheet {
    public static let columns = [
        "sample", "age_at_diagnosis_years", "age_years", "weight_kg", "prior_therapy",
        "crlf2_overexpression", "dasatinib_ic50_nm",
    ]
    /// Columns a sheet may leave out.
    public static let optionalColumns = ["blast_fraction"]

    /// A sheet that cannot be read at all, or a row that does not parse; the message names file and line.
    public enum Failure: Error {
        case unreadable(String)
        case invalid(String)
        /// Two rows that reach one sample (its plain name and `FILE:SAMPLE`): the run stops (exit 64).
        case twoRows(String)

        /// The one-line message.
        public var message: String {
            switch self {
            case .unreadable(let message), .invalid(let message), .twoRows(let message): message
            }
        }
    }

    /// The rows by sample name.
    public static func read(path: String) throws(Failure) -> [String: ClinicalFacts] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable("\(path): no such readable file")
        }
        var facts: [String: ClinicalFacts] = [:]
        do throws(TableProblem) {
            let lines = try TextLine.lines(in: data).filter { !$0.isComment && !$0.text.isEmpty }
            guard let first = lines.first else { throw TableProblem(line: nil, problem: "is empty") }
            let header = try TableHeader(first, names: first.fields, required: columns)
            for line in lines.dropFirst() {
                let row = try header.row(line)
                let sample = row["sample"]
                guard !sample.isEmpty else { throw row.problem("sample", "is empty") }
                guard facts[sample] == nil else { throw row.problem("sample", "names a sample a second time") }
                var fact = ClinicalFacts(source: "\(URL(fileURLWithPath: path).lastPathComponent) line \(row.line)")
                fact.ageAtDiagnosisYears = try nonNegative(row, "age_at_diagnosis_years")
                fact.ageYears = try nonNegative(row, "age_years")
                fact.weightKg = try nonNegative(row, "weight_kg")
                fact.dasatinibIC50nM = try nonNegative(row, "dasatinib_ic50_nm")
                fact.crlf2Overexpression = try yesNo(row, "crlf2_overexpression")
                fact.priorTherapy = try regimens(row, "prior_therapy")
                fact.blastFraction = try fraction(row, "blast_fraction")
                facts[sample] = fact
            }
        } catch {
            throw .invalid("\(path)" + (error.line.map { " line \($0)" } ?? "") + ": \(error.problem)")
        }
        return facts
    }

    /// The rows of `sheet` for the samples `profiled` of `input`, by sample name: the row labelled as a
    /// cohort labels a sample named in several files (`input:sample`), else the row of its name. A sample
    /// both rows reach fails (`twoRows`): which of them holds its facts is never guessed.
    public static func rows(
        of sheet: [String: ClinicalFacts], path: String, input: String, profiled: [String]
    ) throws(Failure) -> [String: ClinicalFacts] {
        var rows: [String: ClinicalFacts] = [:]
        for name in profiled {
            if let twoRows = twoRows(sheet, path: path, input: input, sample: name) { throw .twoRows(twoRows) }
            if let facts = sheet["\(input):\(name)"] ?? sheet[name] { rows[name] = facts }
        }
        return rows
    }

    /// A file holding samples, and where it stands for messages (a report's file for `merge`, the path for `cohort`).
    public typealias Holder = (path: String, samples: [String], place: String)

    /// The first problem of `sheet` with `files` (each file's path, profiled samples and place): two rows that
    /// reach one sample; a row whose label (plain or `FILE:SAMPLE`) reaches a sample of two files of one path
    /// (nothing tells them apart); a plain name that is a sample of several files (a cohort labels those
    /// `file:sample`, and so must the sheet: one child's row never reaches another's report); a row that names
    /// no sample. `nil` when every row reaches one sample. The caller gives a file named twice for one child
    /// (a cohort's repeated path) once. With `complete` false (files failed under `--keep-going`), rows that
    /// reach no sample are not reported.
    public static func problem(_ sheet: [String: ClinicalFacts], path: String, files: [Holder], complete: Bool = true) -> String? {
        for file in files {
            for sample in file.samples {
                if let twoRows = twoRows(sheet, path: path, input: file.path, sample: sample) { return twoRows }
            }
        }
        for name in sheet.keys.sorted() {
            let labelled = files.filter { file in file.samples.contains { "\(file.path):\($0)" == name } }
            if labelled.count > 1 { return indistinct(labelled[0], labelled[1], label: name) }
            if !labelled.isEmpty { continue }
            let holders = files.filter { $0.samples.contains(name) }
            for (index, holder) in holders.enumerated() {
                if let twin = holders[(index + 1)...].first(where: { $0.path == holder.path }) {
                    return indistinct(holder, twin, label: "\(holder.path):\(name)")
                }
            }
            if holders.count > 1 {
                return
                    "\(path): sample '\(name)' is in \(holders.count) files (\(holders.map(\.path).joined(separator: ", "))): name its row FILE:SAMPLE, as the cohort's reports label it (\(holders[0].path):\(name))"
            }
            if holders.isEmpty, complete {
                return "\(path): sample '\(name)' is not a profiled sample of any file of the cohort"
            }
        }
        return nil
    }

    /// Two files of one path holding the sample `label` names: no row can reach one of them alone.
    private static func indistinct(_ first: Holder, _ second: Holder, label: String) -> String {
        "\(first.place) and \(second.place) both hold \(label): a sheet row cannot tell them apart; match them with distinct paths"
    }

    /// Both the plain row and the `input:sample` row of `sheet` reach `sample` of `input`.
    private static func twoRows(_ sheet: [String: ClinicalFacts], path: String, input: String, sample: String) -> String? {
        let label = "\(input):\(sample)"
        guard let plain = sheet[sample], let labelled = sheet[label] else { return nil }
        return
            "\(path): rows \(sample) (\(plain.source)) and \(label) (\(labelled.source)) both reach sample \(sample) of \(input): keep one row per sample"
    }

    private static func nonNegative(_ row: TableRow, _ column: String) throws(TableProblem) -> Double? {
        guard !row[column].isEmpty else { return nil }
        guard let value = Double(row[column]), value >= 0, value.isFinite else { throw row.problem(column, "is not a number >= 0") }
        return value
    }

    private static func fraction(_ row: TableRow, _ column: String) throws(TableProblem) -> Double? {
        guard let value = try nonNegative(row, column) else { return nil }
        guard value > 0, value <= 1 else { throw row.problem(column, "is not a fraction above 0 and at most 1") }
        return value
    }

    private static func yesNo(_ row: TableRow, _ column: String) throws(TableProblem) -> Bool? {
        switch row[column].lowercased() {
        case "": return nil
        case "yes": return true
        case "no": return false
        default: throw row.problem(column, "is not yes or no")
        }
    }

    /// `dasatinib+venetoclax;cytarabine`; `none` for no earlier therapy.
    private static func regimens(_ row: TableRow, _ column: String) throws(TableProblem) -> [[String]]? {
        let text = row[column].lowercased()
        guard !text.isEmpty else { return nil }
        if text == "none" { return [] }
        let regimens = text.split(separator: ";", omittingEmptySubsequences: false).map { regimen in
            regimen.split(separator: "+", omittingEmptySubsequences: false).map { $0.trimmed() }
        }
        guard !regimens.contains(where: { $0.contains(where: \.isEmpty) }) else {
            throw row.problem(column, "has an empty drug (regimens are separated by ; and drugs given together joined by +)")
        }
        return regimens
    }
}
