import FoundationEssentials

/// A consequence value whose entries do not fit the header's field list.
public struct AnnotationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
}
