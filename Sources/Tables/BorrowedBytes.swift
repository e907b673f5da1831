/// Bytes of a buffer that another object owns and no longer changes (a record's htslib buffers): a view
/// that holds its owner, so the bytes live exactly as long as some view of them does, on whatever
/// thread it is read. The bytes are read only inside `withUnsafeBytes`, whose pointer must not leave it.
public struct BorrowedBytes: @unchecked Sendable {
    // Unchecked: the pointer is into `owner`'s buffer, which `owner` keeps and nobody writes once views exist.
    // Usable from inlinable code: reading the bytes is specialised where it is called (every kept record's annotation).
    @usableFromInline let owner: AnyObject & Sendable
    @usableFromInline let start: UnsafeRawPointer?
    public let count: Int

    /// A view of `bytes`, which `owner` keeps alive and unchanged for as long as `owner` lives.
    public init(_ bytes: UnsafeRawBufferPointer, owner: AnyObject & Sendable) {
        self.owner = owner
        start = bytes.baseAddress
        count = bytes.count
    }

    /// A view of a copy of `text`'s UTF-8 (values that did not come from a buffer: tests, tables).
    public init(_ text: String) {
        let copy = OwnedBytes(text)
        self.init(UnsafeRawBufferPointer(copy.bytes), owner: copy)
    }

    /// `body` applied to the bytes; the pointer is valid only during the call.
    @inlinable
    public func withUnsafeBytes<Result, Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Result) throws(Failure) -> Result {
        defer { withExtendedLifetime(owner) {} }
        return try body(UnsafeRawBufferPointer(start: start, count: count))
    }

    /// The bytes as text (invalid UTF-8 repaired, as `String(decoding:as:)` does).
    public var text: String { withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }
}

/// A copy of a string's UTF-8 in memory of its own, for a `BorrowedBytes` made from a string.
private final class OwnedBytes: @unchecked Sendable {
    // Unchecked: written once here, then only read.
    let bytes: UnsafeMutableRawBufferPointer

    init(_ text: String) {
        bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: text.utf8.count, alignment: 1)
        _ = bytes.initializeMemory(as: UInt8.self, from: text.utf8)
    }

    deinit { bytes.deallocate() }
}
