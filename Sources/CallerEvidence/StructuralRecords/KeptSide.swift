/// Which side of a breakpoint stays joined: the sequence left of it (lower coordinates) or right of it.
public enum KeptSide: String, Sendable, Hashable {
    case left, right
}
