import DocumentStore

/// The identifiers the resolution's footnotes cite, as external references whose source is a span of
/// the footnote's text (`eId` `authorialNote_<n>`): Treaty Series volumes and numbers, General Assembly
/// resolutions, UN document symbols and Official Records. They appear nowhere in the body, so without
/// these references `/v1/cross-references` would not know them.
enum FootnoteReferences {
    /// What the Treaty Series registrations cited in the footnotes are (volume, first number → code).
    private static let treatySeriesInstruments: [TreatySeriesKey: String] = [
        TreatySeriesKey(volume: 1465, number: 24841): "CAT",
        TreatySeriesKey(volume: 75, number: 970): "Geneva Conventions",
        TreatySeriesKey(volume: 2187, number: 38544): "Rome Statute",
    ]

    /// What the resolutions cited in the footnotes adopted as their annex.
    private static let annexedInstruments: [String: String] = ["57/199": "OP-CAT", "55/89": "Istanbul Principles"]

    private struct TreatySeriesKey: Hashable { let volume: Int; let number: Int }

    /// The references of every footnote, in footnote order and left to right within a footnote.
    static func scan(_ footnotes: [Footnote]) -> [(eId: String, text: ScalarText, reference: FoundReference)] {
        var found: [(eId: String, text: ScalarText, reference: FoundReference)] = []
        for footnote in footnotes {
            let text = ScalarText(footnote.text)
            var references: [FoundReference] = []
            if let series = footnote.citation.treatySeries, let reference = treatySeries(series, in: text) {
                references.append(reference)
            }
            if let records = footnote.citation.officialRecords, let reference = officialRecords(records, in: text) {
                references.append(reference)
            }
            references += resolutions(in: text) + symbols(in: text)
            for reference in references.sorted(by: { $0.start < $1.start }) {
                found.append((footnote.eId, text, reference))
            }
        }
        return found
    }

    /// `第1465卷，第24841号` (or `第75卷，第970至973号`): from the volume's `第` to the numbers' `号`.
    private static func treatySeries(_ series: TreatySeriesCitation, in text: ScalarText) -> FoundReference? {
        guard let start = text.firstIndex(of: "第\(series.volume)卷") else { return nil }
        var end = start
        while end < text.count, text.scalars[end] != "号", text.scalars[end] != "號" { end += 1 }
        guard end < text.count, let first = series.numbers.first else { return nil }
        let code = treatySeriesInstruments[TreatySeriesKey(volume: series.volume, number: first)]
        return FoundReference(
            start: start, end: end + 1, type: .external, targets: [],
            external: ExternalTarget(
                instrument: "UN Treaty Series", name: code.flatMap { NamedInstruments.englishNames[$0] }, treatySeries: series)
        )
    }

    /// `《大会正式记录，第六十二届会议，补编第44号》`: the bracketed title.
    private static func officialRecords(_ records: OfficialRecordsCitation, in text: ScalarText) -> FoundReference? {
        guard let start = text.firstIndex(of: "《"), let close = text.firstIndex(of: "》", from: start) else { return nil }
        return FoundReference(
            start: start, end: close + 1, type: .external, targets: [],
            external: ExternalTarget(
                instrument: "Official Records", symbol: records.symbol,
                name: "Official Records of the General Assembly, \(ordinalSession(records.session)) Session, Supplement No. \(records.supplement)")
        )
    }

    /// `第57/199号决议`: the span is the number, as in the body.
    private static func resolutions(in text: ScalarText) -> [FoundReference] {
        var found: [FoundReference] = []
        var scanner = ResolutionReferenceScanner(text: text, ownSymbol: "")
        for reference in scanner.scan() where reference.external?.instrument == "GA resolution" {
            var reference = reference
            if let symbol = reference.external?.symbol, let code = annexedInstruments[symbol] {
                reference.external?.name = NamedInstruments.englishNames[code]
            }
            found.append(reference)
        }
        return found
    }

    /// `E/CN.4/2005/102/Add.1`, `A/62/44`, `A/62/221`.
    private static func symbols(in text: ScalarText) -> [FoundReference] {
        var found: [FoundReference] = []
        var position = 0
        while position < text.count {
            if let length = UNSymbol.length(in: text.scalars, at: position) {
                found.append(FoundReference(
                    start: position, end: position + length, type: .external, targets: [],
                    external: ExternalTarget(instrument: "UN document", symbol: text.slice(position, position + length))))
                position += length
            } else {
                position += 1
            }
        }
        return found
    }

    /// 62 → `Sixty-second` (the sessions a footnote of this corpus can cite).
    private static func ordinalSession(_ session: Int) -> String {
        let tens = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]
        let units = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        let ordinalTens = ["", "", "Twentieth", "Thirtieth", "Fortieth", "Fiftieth", "Sixtieth", "Seventieth", "Eightieth", "Ninetieth"]
        guard (20...99).contains(session) else { return "\(session)th" }
        let ten = session / 10, unit = session % 10
        return unit == 0 ? ordinalTens[ten] : "\(tens[ten])-\(units[unit])"
    }
}

extension ScalarText {
    /// The first index at or after `from` where `literal` is spelled.
    func firstIndex(of literal: String, from: Int = 0) -> Int? {
        var position = max(0, from)
        while position < count {
            if has(literal, at: position) { return position }
            position += 1
        }
        return nil
    }
}
