import Foundation
import Tables
import Testing

/// The shared table reader: lines, header, rows and their typed cells, and the problems it names.
struct TableReaderTests {
    private func lines(_ text: String) throws(TableProblem) -> [TextLine] {
        try TextLine.lines(in: Data(text.utf8))
    }

    @Test func blankLinesByteOrderMarkAndCarriageReturnsAreDropped() throws {
        let read = try lines("\u{FEFF}gene\tpos\r\n\n  \nKRAS\t12\r\n")
        #expect(read.map(\.number) == [1, 4])
        #expect(read.map(\.fields) == [["gene", "pos"], ["KRAS", "12"]])
    }

    /// Blank means every character is white space (`Character.isWhitespace`), ASCII or not.
    @Test func linesOfAnyWhiteSpaceAreBlankAndOthersAreKept() throws {
        let read = try lines("a\n\t\u{0B}\u{0C} \n\u{A0}\n \u{2003}\u{3000}\n\u{85}\nb\u{A0}\n\u{200B}\n\t\t\n")
        #expect(read.map(\.number) == [1, 6, 7])
        #expect(read.map(\.text) == ["a", "b\u{A0}", "\u{200B}"])
    }

    @Test func emptyCellsAreFieldsToo() throws {
        #expect(try lines("\ta\t\t\u{E9}\t\n").first?.fields == ["", "a", "", "\u{E9}", ""])
    }

    @Test func linesEndInLFCRLFOrCRAloneAndAreNumberedAlike() throws {
        let oldMac = try lines("gene\tpos\rKRAS\t12\r\rNRAS\t61\r")
        #expect(oldMac.map(\.number) == [1, 2, 4])
        #expect(oldMac.map(\.fields) == [["gene", "pos"], ["KRAS", "12"], ["NRAS", "61"]])
        let mixed = try lines("gene\r\nKRAS\rNRAS\nFLT3")
        #expect(mixed.map(\.text) == ["gene", "KRAS", "NRAS", "FLT3"])
        #expect(mixed.map(\.number) == [1, 2, 3, 4])
    }

    @Test func anEmptyFileAndBytesThatAreNotUTF8AreProblems() {
        #expect(throws: TableProblem(line: nil, problem: "is empty")) { try lines("\n \n") }
        #expect(throws: TableProblem(line: 2, problem: "is not UTF-8 text")) {
            try TextLine.lines(in: Data("gene\n".utf8) + Data([0xFF, 0xFE]))
        }
    }

    @Test func rowsAreReadByColumnNameTrimmedAndTyped() throws {
        let read = try lines("gene\tpos\tlog2\tbreak\n KRAS \t12\tNA\tchr12:25245350:+\n")
        let header = try TableHeader(read[0], names: read[0].fields, required: ["gene"])
        let row = try header.row(read[1])
        #expect(row["gene"] == "KRAS")
        #expect(row["missing"] == "")
        #expect(try row.wholeNumber("pos") == 12)
        #expect(try row.decimal("log2") == nil)
        #expect(try row.breakpoint("break")?.contig == "chr12")
        #expect(try row.breakpoint("break")?.position == 25245350)
        #expect(row.line == 2)
    }

    @Test func headerAndRowProblemsNameTheLineAndColumn() throws {
        let read = try lines("gene\tgene\nKRAS\tx\n")
        #expect(throws: TableProblem(line: 1, problem: "header lacks column(s) pos")) {
            try TableHeader(read[0], names: read[0].fields, required: ["pos"])
        }
        #expect(throws: TableProblem(line: 1, problem: "header repeats column gene")) {
            try TableHeader(read[0], names: read[0].fields, required: [])
        }
        let wide = try lines("gene\tpos\tnote\nKRAS\n")
        let strict = try TableHeader(wide[0], names: wide[0].fields, required: [])
        #expect(throws: TableProblem(line: 2, problem: "has 1 tab-separated fields, the header has 3")) { try strict.row(wide[1]) }
        let lenient = try TableHeader(wide[0], names: wide[0].fields, required: [], omittable: ["note"])
        #expect(throws: TableProblem(line: 2, problem: "has 1 tab-separated fields, the header has 3")) { try lenient.row(wide[1]) }
        let typed = try lines("gene\tpos\nKRAS\t-3\n")
        let row = try TableHeader(typed[0], names: typed[0].fields, required: []).row(typed[1])
        #expect(throws: TableProblem(line: 2, problem: "column pos '-3' is not a whole number from 0 to 2147483647")) {
            try row.wholeNumber("pos")
        }
    }
}
