import Foundation
import Matching
import Structural

/// The fusion tables and copy-number files given beside the VCF, read before any record is.
struct ExtraInputs {
    var fusions: [FusionCandidate] = []
    var copyNumberEvents: [CopyNumberEvent] = []
    /// Every file read, with its role and format, for the run metadata.
    var files: [(path: String, role: String, format: String)] = []

    var isEmpty: Bool { fusions.isEmpty && copyNumberEvents.isEmpty }

    static func load(fusionTables: [String], copyNumberFiles: [String], thresholds: CopyNumberThresholds) throws(Failure) -> ExtraInputs {
        var inputs = ExtraInputs()
        for path in fusionTables {
            try requireReadable(path)
            do {
                let table = try FusionTableReader.read(path: path)
                inputs.fusions += table.calls.map { FusionCandidate(call: $0, format: table.format) }
                inputs.files.append((path, "fusions", table.format.rawValue))
            } catch {
                throw Failure(status: .invalidInput, message: error.description)
            }
        }
        for path in copyNumberFiles {
            try requireReadable(path)
            do {
                let segments = try CopyNumberReader.read(path: path)
                inputs.copyNumberEvents += segments.compactMap { CopyNumberEvent(segment: $0, thresholds: thresholds) }
                inputs.files.append((path, "copy-number", "segments"))
            } catch {
                throw Failure(status: .invalidInput, message: error.description)
            }
        }
        return inputs
    }

    private static func requireReadable(_ path: String) throws(Failure) {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw Failure(status: .unreadableInput, message: "\(path): no such readable file")
        }
    }
}
