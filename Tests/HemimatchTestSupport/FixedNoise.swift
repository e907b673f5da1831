/// Bytes that look random but are the same on every run (a linear congruential generator), for the
/// tests that feed noise to a reader: a failure can always be reproduced.
public enum FixedNoise {
    public static func bytes(_ count: Int) -> [UInt8] {
        var state: UInt32 = 2_463_534_242
        return (0..<count).map { _ -> UInt8 in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24)
        }
    }
}
