import Tables
import Testing

@testable import Knowledge

/// The knowledge base's lists are read on their bytes: the same items as the Character-wise split.
@Suite("KnowledgeBase lists read on their bytes")
struct KnowledgeBaseListTests {
    @Test func exonListsKeepTheNumbersInOrder() {
        #expect(KnowledgeBase.wholeNumbers(inList: "100,+5,x,-3,,7") == [100, 5, -3, 7])
        #expect(KnowledgeBase.wholeNumbers(inList: "").isEmpty)
    }

    @Test(arguments: [
        "1,2,3", ",", "1,,2,", "+5,-7,0,-0", "12a,3", "-,+,7", " 1,2 ", "1 ,2", "١٢,3", "é,4",
        "9223372036854775807,9223372036854775808,-9223372036854775808,-9223372036854775809",
    ])
    func numbersAreThoseIntReads(list: String) {
        #expect(KnowledgeBase.wholeNumbers(inList: list) == list.split(separator: ",").compactMap { Int($0) })
    }

    @Test func sourceListsAreTrimmedWithoutEmptyItems() {
        #expect(KnowledgeBase.listItems(" a ; b;;\tc ;", separator: ";") == ["a", "b", "c"])
        #expect(KnowledgeBase.listItems("", separator: ";").isEmpty)
    }

    @Test(arguments: ["a;b", " a ;\tb\t", ";;", "a; ;b", "é; b ;ü", "a;\u{301}b;c", "x\r\n;y"])
    func itemsAreThoseOfTheCharacterSplit(list: String) {
        #expect(KnowledgeBase.listItems(list, separator: ";") == list.split(separator: ";").map { $0.trimmed() })
    }
}
