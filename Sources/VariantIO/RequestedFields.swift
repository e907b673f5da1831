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

    private var info: [Entry<String>] = []
    private var format: [Entry<(tag: String, isInteger: Bool)>] = []

    subscript(info id: Int32) -> Entry<String> {
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
