import CHTSlib

/// The requested INFO and FORMAT tags by htslib header id, filled as records use the ids: a kept
/// record's fields are decoded by walking the few it holds, not by asking htslib for every tag the
/// request names. Indexed by id (an array, not a dictionary: looked up for every field of every kept
/// record); an id maps to `.unknown` until first met, to `.notRequested` when the request does not
/// name it. Ids htslib adds for undeclared tags mid-file are learnt like any other.
struct RequestedFields {
    enum Entry<Tag> {
        case unknown, notRequested
        case requested(Tag)
    }

    private var info: [Entry<(tag: String, type: Int32)>] = []
    /// The last decoded record's FORMAT field ids and what is read of them: reused while the next
    /// records hold the same fields (a file's records mostly do), so that a record's tags cost no allocation.
    var formatLayout = FormatLayout()
    private var format: [Entry<(tag: String, isInteger: Bool)>] = []

    subscript(info id: Int32) -> Entry<(tag: String, type: Int32)> {
        get { Int(id) < info.count ? info[Int(id)] : .unknown }
        set {
            while info.count <= Int(id) { info.append(.unknown) }
            info[Int(id)] = newValue
        }
    }

    subscript(format id: Int32) -> Entry<(tag: String, isInteger: Bool)> {
        get { Int(id) < format.count ? format[Int(id)] : .unknown }
        set {
            while format.count <= Int(id) { format.append(.unknown) }
            format[Int(id)] = newValue
        }
    }
}

/// Which of a record's FORMAT fields (by their index in the record) the reader reads, and the tags they
/// are read as: GT, and the requested integer and float tags in the record's order. Immutable, shared
/// by the records read with it (one retain a record).
final class FormatLayout: Sendable {
    /// The record's FORMAT field ids, in its order.
    let ids: [Int32]
    /// How the record stores each field (`FormatLayout.storage`): which fields are read depends on
    /// it, and BCF chooses it record by record, so a layout is reused only where it is the same.
    let storage: [UInt8]
    /// GT's field, when read (none or one).
    let genotypeFields: [Int]
    let integerFields: [Int]
    let integerTags: [String]
    let floatFields: [Int]
    let floatTags: [String]

    init(
        ids: [Int32] = [], storage: [UInt8] = [], genotypeFields: [Int] = [], integerFields: [Int] = [], integerTags: [String] = [],
        floatFields: [Int] = [], floatTags: [String] = []
    ) {
        self.ids = ids
        self.storage = storage
        self.genotypeFields = genotypeFields
        self.integerFields = integerFields
        self.integerTags = integerTags
        self.floatFields = floatFields
        self.floatTags = floatTags
    }

    /// A field's storage as far as the layout depends on it: removed, integers (any width), floats, other.
    static func storage(_ field: bcf_fmt_t) -> UInt8 {
        guard field.p != nil else { return 0 }
        switch field.type {
        case BCF_BT_INT8, BCF_BT_INT16, BCF_BT_INT32: return 1
        case BCF_BT_FLOAT: return 2
        default: return 3
        }
    }
}
