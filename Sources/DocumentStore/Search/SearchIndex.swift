/// Full-text index over every unit text and footnote text of the corpus.
///
/// **Matching.** Texts and query terms are folded with ``SearchFolding`` (Simplified script,
/// half-width, lowercase, no whitespace). A query is split into terms at whitespace; a text is a
/// hit when every term occurs in it as an exact substring of the folded text (phrase matching on
/// CJK text without a word segmenter). Candidates come from postings: for a term of two or more
/// scalars, the texts holding its rarest folded bigram; for a one-scalar term, the texts holding
/// that scalar. Candidates are then verified by substring search.
///
/// **Ranking** (higher first), a sum of explainable parts:
/// - 1 per occurrence of any term (non-overlapping occurrences of each term);
/// - up to 2 for density: 2 × (matched scalars ÷ folded scalars of the text), so a shorter text
///   with the same matches ranks higher;
/// - 0.5 when a term occurs at the very start of the text;
/// - 0.25 for articles, recitals and paragraphs (against items, sub-items, other lines and footnotes).
/// The score is rounded to 4 decimals. Ties keep document order: documents by id, units
/// depth-first, then the document's footnotes.
struct SearchIndex: Sendable {
    static let snippetLength = 40
    static let snippetLead = 12

    let folding: SearchFolding
    let entries: [SearchEntry]
    private let bigramPostings: [UInt64: [Int32]]
    private let scalarPostings: [UInt32: [Int32]]

    init(documents: [CorpusDocument], unitsByDocument: [String: [FlattenedUnit]]) {
        var texts: [String] = []
        for document in documents {
            for flat in unitsByDocument[document.id] ?? [] { texts.append(flat.unit.text) }
            for footnote in document.footnotes { texts.append(footnote.text) }
        }
        let folding = SearchFolding(corpusTexts: texts)
        var entries: [SearchEntry] = []
        for document in documents {
            for flat in unitsByDocument[document.id] ?? [] where !flat.unit.text.isEmpty {
                entries.append(SearchEntry(
                    document: document.id, eId: flat.unit.eId, kind: .unit, text: flat.unit.text,
                    folding: folding, levelBonus: Self.levelBonus(flat.unit.type)))
            }
            for footnote in document.footnotes where !footnote.text.isEmpty {
                entries.append(SearchEntry(
                    document: document.id, eId: footnote.eId, kind: .footnote, text: footnote.text,
                    folding: folding, levelBonus: 0))
            }
        }
        var bigrams: [UInt64: [Int32]] = [:]
        var singles: [UInt32: [Int32]] = [:]
        for (index, entry) in entries.enumerated() {
            let id = Int32(index)
            let scalars = entry.folded.scalars
            for position in scalars.indices {
                let scalar = scalars[position]
                if singles[scalar]?.last != id { singles[scalar, default: []].append(id) }
                if position + 1 < scalars.count {
                    let key = UInt64(scalar) << 32 | UInt64(scalars[position + 1])
                    if bigrams[key]?.last != id { bigrams[key, default: []].append(id) }
                }
            }
        }
        self.folding = folding
        self.entries = entries
        self.bigramPostings = bigrams
        self.scalarPostings = singles
    }

    private static func levelBonus(_ type: UnitType) -> Double {
        switch type {
        case .article, .recital, .paragraph: 0.25
        default: 0
        }
    }

    func search(_ query: SearchQuery) -> SearchResults {
        let terms = query.text.split(whereSeparator: \.isWhitespace)
            .map { folding.fold(String($0)).scalars }
            .filter { !$0.isEmpty }
        guard !terms.isEmpty else { return SearchResults(total: 0, hits: []) }

        var candidates: [Int32]? = nil
        for term in terms {
            let postings = self.postings(for: term)
            candidates = candidates.map { Self.intersect($0, postings) } ?? postings
            if candidates!.isEmpty { return SearchResults(total: 0, hits: []) }
        }

        // All spans of all matching texts live in one buffer; a match refers to its slice.
        var spans: [Range<Int>] = []
        var matches: [(entry: Int, score: Double, spans: Range<Int>)] = []
        matches.reserveCapacity(candidates?.count ?? 0)
        for candidate in candidates ?? [] {
            let entry = entries[Int(candidate)]
            if let document = query.document, entry.document != document { continue }
            let first = spans.count
            var allFound = true
            for term in terms where !Self.appendOccurrences(of: term, in: entry.folded.scalars, to: &spans) {
                allFound = false
                break
            }
            guard allFound else {
                spans.removeSubrange(first...)
                continue
            }
            matches.append((Int(candidate), score(entry: entry, spans: spans[first...]), first..<spans.count))
        }
        matches.sort { $0.score != $1.score ? $0.score > $1.score : $0.entry < $1.entry }

        let limit = min(max(query.limit, 1), SearchQuery.maximumLimit)
        let offset = max(query.offset, 0)
        guard offset < matches.count else { return SearchResults(total: matches.count, hits: []) }
        let page = matches[offset..<min(offset + limit, matches.count)]
        let hits = page.map { match in
            hit(entry: entries[match.entry], score: match.score, foldedSpans: spans[match.spans])
        }
        return SearchResults(total: matches.count, hits: hits)
    }

    /// Sorted entry ids that may contain `term`.
    private func postings(for term: [UInt32]) -> [Int32] {
        if term.count == 1 { return scalarPostings[term[0]] ?? [] }
        var best: [Int32]? = nil
        for position in 0..<(term.count - 1) {
            let key = UInt64(term[position]) << 32 | UInt64(term[position + 1])
            guard let list = bigramPostings[key] else { return [] }
            if best == nil || list.count < best!.count { best = list }
        }
        return best ?? []
    }

    private static func intersect(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var result: [Int32] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { result.append(a[i]); i += 1; j += 1 }
            else if a[i] < b[j] { i += 1 }
            else { j += 1 }
        }
        return result
    }

    /// Non-overlapping occurrences of `term` in `text`, left to right.
    static func occurrences(of term: [UInt32], in text: [UInt32]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        _ = appendOccurrences(of: term, in: text, to: &result)
        return result
    }

    /// Appends the non-overlapping occurrences of `term` in `text` to `spans`; false when there is none.
    static func appendOccurrences(of term: [UInt32], in text: [UInt32], to spans: inout [Range<Int>]) -> Bool {
        guard !term.isEmpty, term.count <= text.count else { return false }
        var found = false
        var start = 0
        let first = term[0]
        let last = text.count - term.count
        while start <= last {
            if text[start] == first {
                var k = 1
                while k < term.count && text[start + k] == term[k] { k += 1 }
                if k == term.count {
                    spans.append(start..<(start + term.count))
                    found = true
                    start += term.count
                    continue
                }
            }
            start += 1
        }
        return found
    }

    private func score(entry: SearchEntry, spans: ArraySlice<Range<Int>>) -> Double {
        let matched = spans.reduce(0) { $0 + $1.count }
        let density = 2 * Double(min(matched, entry.folded.scalars.count)) / Double(max(entry.folded.scalars.count, 1))
        let atStart = spans.contains { $0.lowerBound == 0 } ? 0.5 : 0
        let raw = Double(spans.count) + density + atStart + entry.levelBonus
        return (raw * 10_000).rounded() / 10_000
    }

    private func hit(entry: SearchEntry, score: Double, foldedSpans: ArraySlice<Range<Int>>) -> SearchHit {
        let highlights = Self.merged(foldedSpans.map {
            entry.folded.originalSpan(start: $0.lowerBound, end: $0.upperBound)
        })
        let firstMatch = highlights[0]
        let count = entry.scalarCount
        var windowStart = max(0, firstMatch.start - Self.snippetLead)
        var windowEnd = min(count, windowStart + max(Self.snippetLength, firstMatch.end - windowStart))
        if windowEnd - windowStart < Self.snippetLength { windowStart = max(0, windowEnd - Self.snippetLength) }
        // A match cut by the end of the window is shown whole.
        if let cut = highlights.first(where: { $0.start < windowEnd && $0.end > windowEnd }) { windowEnd = cut.end }
        let prefix = windowStart > 0 ? 1 : 0
        var snippet = prefix == 1 ? "…" : ""
        snippet.append(contentsOf: entry.text(from: windowStart, to: windowEnd))
        if windowEnd < count { snippet += "…" }
        let snippetHighlights = highlights.compactMap { span -> TextSpan? in
            let start = max(span.start, windowStart), end = min(span.end, windowEnd)
            guard start < end else { return nil }
            return TextSpan(start: start - windowStart + prefix, end: end - windowStart + prefix)
        }
        return SearchHit(
            document: entry.document, eId: entry.eId, kind: entry.kind, score: score,
            snippet: snippet, snippetHighlights: snippetHighlights, highlights: highlights)
    }

    /// Sorted by start; overlapping spans joined.
    static func merged(_ spans: [TextSpan]) -> [TextSpan] {
        let sorted = spans.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end < $1.end }
        var result: [TextSpan] = []
        for span in sorted {
            if let last = result.last, span.start < last.end {
                result[result.count - 1].end = max(last.end, span.end)
            } else {
                result.append(span)
            }
        }
        return result
    }
}
