/// Transcript identifiers as annotators and the knowledge base write them (`ENST00000311936.8`,
/// `NM_004985.5`), with or without a version.
public enum TranscriptID {
    /// The identifier without its `.version`, read on the bytes (this runs for every annotation entry).
    public static func unversioned(_ id: String) -> Substring {
        id[..<(id.utf8.firstIndex(of: UInt8(ascii: ".")) ?? id.endIndex)]
    }
}
