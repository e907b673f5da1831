import Checksums
import FoundationEssentials
import Knowledge

/// The tool version written into every report and annotated file.
public enum HemimatchVersion {
    public static let current = "0.2.0"

    /// What `hemimatch --version` says after the tool's version line: the knowledge base a run would
    /// use, its version, checksum and the folder it was loaded from, e.g.
    ///
    ///     knowledge base 2026.1 sha256 4b1f…
    ///     loaded from /usr/local/share/hemimatch/Reference
    public static func knowledgeBaseLines(_ knowledgeBase: KnowledgeBase) throws(RunError) -> String {
        let folder = URL(fileURLWithPath: knowledgeBase.directory).standardizedFileURL.path
        let checksum = try attempt(RunError.init) { () throws(ChecksumError) in
            try KnowledgeBaseChecksum.sha256(directory: knowledgeBase.directory)
        }
        return "knowledge base \(knowledgeBase.version) sha256 \(checksum)\nloaded from \(folder)\n"
    }
}
