import Foundation
import Tables
import Testing

/// `trimmed(newlines:)`: Foundation's `.whitespaces` / `.whitespacesAndNewlines` trimming, done on the
/// bytes for ASCII text.
struct TrimmedTests {
    @Test func asciiSpaceAndTabAreTrimmedNewlinesOnlyWhenAsked() {
        #expect(" \tKRAS \t".trimmed() == "KRAS")
        #expect("a b".trimmed() == "a b")
        #expect("".trimmed() == "")
        #expect(" \t ".trimmed() == "")
        #expect("0.8.1\n".trimmed() == "0.8.1\n")
        #expect("0.8.1\r\n".trimmed(newlines: true) == "0.8.1")
        #expect("\u{0B}\u{0C}x\n".trimmed(newlines: true) == "x")
        #expect(" PMID:1 ; ".split(separator: ";").map { $0.trimmed() } == ["PMID:1", ""])
    }

    @Test func givesWhatFoundationGivesForAnyText() {
        let samples = [
            " KRAS ", "\tp.G12D\t", "\u{0B}x\u{0B}", "\r\nx\r\n", "\u{00A0}NBSP\u{00A0}", " e\u{0301} ", "\u{2003}em\u{2003}",
            "\u{0085}x\u{0085}", "β-catenin ", "", "   ",
        ]
        for text in samples {
            #expect(text.trimmed() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(text.trimmed(newlines: true) == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }
}
