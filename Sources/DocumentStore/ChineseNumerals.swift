/// Chinese numerals as printed in the corpus labels and references (一 … 五十三, 十, 二十, 廿 is not used).
public enum ChineseNumerals {
    private static let digits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5,
        "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// Parses `一` … `九十九` and `一百` … (as used for article numbers); nil for anything else.
    public static func value(of text: some StringProtocol) -> Int? {
        guard !text.isEmpty else { return nil }
        var total = 0
        var current = 0
        var sawAny = false
        for character in text {
            if let digit = digits[character] {
                current = digit
                sawAny = true
            } else if character == "十" {
                total += (current == 0 ? 1 : current) * 10
                current = 0
                sawAny = true
            } else if character == "百" {
                total += (current == 0 ? 1 : current) * 100
                current = 0
                sawAny = true
            } else {
                return nil
            }
        }
        return sawAny ? total + current : nil
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
