/// Full-text index over every unit text and footnote text of the corpus.
///
/// **Retrieval.** Texts are folded (``SearchFolding``: Simplified script, half-width, lowercase,
/// no white space) and indexed by character bigrams and single characters of their letters and
/// digits, with positions, in two readings when errata are recorded for a unit: as printed and
/// as corrected (``ErrataReading``). A query (``ParsedQuery``) is cut into the same bigrams
/// (strong terms) and characters (weak terms); an entry is a hit when one of its readings holds
/// at least one strong term and every quoted phrase. So `集會自由` finds `和平集會之權利…自由`,
/// words need not be adjacent, and no word list or segmenter is involved (docs/SEARCH.md).
///
/// **Ranking** (``RelevanceModel``): Okapi BM25 over the query's terms with collection statistics
/// per document (each instrument is its own collection: 酷刑 in almost every paragraph of the
/// resolution says little about which paragraph, in one article of the Covenant it singles that
/// article out), times the share of the query's characters covered, times a proximity bonus
/// (covered characters ÷ the shortest window holding one occurrence of each matched bigram),
/// times a bonus when the query's words occur in one run; an entry takes its best reading, plus
/// a share of the best score among the other entries of its top-level unit. The other entries of
/// a top-level unit that matches are hits too, for their context, with that share as their score
/// and no highlights (`isContext`): art. 19(1) and (3) come with 19(2) for 言论自由. Scores are rounded
/// to 4 decimals; ties keep document order (documents by id, units depth-first, then footnotes).
struct SearchIndex: Sendable {
    static let snippetLength = 40
    static let snippetLead = 12

    /// Where one term occurs in one reading: `count` positions from `start` in `positions`.
    struct Posting: Sendable {
        let reading: Int32
        let start: Int32
        let count: Int32
    }

    let folding: SearchFolding
    let entries: [SearchEntry]
    /// Global index of each entry's first reading; the entry of a global reading.
    private let readingBase: [Int32]
    private let entryOfReading: [Int32]
    private let postings: [UInt64: [Posting]]
    private let positions: [Int32]
    /// Per document: number of entries and average reading length in words.
    private let documentEntryCounts: [Int]
    private let documentAverageLengths: [Double]
    /// Entries of each group, in document order.
    private let groupMembers: [[Int]]

    init(documents: [CorpusDocument], unitsByDocument: [String: [FlattenedUnit]]) {
        var texts: [String] = []
        for document in documents {
            for flat in unitsByDocument[document.id] ?? [] { texts.append(flat.unit.text) }
            for footnote in document.footnotes { texts.append(footnote.text) }
            for erratum in document.errata { texts.append(erratum.intended) }
        }
        let folding = SearchFolding(corpusTexts: texts)
        var entries: [SearchEntry] = []
        var groups: [String: Int] = [:]
        func groupID(_ key: String) -> Int {
            if let id = groups[key] { return id }
            groups[key] = groups.count
            return groups.count - 1
        }
        for (documentIndex, document) in documents.enumerated() {
            let errata = Dictionary(grouping: document.errata, by: \.eId)
            for flat in unitsByDocument[document.id] ?? [] where !flat.unit.text.isEmpty {
                entries.append(SearchEntry(
                    document: document.id, documentIndex: documentIndex, eId: flat.unit.eId, kind: .unit,
                    unitType: flat.unit.type, num: flat.unit.num,
                    group: groupID(document.id + "/" + (flat.ancestors.first ?? flat.unit.eId)),
                    text: flat.unit.text, errata: errata[flat.unit.eId] ?? [], folding: folding))
            }
            for footnote in document.footnotes where !footnote.text.isEmpty {
                entries.append(SearchEntry(
                    document: document.id, documentIndex: documentIndex, eId: footnote.eId, kind: .footnote,
                    unitType: nil, num: String(footnote.number), group: groupID(document.id + "/" + footnote.eId),
                    text: footnote.text, errata: errata[footnote.eId] ?? [], folding: folding))
            }
        }

        var readingBase: [Int32] = []
        var entryOfReading: [Int32] = []
        var postings: [UInt64: [Posting]] = [:]
        var positions: [Int32] = []
        var counts = [Int](repeating: 0, count: documents.count)
        var lengths = [Double](repeating: 0, count: documents.count)
        for (entryIndex, entry) in entries.enumerated() {
            readingBase.append(Int32(entryOfReading.count))
            counts[entry.documentIndex] += 1
            lengths[entry.documentIndex] += Double(entry.readings[0].wordCount)
            for reading in entry.readings {
                let readingID = Int32(entryOfReading.count)
                entryOfReading.append(Int32(entryIndex))
                var local: [UInt64: [Int32]] = [:]
                let scalars = reading.folded.scalars
                for position in scalars.indices where SearchFolding.isWordScalar(scalars[position]) {
                    local[ParsedQuery.unigramKey(scalars[position]), default: []].append(Int32(position))
                    if position + 1 < scalars.count, SearchFolding.isWordScalar(scalars[position + 1]) {
                        local[ParsedQuery.bigramKey(scalars[position], scalars[position + 1]), default: []].append(Int32(position))
                    }
                }
                for (key, list) in local {
                    postings[key, default: []].append(Posting(reading: readingID, start: Int32(positions.count), count: Int32(list.count)))
                    positions += list
                }
            }
        }
        self.folding = folding
        self.entries = entries
        self.readingBase = readingBase
        self.entryOfReading = entryOfReading
        self.postings = postings
        self.positions = positions
        documentEntryCounts = counts
        documentAverageLengths = zip(lengths, counts).map { $1 > 0 ? $0 / Double($1) : 1 }
        var members = [[Int]](repeating: [], count: groups.count)
        for (index, entry) in entries.enumerated() { members[entry.group].append(index) }
        groupMembers = members
    }

    func search(_ query: SearchQuery) -> SearchResults {
        let parsed = ParsedQuery(query.text, folding: folding)
        guard !parsed.words.isEmpty else { return SearchResults(total: 0, hits: []) }
        let documentFilter: Int?
        if let document = query.document {
            guard let index = entries.firstIndex(where: { $0.document == document }) else { return SearchResults(total: 0, hits: []) }
            documentFilter = entries[index].documentIndex
        } else {
            documentFilter = nil
        }
        var scorer = ReadingScorer(readingCount: entryOfReading.count, query: parsed)
        for (termIndex, term) in parsed.terms.enumerated() {
            guard let list = postings[term.key] else { continue }
            let frequencies = documentFrequencies(list)
            let weight = term.isStrong ? 1 : RelevanceModel.weakTermWeight
            for posting in list {
                let entry = entries[Int(entryOfReading[Int(posting.reading)])]
                if let documentFilter, entry.documentIndex != documentFilter { continue }
                let reading = entry.readings[Int(posting.reading - readingBase[Int(entryOfReading[Int(posting.reading)])])]
                let idf = RelevanceModel.idf(
                    documentFrequency: frequencies[entry.documentIndex], entries: documentEntryCounts[entry.documentIndex])
                let saturation = RelevanceModel.saturation(
                    frequency: Int(posting.count), length: reading.wordCount,
                    averageLength: documentAverageLengths[entry.documentIndex])
                scorer.add(term: termIndex, reading: Int(posting.reading), weight: weight * idf * saturation,
                           positions: positions[Int(posting.start)..<Int(posting.start + posting.count)])
            }
        }

        // Best reading per entry.
        var best: [Int: (score: Double, reading: Int)] = [:]
        for (readingID, matched) in scorer.finish() {
            let entryIndex = Int(entryOfReading[readingID])
            let entry = entries[entryIndex]
            let reading = entry.readings[readingID - Int(readingBase[entryIndex])]
            guard let score = scorer.score(readingID, matched: matched, reading: reading) else { continue }
            if best[entryIndex].map({ score > $0.score }) ?? true { best[entryIndex] = (score, readingID) }
        }

        // A share of the best sibling's score; an entry of a matching top-level unit that does not
        // match itself is a context hit with that share alone.
        var groupBest = [(first: Double, second: Double)](repeating: (0, 0), count: groupMembers.count)
        for (entryIndex, match) in best {
            let group = entries[entryIndex].group
            if match.score > groupBest[group].first {
                groupBest[group] = (match.score, groupBest[group].first)
            } else if match.score > groupBest[group].second {
                groupBest[group].second = match.score
            }
        }
        var matches: [(entry: Int, score: Double, reading: Int?)] = best.map { entryIndex, match in
            let top = groupBest[entries[entryIndex].group]
            let sibling = match.score == top.first ? top.second : top.first
            let score = match.score + RelevanceModel.contextWeight * sibling
            return (entryIndex, (score * 10_000).rounded() / 10_000, match.reading)
        }
        for (group, top) in groupBest.enumerated() where top.first > 0 {
            for member in groupMembers[group] where best[member] == nil {
                let score = RelevanceModel.contextWeight * top.first
                matches.append((member, (score * 10_000).rounded() / 10_000, nil))
            }
        }
        matches.sort { $0.score != $1.score ? $0.score > $1.score : $0.entry < $1.entry }

        let limit = min(max(query.limit, 1), SearchQuery.maximumLimit)
        let offset = max(query.offset, 0)
        guard offset < matches.count else { return SearchResults(total: matches.count, hits: []) }
        let hits = matches[offset..<min(offset + limit, matches.count)].map { match in
            let entry = entries[match.entry]
            guard let readingID = match.reading else {
                return SearchHitBuilder.hit(entry: entry, score: match.score, foldedSpans: [], folded: entry.folded, isContext: true)
            }
            let reading = entry.readings[readingID - Int(readingBase[match.entry])]
            let spans = scorer.highlights(readingID, reading: reading)
            return SearchHitBuilder.hit(entry: entry, score: match.score, foldedSpans: spans, folded: reading.folded, isContext: false)
        }
        return SearchResults(total: matches.count, hits: hits)
    }

    /// Entries holding the term, per document (a term found in both readings of an entry counts once).
    private func documentFrequencies(_ list: [Posting]) -> [Int] {
        var frequencies = [Int](repeating: 0, count: documentEntryCounts.count)
        var lastEntry: Int32 = -1
        for posting in list {
            let entry = entryOfReading[Int(posting.reading)]
            if entry != lastEntry {
                frequencies[entries[Int(entry)].documentIndex] += 1
                lastEntry = entry
            }
        }
        return frequencies
    }

    /// Non-overlapping occurrences of `term` in `text`, left to right.
    static func occurrences(of term: [UInt32], in text: [UInt32]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        guard !term.isEmpty, term.count <= text.count else { return result }
        var start = 0
        let last = text.count - term.count
        while start <= last {
            if text[start] == term[0] {
                var k = 1
                while k < term.count && text[start + k] == term[k] { k += 1 }
                if k == term.count {
                    result.append(start..<(start + term.count))
                    start += term.count
                    continue
                }
            }
            start += 1
        }
        return result
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
