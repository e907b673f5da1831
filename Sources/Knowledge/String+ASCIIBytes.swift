extension String {
    /// `body` applied to the text's bytes when every one is ASCII (so each byte is a character), nil
    /// otherwise: the knowledge base's cells are ASCII in practice and read on their bytes on every
    /// run, where Character-wise reading cost more than the checks themselves; other text takes the
    /// Character-wise path its caller keeps.
    func withASCIIBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        var text = self
        return text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? body(bytes) : nil }
    }
}
