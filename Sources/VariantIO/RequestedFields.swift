/// The requested INFO and FORMAT tags by htslib header id, filled as records use the ids: a kept
/// record's fields are decoded by walking the few it holds, not by asking htslib for every tag the
/// request names. An id maps to `nil` when the request does not name it; ids htslib adds for
/// undeclared tags mid-file are learnt like any other.
struct RequestedFields {
    var info: [Int32: String?] = [:]
    var format: [Int32: (tag: String, isInteger: Bool)?] = [:]
}
