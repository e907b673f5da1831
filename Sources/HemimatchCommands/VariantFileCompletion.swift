import ArgumentParser
import FoundationEssentials

/// What the commands that read variant files share about their inputs on the command line: the
/// names shell completion offers, and the folder a user gives by mistake.
enum VariantFileCompletion {
    /// Variant files by name, for shell completion: VCF (plain or bgzipped), BCF, MAF.
    static let extensions = ["vcf", "vcf.gz", "vcf.bgz", "bcf", "maf", "maf.gz", "gz"]

    /// A folder is not a variant file: `cohort` matches the files in it.
    static func refuseFolder(_ path: String) throws {
        var isDirectory = false
        guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory else { return }
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        throw ValidationError(
            "\(path) is a folder, not a variant file: to match the files in it, run hemimatch cohort \(folder)/*.vcf.gz (or --file-list)")
    }
}
