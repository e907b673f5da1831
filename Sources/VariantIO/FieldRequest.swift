/// Which INFO and FORMAT fields a reader decodes for each kept record; everything else stays packed.
public struct FieldRequest: Sendable, Equatable {
    public var info: [String]
    public var formatIntegers: [String]
    public var formatFloats: [String]

    public init(info: [String] = [], formatIntegers: [String] = [], formatFloats: [String] = []) {
        self.info = info
        self.formatIntegers = formatIntegers
        self.formatFloats = formatFloats
    }
}
