/// Chinese numerals as printed in the corpus labels and references (一 … 五十三, 十, 二十, 廿 is not used).
public enum ChineseNumerals {
    private static let digits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5,
        "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// Reads a Chinese numeral, or nil when it is not a well-formed one. Two readings exist and
    /// nothing else is accepted:
    ///
    /// - **Multiplicative** (with 十 or 百), as article numbers are printed: `十` 10, `十四` 14,
    ///   `二十` 20, `五十三` 53, `一百` 100, `一百零五` 105, `一百一十` / `一百十` 110,
    ///   `兩百` / `两百` 200. Each place appears once, in falling order, with a multiplier of
    ///   1–9 (`兩` only before 百); `零` / `〇` only fills an empty tens place before the units.
    /// - **Positional**, digit by digit, as years are printed: `一九六六` 1966, `五三` 53,
    ///   `二〇〇七` 2007 (no leading zero, no 兩).
    ///
    /// A single digit is its value (`〇` / `零` is 0). Refused: `十十`, `二十二十`, `百百`,
    /// `一十十`, `〇五`, `十百`, anything with another character.
    public static func value(of text: some StringProtocol) -> Int? {
        let characters = Array(text)
        guard !characters.isEmpty, characters.count <= 18 else { return nil }
        if !characters.contains("十") && !characters.contains("百") {
            if characters.count == 1 { return digits[characters[0]] }
            guard characters.allSatisfy({ $0 != "兩" && $0 != "两" }),
                  let first = digits[characters[0]], first != 0 else { return nil }
            var total = 0
            for character in characters {
                guard let digit = digits[character] else { return nil }
                total = total * 10 + digit
            }
            return total
        }
        return multiplicative(characters)
    }

    /// `[d]百 [零 d | [d]十 [d]] | [d]十[d] | d`, see ``value(of:)``.
    private static func multiplicative(_ characters: [Character]) -> Int? {
        var index = 0
        func digit(allowTwoAsLiang: Bool) -> Int? {
            guard index < characters.count, let value = digits[characters[index]], value > 0 else { return nil }
            if !allowTwoAsLiang && (characters[index] == "兩" || characters[index] == "两") { return nil }
            index += 1
            return value
        }
        var total = 0
        var hasHundreds = false
        // Hundreds: d百.
        if let hundredsIndex = characters.firstIndex(of: "百") {
            guard hundredsIndex == 1, let multiplier = digit(allowTwoAsLiang: true) else { return nil }
            index = 2
            total = multiplier * 100
            hasHundreds = true
            if index == characters.count { return total }
            // 一百零五: a filler zero, then the units digit, then the end.
            if characters[index] == "零" || characters[index] == "〇" {
                index += 1
                guard let units = digit(allowTwoAsLiang: false), index == characters.count else { return nil }
                return total + units
            }
        }
        // Tens: [d]十 (a bare 十 is 10; after hundreds 一百十 is 110 as well).
        if let tensIndex = characters[index...].firstIndex(of: "十") {
            if tensIndex == index {
                total += 10
                index += 1
            } else {
                guard tensIndex == index + 1, let multiplier = digit(allowTwoAsLiang: false) else { return nil }
                total += multiplier * 10
                index += 1
            }
        } else if hasHundreds {
            // 一百五 (colloquial 150) is ambiguous: refused.
            return nil
        }
        if index == characters.count { return total }
        guard let units = digit(allowTwoAsLiang: false), index == characters.count else { return nil }
        return total + units
    }

    /// Formats 1…999 the way the Covenant prints article numbers: 14 → `十四`, 10 → `十`, 21 → `二十一`.
    public static func string(for value: Int) -> String {
        precondition(value > 0 && value < 1000, "numeral out of range: \(value)")
        let names = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        var result = ""
        let hundreds = value / 100, tens = (value / 10) % 10, ones = value % 10
        if hundreds > 0 { result += names[hundreds] + "百" }
        if tens > 0 {
            if hundreds > 0 || tens > 1 { result += names[tens] }
            result += "十"
        } else if hundreds > 0 && ones > 0 {
            result += "零"
        }
        result += names[ones]
        return result
    }

    /// Parses ASCII digits or full-width digits (`１４`).
    public static func arabicValue(of text: some StringProtocol) -> Int? {
        guard !text.isEmpty, text.count <= 9 else { return nil }
        var total = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: total = total * 10 + Int(scalar.value - 0x30)
            case 0xFF10...0xFF19: total = total * 10 + Int(scalar.value - 0xFF10)
            default: return nil
            }
        }
        return total
    }
}
