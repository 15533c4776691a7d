import DocumentStore

/// The English form of a footnote citation, in the style of the English edition of UN resolutions:
/// `United Nations, Treaty Series, vol. 1465, No. 24841.`, `Ibid., vol. 75, Nos. 970–973.`,
/// `Resolution 57/199, annex.`, `See E/CN.4/2005/102/Add.1.`,
/// `Official Records of the General Assembly, Sixty-second Session, Supplement No. 44 (A/62/44).`
enum FootnoteCitationEnglish {
    /// nil when the citation's kind has no rendering (an unparsed footnote).
    static func rendering(of citation: FootnoteCitation, seeAlso: Bool) -> String? {
        let see = seeAlso ? "See " : ""
        if let records = citation.officialRecords {
            guard let session = ordinal(records.session) else { return nil }
            let body = bodies[records.body] ?? records.body
            let symbol = records.symbol.map { " (\($0))" } ?? ""
            return "\(see)Official Records of the \(body), \(session) Session, Supplement No. \(records.supplement)\(symbol)."
        }
        if let series = citation.treatySeries {
            let source = citation.ibid ? "Ibid." : "United Nations, Treaty Series"
            return "\(see)\(source), vol. \(series.volume), \(registrationNumbers(series.numbers))."
        }
        if let resolution = citation.resolution {
            let annex = resolution.annex ? ", annex" : ""
            return "\(see)Resolution \(resolution.number)\(annex)."
        }
        if !citation.symbols.isEmpty {
            return "\(see)\(citation.symbols.joined(separator: "; "))."
        }
        return nil
    }

    private static let bodies = [
        "大会": "General Assembly", "大會": "General Assembly",
        "安全理事会": "Security Council", "安全理事會": "Security Council",
        "经济及社会理事会": "Economic and Social Council", "經濟及社會理事會": "Economic and Social Council",
    ]

    /// `No. 24841`, `Nos. 970–973` (a run of consecutive numbers), `Nos. 1, 5`.
    static func registrationNumbers(_ numbers: [Int]) -> String {
        guard let first = numbers.first, let last = numbers.last else { return "" }
        if numbers.count == 1 { return "No. \(first)" }
        if numbers == Array(first...last), last > first { return "Nos. \(first)–\(last)" }
        return "Nos. " + numbers.map(String.init).joined(separator: ", ")
    }

    private static let units = [
        "", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
        "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth",
        "Nineteenth",
    ]
    private static let tensOrdinal = ["", "", "Twentieth", "Thirtieth", "Fortieth", "Fiftieth", "Sixtieth", "Seventieth", "Eightieth", "Ninetieth"]
    private static let tensCardinal = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]

    /// 62 → `Sixty-second`, 20 → `Twentieth`, 1…99; nil outside.
    static func ordinal(_ number: Int) -> String? {
        guard number > 0, number < 100 else { return nil }
        if number < 20 { return units[number] }
        let tens = number / 10, ones = number % 10
        if ones == 0 { return tensOrdinal[tens] }
        return "\(tensCardinal[tens])-\(units[ones].lowercased())"
    }
}
