import DocumentStore

/// A raw source file: its bytes and its lines (1-based numbering in every message and segment).
struct SourceFile {
    /// Path relative to the data directory: `sources/iccpr.zh-Hant.txt`.
    let path: String
    let bytes: [UInt8]
    /// The lines without their line terminators; a last line without a newline counts as a line.
    let lines: [Substring]

    init(path: String, bytes: [UInt8]) throws(NormalizationError) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw NormalizationError(file: path, message: "not valid UTF-8")
        }
        self.path = path
        self.bytes = bytes
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        self.lines = lines
    }

    var info: SourceFileInfo {
        SourceFileInfo(path: path, sha256: SHA256.hexDigest(of: bytes), bytes: bytes.count, lines: lines.count)
    }
}

/// Reads dates as printed in the corpus.
enum PrintedDate {
    /// The first `2007年12月18日` (Arabic digits, clean text) in `text`: ISO date and the printed form.
    static func firstArabic(in text: String) -> DocumentDate? {
        let scalars = Array(text.unicodeScalars)
        var start = 0
        while start < scalars.count {
            if let (numbers, end) = readDate(scalars, from: start, number: readArabic) {
                return DocumentDate(kind: "", date: iso(numbers), printed: string(scalars[start..<end]))
            }
            start += 1
        }
        return nil
    }

    /// The first `一九六六年十二月十九日` (Chinese numerals; the year digit by digit) in `text`.
    static func firstChinese(in text: String) -> DocumentDate? {
        let scalars = Array(text.unicodeScalars)
        var start = 0
        while start < scalars.count {
            if let (numbers, end) = readDate(scalars, from: start, number: readChinese) {
                return DocumentDate(kind: "", date: iso(numbers), printed: string(scalars[start..<end]))
            }
            start += 1
        }
        return nil
    }

    private typealias NumberReader = ([Unicode.Scalar], Int, Bool) -> (Int, Int)?

    /// Reads `<year>年<month>月<day>日` at `start`.
    private static func readDate(
        _ scalars: [Unicode.Scalar], from start: Int, number: NumberReader
    ) -> ([Int], Int)? {
        var position = start
        var numbers: [Int] = []
        for (index, unit) in ["年", "月", "日"].enumerated() {
            guard let (value, end) = number(scalars, position, index == 0), end < scalars.count,
                  scalars[end] == Unicode.Scalar(unit)!
            else { return nil }
            numbers.append(value)
            position = end + 1
        }
        guard (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) else { return nil }
        return (numbers, position)
    }

    private static func readArabic(_ scalars: [Unicode.Scalar], _ start: Int, _ isYear: Bool) -> (Int, Int)? {
        var end = start
        while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
        guard end > start, let value = Int(string(scalars[start..<end])) else { return nil }
        return (value, end)
    }

    private static func readChinese(_ scalars: [Unicode.Scalar], _ start: Int, _ isYear: Bool) -> (Int, Int)? {
        let numerals = "〇零一二三四五六七八九十"
        var end = start
        while end < scalars.count, numerals.unicodeScalars.contains(scalars[end]) { end += 1 }
        guard end > start else { return nil }
        let printed = string(scalars[start..<end])
        if isYear {
            // Years are read digit by digit: 一九六六 = 1966.
            var value = 0
            for character in printed {
                guard let digit = ChineseNumerals.value(of: String(character)), digit < 10 else { return nil }
                value = value * 10 + digit
            }
            return (value, end)
        }
        guard let value = ChineseNumerals.value(of: printed) else { return nil }
        return (value, end)
    }

    private static func iso(_ numbers: [Int]) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(numbers[0], 4))-\(pad(numbers[1], 2))-\(pad(numbers[2], 2))"
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
