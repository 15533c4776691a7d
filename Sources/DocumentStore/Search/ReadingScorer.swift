import Foundation

/// Accumulates one query's term matches per reading, then scores each touched reading with
/// ``RelevanceModel`` and gives the spans to highlight. Used once per search.
struct ReadingScorer {
    /// One occurrence of a strong term: where, and which term.
    private struct Event {
        let reading: Int32
        let position: Int32
        let term: Int32
    }

    private let query: ParsedQuery
    private let coverWords: Int
    private var bm25: [Double]
    private var strongCovered: [UInt64]
    private var weakCovered: [UInt64]
    private var strongTerms: [Int32]
    private var touched: [Int32] = []
    private var events: [Event] = []
    /// After ``finish()``: each touched reading's slice of `events`, sorted by position.
    private var eventRanges: [Int32: Range<Int>] = [:]

    init(readingCount: Int, query: ParsedQuery) {
        self.query = query
        coverWords = (query.words.count + 63) / 64
        bm25 = [Double](repeating: 0, count: readingCount)
        strongCovered = [UInt64](repeating: 0, count: readingCount * coverWords)
        weakCovered = [UInt64](repeating: 0, count: readingCount * coverWords)
        strongTerms = [Int32](repeating: 0, count: readingCount)
    }

    mutating func add(term termIndex: Int, reading: Int, weight: Double, positions: ArraySlice<Int32>) {
        let term = query.terms[termIndex]
        if bm25[reading] == 0 && strongTerms[reading] == 0 { touched.append(Int32(reading)) }
        bm25[reading] += weight
        let base = reading * coverWords
        for covered in term.covers {
            if term.isStrong {
                strongCovered[base + covered / 64] |= 1 << UInt64(covered % 64)
            } else {
                weakCovered[base + covered / 64] |= 1 << UInt64(covered % 64)
            }
        }
        guard term.isStrong else { return }
        strongTerms[reading] += 1
        for position in positions { events.append(Event(reading: Int32(reading), position: position, term: Int32(termIndex))) }
    }

    /// The readings holding at least one strong term, each with its number of matched strong terms.
    mutating func finish() -> [(reading: Int, strongTerms: Int)] {
        events.sort { $0.reading != $1.reading ? $0.reading < $1.reading : $0.position < $1.position }
        var start = 0
        while start < events.count {
            var end = start
            while end < events.count && events[end].reading == events[start].reading { end += 1 }
            eventRanges[events[start].reading] = start..<end
            start = end
        }
        return touched.sorted().compactMap { reading in
            strongTerms[Int(reading)] > 0 ? (Int(reading), Int(strongTerms[Int(reading)])) : nil
        }
    }

    /// The reading's score, or nil when it misses a quoted phrase.
    func score(_ readingID: Int, matched: Int, reading: SearchReading) -> Double? {
        for phrase in query.phrases where SearchIndex.occurrences(of: phrase, in: reading.folded.scalars).isEmpty {
            return nil
        }
        let base = readingID * coverWords
        var strong = 0, weakOnly = 0
        for word in 0..<coverWords {
            strong += strongCovered[base + word].nonzeroBitCount
            weakOnly += (weakCovered[base + word] & ~strongCovered[base + word]).nonzeroBitCount
        }
        let coverage = (Double(strong) + 0.5 * Double(weakOnly)) / Double(query.words.count)
        let window = shortestWindow(readingID, distinctTerms: matched)
        let proximity = window > 0 ? min(1, Double(strong) / Double(window)) : 0
        let phrase = SearchIndex.occurrences(of: query.words, in: reading.words).isEmpty ? 0.0 : 1.0
        return bm25[readingID]
            * pow(coverage, RelevanceModel.coverageExponent)
            * (1 + RelevanceModel.proximityWeight * proximity)
            * (1 + RelevanceModel.phraseWeight * phrase)
    }

    /// Length in folded scalars of the shortest stretch of the reading holding one occurrence of
    /// each matched strong term.
    private func shortestWindow(_ readingID: Int, distinctTerms: Int) -> Int {
        guard let range = eventRanges[Int32(readingID)] else { return 0 }
        var counts: [Int32: Int] = [:]
        var have = 0
        var low = range.lowerBound
        var best = Int.max
        for high in range {
            let term = events[high].term
            counts[term, default: 0] += 1
            if counts[term] == 1 { have += 1 }
            while have == distinctTerms {
                let end = Int(events[high].position) + query.terms[Int(term)].length
                best = min(best, end - Int(events[low].position))
                let leaving = events[low].term
                counts[leaving]! -= 1
                if counts[leaving] == 0 { have -= 1 }
                low += 1
            }
        }
        return best == Int.max ? 0 : best
    }

    /// Folded spans of every occurrence of an unquoted strong term and of every quoted phrase in the reading.
    func highlights(_ readingID: Int, reading: SearchReading) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        if let range = eventRanges[Int32(readingID)] {
            for event in events[range] where query.terms[Int(event.term)].isFree {
                let start = Int(event.position)
                spans.append(start..<(start + query.terms[Int(event.term)].length))
            }
        }
        for phrase in query.phrases { spans += SearchIndex.occurrences(of: phrase, in: reading.folded.scalars) }
        return spans
    }
}
