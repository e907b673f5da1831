import ArgumentParser

/// A string-valued enumeration as an option value, with what the argument parser's help shows for
/// it written out: its values by raw value, no description per value. The parser's generic defaults
/// compute the same strings through string interpolation and key paths, runtime type lookups that
/// cost about a million instructions at every start.
public protocol RawValueArgument: ExpressibleByArgument, CaseIterable, RawRepresentable<String> {}

extension RawValueArgument {
    public var defaultValueDescription: String { rawValue }
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    public static var allValueDescriptions: [String: String] { [:] }
}
