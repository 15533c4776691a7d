/// Turns a matched entry into a ``SearchHit``: highlights in the printed text and a snippet
/// around the first of them.
enum SearchHitBuilder {
    static func hit(entry: SearchEntry, score: Double, foldedSpans: [Range<Int>], folded: FoldedText, isContext: Bool) -> SearchHit {
        let highlights = SearchIndex.merged(foldedSpans.map {
            folded.originalSpan(start: $0.lowerBound, end: $0.upperBound)
        })
        let count = entry.scalarCount
        let firstMatch = highlights.first ?? TextSpan(start: 0, end: 0)
        var windowStart = max(0, firstMatch.start - SearchIndex.snippetLead)
        var windowEnd = min(count, windowStart + max(SearchIndex.snippetLength, firstMatch.end - windowStart))
        if windowEnd - windowStart < SearchIndex.snippetLength { windowStart = max(0, windowEnd - SearchIndex.snippetLength) }
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
            document: entry.document, eId: entry.eId, kind: entry.kind, unitType: entry.unitType, num: entry.num,
            isContext: isContext, score: score, snippet: snippet, snippetHighlights: snippetHighlights, highlights: highlights)
    }
}
