import DocumentStore

/// Reads one footnote of the resolution into a `FootnoteCitation`.
///
/// The footnotes follow the United Nations' Chinese citation style:
/// `联合国，《条约汇编》，第1465卷，第24841号。` (Treaty Series), `同上，第75卷，第970至973号。` (ibid.),
/// `第57/199号决议，附件。` (a resolution's annex), `见E/CN.4/2005/102/Add.1。` (a document),
/// `《大会正式记录，第六十二届会议，补编第44号》(A/62/44)。` (Official Records).
/// Spaces the source may keep around numbers are tolerated.
enum FootnoteCitationReader {
    static func citation(for footnote: String) -> FootnoteCitation {
        let text = String(footnote.unicodeScalars.filter { !$0.properties.isWhitespace })
        let ibid = text.hasPrefix("同上")
        let treatySeries = treatySeries(in: text, ibid: ibid)
        let resolution = resolution(in: text)
        let officialRecords = officialRecords(in: text)
        let symbols = UNSymbol.all(in: text)
        let kind: String
        if officialRecords != nil {
            kind = "officialRecords"
        } else if treatySeries != nil {
            kind = "treatySeries"
        } else if resolution != nil {
            kind = "resolution"
        } else if !symbols.isEmpty {
            kind = "document"
        } else {
            kind = "unparsed"
        }
        var citation = FootnoteCitation(
            kind: kind, ibid: ibid, treatySeries: treatySeries, resolution: resolution,
            symbols: symbols, officialRecords: officialRecords
        )
        citation.english = FootnoteCitationEnglish.rendering(of: citation, seeAlso: text.hasPrefix("见") || text.hasPrefix("見"))
        return citation
    }

    /// For the 同上 at `index`, the number of the footnote whose source it repeats: the nearest
    /// earlier footnote that is not itself 同上 (a chain 3 → 2 → 1 resolves to 1).
    static func repeatedFootnote(forIbidAt index: Int, in citations: [FootnoteCitation]) -> Int? {
        var candidate = index - 1
        while candidate >= 0, citations[candidate].ibid { candidate -= 1 }
        return candidate >= 0 ? candidate + 1 : nil
    }

    // MARK: Treaty Series

    /// `第1465卷，第24841号` or `第75卷，第970至973号`, in a footnote citing the Treaty Series (`条约汇编`)
    /// or repeating one (`同上`).
    private static func treatySeries(in text: String, ibid: Bool) -> TreatySeriesCitation? {
        guard ibid || text.contains("条约汇编") || text.contains("條約彙編") else { return nil }
        let scalars = ScalarText(text)
        var volume: Int?
        var numbers: [Int] = []
        var position = 0
        while position < scalars.count {
            guard scalars.has("第", at: position), let first = scalars.arabicNumber(at: position + 1) else {
                position += 1
                continue
            }
            if scalars.has("卷", at: first.end) {
                volume = first.value
                position = first.end + 1
            } else if let to = scalars.firstOf(["至", "-", "–"], at: first.end),
                      let last = scalars.arabicNumber(at: to.end), last.value >= first.value,
                      scalars.has("号", at: last.end) || scalars.has("號", at: last.end) {
                numbers.append(contentsOf: first.value...last.value)
                position = last.end + 1
            } else if scalars.has("号", at: first.end) || scalars.has("號", at: first.end) {
                numbers.append(first.value)
                position = first.end + 1
            } else {
                position = first.end
            }
        }
        guard let volume, !numbers.isEmpty else { return nil }
        return TreatySeriesCitation(volume: volume, numbers: numbers)
    }

    // MARK: Resolutions

    /// `第57/199号决议`, with `附件` (annex) anywhere after it.
    private static func resolution(in text: String) -> ResolutionCitation? {
        let scalars = ScalarText(text)
        for position in 0..<scalars.count where scalars.has("第", at: position) {
            guard let session = scalars.arabicNumber(at: position + 1), scalars.has("/", at: session.end),
                  let number = scalars.arabicNumber(at: session.end + 1),
                  scalars.has("号决议", at: number.end) || scalars.has("號決議", at: number.end) else { continue }
            let rest = scalars.slice(number.end, scalars.count)
            return ResolutionCitation(number: "\(session.text)/\(number.text)", annex: rest.contains("附件"))
        }
        return nil
    }

    // MARK: Official Records

    /// `《大会正式记录，第六十二届会议，补编第44号》(A/62/44)`.
    private static func officialRecords(in text: String) -> OfficialRecordsCitation? {
        let scalars = ScalarText(text)
        let marker = ["正式记录", "正式紀錄", "正式記錄"]
        guard let markerStart = (0..<scalars.count).first(where: { scalars.firstOf(marker, at: $0) != nil }) else { return nil }
        var bodyStart = markerStart
        while bodyStart > 0, !["《", "，", ","].contains(scalars.scalars[bodyStart - 1]) { bodyStart -= 1 }
        let body = scalars.slice(bodyStart, markerStart)
        var session: Int?
        var supplement: Int?
        for position in 0..<scalars.count {
            if session == nil, scalars.has("第", at: position), let numeral = sessionNumber(in: scalars, at: position + 1),
               scalars.has("届会议", at: numeral.end) || scalars.has("屆會議", at: numeral.end) {
                session = numeral.value
            }
            if supplement == nil, scalars.has("补编第", at: position) || scalars.has("補編第", at: position),
               let number = scalars.arabicNumber(at: position + 3) {
                supplement = number.value
            }
        }
        guard !body.isEmpty, let session, let supplement else { return nil }
        return OfficialRecordsCitation(body: body, session: session, supplement: supplement, symbol: UNSymbol.all(in: text).first)
    }

    /// A session number, printed in Chinese numerals (`六十二`) or digits.
    private static func sessionNumber(in scalars: ScalarText, at position: Int) -> (value: Int, end: Int)? {
        if let numeral = scalars.chineseNumeral(at: position) { return numeral }
        if let number = scalars.arabicNumber(at: position) { return (number.value, number.end) }
        return nil
    }
}
