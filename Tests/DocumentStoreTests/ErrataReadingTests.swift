import Testing
@testable import DocumentStore

@Suite struct ErrataReadingTests {
    private func erratum(_ offset: Int, _ printed: String, _ intended: String) -> Erratum {
        Erratum(eId: "x", offset: offset, printed: printed, intended: intended, note: "", kind: "typo")
    }

    @Test func replacementOfEqualLengthKeepsEveryOffset() throws {
        let result = try #require(ErrataReading.corrected("均享有目決權,根據", errata: [erratum(3, "目決權", "自決權")]))
        #expect(result.text == "均享有自決權,根據")
        #expect(result.printedOffsets == [0, 1, 2, 3, 4, 5, 6, 7, 8])
    }

    @Test func longerReplacementMapsItsSurplusToTheLastPrintedScalar() throws {
        let result = try #require(ErrataReading.corrected("及或書", errata: [erratum(0, "及或", "及/或")]))
        #expect(result.text == "及/或書")
        #expect(result.printedOffsets == [0, 1, 1, 2])
    }

    @Test func deletionDropsThePrintedScalars() throws {
        let result = try #require(ErrataReading.corrected("甲乙乙丙", errata: [erratum(2, "乙", "")]))
        #expect(result.text == "甲乙丙")
        #expect(result.printedOffsets == [0, 1, 3])
    }

    @Test func erratumNotFoundAtItsOffsetOrWithoutSpanIsSkipped() {
        #expect(ErrataReading.corrected("甲乙丙", errata: [erratum(1, "丙", "丁")]) == nil)
        #expect(ErrataReading.corrected("甲乙丙", errata: [erratum(-1, "", "三、")]) == nil)
        #expect(ErrataReading.corrected("甲乙丙", errata: [erratum(2, "丙丁", "丁")]) == nil)
    }

    @Test func overlappingErrataApplyTheFirstOnly() throws {
        let result = try #require(ErrataReading.corrected("甲乙丙", errata: [erratum(0, "甲乙", "子"), erratum(1, "乙丙", "丑")]))
        #expect(result.text == "子丙")
    }
}
