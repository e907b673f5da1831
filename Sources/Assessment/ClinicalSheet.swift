import Foundation
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
    /// cohort labels a sample named in several files (`input:sample`), else the row of its name.
    public static func rows(of sheet: [String: ClinicalFacts], input: String, profiled: [String]) -> [String: ClinicalFacts] {
        var rows: [String: ClinicalFacts] = [:]
        for name in profiled {
            if let facts = sheet["\(input):\(name)"] ?? sheet[name] { rows[name] = facts }
        }
        return rows
    }

    /// The first row of `sheet` that names no sample of `files` (each file's path and profiled samples),
    /// or whose plain name is a sample of several files (a cohort labels those `file:sample`, and so must
    /// the sheet: one child's row never reaches another's report); `nil` when every row reaches one sample.
    /// With `complete` false (files failed under `--keep-going`), rows that reach no sample are not reported.
    public static func problem(
        _ sheet: [String: ClinicalFacts], path: String, files: [(path: String, samples: [String])],
        complete: Bool = true
    ) -> String? {
        for name in sheet.keys.sorted() {
            if files.contains(where: { file in file.samples.contains { "\(file.path):\($0)" == name } }) { continue }
            let holders = files.filter { $0.samples.contains(name) }.map(\.path)
            if holders.count > 1 {
                return
                    "\(path): sample '\(name)' is in \(holders.count) files (\(holders.joined(separator: ", "))): name its row FILE:SAMPLE, as the cohort's reports label it (\(holders[0]):\(name))"
            }
            if holders.isEmpty, complete {
                return "\(path): sample '\(name)' is not a profiled sample of any file of the cohort"
            }
        }
        return nil
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
            regimen.split(separator: "+", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        guard !regimens.contains(where: { $0.contains(where: \.isEmpty) }) else {
            throw row.problem(column, "has an empty drug (regimens are separated by ; and drugs given together joined by +)")
        }
        return regimens
    }
}
