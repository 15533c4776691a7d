import DocumentStore
import Testing

/// Chinese numerals are read as printed or digit by digit, never guessed.
@Suite struct ChineseNumeralsTests {
    @Test(arguments: [
        ("一", 1), ("十", 10), ("十四", 14), ("二十", 20), ("五十三", 53), ("一百", 100), ("一百零五", 105),
        ("一百一十", 110), ("一百十", 110), ("兩百", 200), ("一百二十三", 123),
        ("五三", 53), ("二二", 22), ("一九六六", 1966), ("二〇〇七", 2007), ("〇", 0),
    ])
    func wellFormedNumeralsAreRead(text: String, value: Int) {
        #expect(ChineseNumerals.value(of: text) == value, "\(text)")
    }

    @Test(arguments: ["十十", "一十十", "二十二十", "百", "三百百", "十百", "十三十", "〇五", "一百五", "一百零", "兩十", "二兩", "十〇", "", "十a"])
    func malformedNumeralsAreRefused(text: String) {
        #expect(ChineseNumerals.value(of: text) == nil, "\(text)")
    }
}
