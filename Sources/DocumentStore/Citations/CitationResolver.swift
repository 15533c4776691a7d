/// Looks a ``ParsedCitation`` up in the corpus. The Covenant is the document with symbol
/// `ICCPR`, the resolution the one with symbol `A/RES/62/148`. Units are found through the
/// ``UnitAliasTable`` (type and number at each level, never by building eIds): provisions by
/// article → paragraph → item → sub-item, recitals by their position among the document's
/// recitals, operative paragraphs by number; footnotes by number.
struct CitationResolver: Sendable {
    static let covenantSymbol = "ICCPR"
    static let resolutionSymbol = "A/RES/62/148"

    private let covenant: CorpusDocument?
    private let resolution: CorpusDocument?
    private let aliases: UnitAliasTable
    private let formatter: CitationFormatter

    init(documents: [CorpusDocument], aliases: UnitAliasTable, formatter: CitationFormatter) {
        covenant = documents.first { $0.symbol == Self.covenantSymbol }
        resolution = documents.first { $0.symbol == Self.resolutionSymbol }
        self.aliases = aliases
        self.formatter = formatter
    }

    func resolve(_ input: String, units: UnitIndex) -> Result<ResolvedCitation, CitationError> {
        let parsed: ParsedCitation
        switch CitationParser.parse(input) {
        case .success(let value): parsed = value
        case .failure(let error): return .failure(error)
        }
        switch parsed {
        case .covenantProvision(let article, let paragraph, let item, let subitem):
            return resolveProvision(input, article: article, paragraph: paragraph, item: item, subitem: subitem, units: units)
        case .covenantRecital(let number):
            let understood = "\(Self.covenantSymbol) preamble, para. \(number)"
            return resolveRecital(input, number: number, in: covenant, understood: understood, units: units)
        case .resolutionRecital(let number):
            let understood = "\(Self.resolutionSymbol), preambular para. \(number)"
            return resolveRecital(input, number: number, in: resolution, understood: understood, units: units)
        case .resolutionOperative(let number):
            let understood = "\(Self.resolutionSymbol), para. \(number)"
            guard let resolution else { return .failure(.notFound(understood: understood, detail: "the corpus does not hold \(Self.resolutionSymbol)")) }
            let top = UnitAddress(document: resolution.id, steps: [])
            guard let eId = aliases.eId(at: top.appending(.paragraph, number)) else {
                let numbers = aliases.numbers(under: top, type: .paragraph)
                return .failure(.notFound(understood: understood, detail: "\(Self.resolutionSymbol) has operative paragraphs \(Self.range(numbers))"))
            }
            return found(input, document: resolution, eId: eId, units: units)
        case .resolutionFootnote(let number):
            let understood = "\(Self.resolutionSymbol), fn. \(number)"
            guard let resolution else { return .failure(.notFound(understood: understood, detail: "the corpus does not hold \(Self.resolutionSymbol)")) }
            guard let footnote = resolution.footnotes.first(where: { $0.number == number }) else {
                let numbers = resolution.footnotes.map(\.number)
                let detail = numbers.isEmpty ? "\(Self.resolutionSymbol) has no footnotes" : "\(Self.resolutionSymbol) has footnotes \(numbers.min()!)–\(numbers.max()!)"
                return .failure(.notFound(understood: understood, detail: detail))
            }
            return .success(ResolvedCitation(
                input: input, document: resolution.id, eId: footnote.eId,
                citation: formatter.citation(forFootnote: footnote, in: resolution)))
        case .resolutionWhole:
            return .failure(.notFound(
                understood: Self.resolutionSymbol,
                detail: "name a unit of \(Self.resolutionSymbol): an operative paragraph (OP10, para 10, 第10段), a preambular paragraph (PP2) or a footnote (footnote 5)"))
        case .otherResolution(let number):
            return .failure(.notFound(
                understood: "A/RES/\(number)",
                detail: "the corpus holds \(Self.resolutionSymbol) and the \(Self.covenantSymbol) only"))
        }
    }

    private func resolveProvision(_ input: String, article: Int, paragraph: Int?, item: Int?, subitem: Int?, units: UnitIndex) -> Result<ResolvedCitation, CitationError> {
        let requested: [(type: UnitType, number: Int?)] = [(.article, article), (.paragraph, paragraph), (.item, item), (.subitem, subitem)]
        let levels = requested.compactMap { level in level.number.map { (type: level.type, number: $0) } }
        func understood(_ depth: Int) -> String {
            var text = Self.covenantSymbol
            for level in levels.prefix(depth) {
                switch level.type {
                case .article: text += " art. \(level.number)"
                case .item: text += "(\(CitationNumbering.letter(level.number)))"
                case .subitem: text += "(\(CitationNumbering.roman(level.number)))"
                default: text += "(\(level.number))"
                }
            }
            return text
        }
        guard let covenant else {
            return .failure(.notFound(understood: understood(levels.count), detail: "the corpus does not hold the \(Self.covenantSymbol)"))
        }
        var address = UnitAddress(document: covenant.id, steps: [])
        for (depth, level) in levels.enumerated() {
            let next = address.appending(level.type, level.number)
            guard aliases.eId(at: next) != nil else {
                let numbers = aliases.numbers(under: address, type: level.type)
                let names: [UnitType: (String, String)] = [
                    .article: ("articles", "articles"), .paragraph: ("paragraphs", "numbered paragraphs"),
                    .item: ("items", "items"), .subitem: ("sub-items", "sub-items"),
                ]
                let (plural, none) = names[level.type] ?? ("units", "units")
                let owner = depth == 0 ? "the \(Self.covenantSymbol)" : understood(depth)
                let detail = numbers.isEmpty
                    ? "\(owner) has no \(none)"
                    : "\(owner) has \(plural) \(Self.range(numbers, type: level.type))"
                return .failure(.notFound(understood: understood(levels.count), detail: detail))
            }
            address = next
        }
        return found(input, document: covenant, eId: aliases.eId(at: address)!, units: units)
    }

    private func resolveRecital(_ input: String, number: Int, in document: CorpusDocument?, understood: String, units: UnitIndex) -> Result<ResolvedCitation, CitationError> {
        guard let document else { return .failure(.notFound(understood: understood, detail: "the corpus does not hold that document")) }
        let top = UnitAddress(document: document.id, steps: [])
        guard let eId = aliases.eId(at: top.appending(.recital, number)) else {
            let count = aliases.numbers(under: top, type: .recital).count
            let detail = count == 0 ? "\(document.symbol) has no preambular paragraphs" : "\(document.symbol) has preambular paragraphs 1–\(count)"
            return .failure(.notFound(understood: understood, detail: detail))
        }
        return found(input, document: document, eId: eId, units: units)
    }

    private func found(_ input: String, document: CorpusDocument, eId: String, units: UnitIndex) -> Result<ResolvedCitation, CitationError> {
        guard let record = units.record(document: document.id, eId: eId) else {
            return .failure(.notFound(understood: input, detail: "unit \(eId) is missing from the index"))
        }
        return .success(ResolvedCitation(
            input: input, document: document.id, eId: eId,
            citation: formatter.citation(for: record, units: units)))
    }

    /// `1–53`, `(a)–(g)`, `(i)–(iv)` from unit numbers.
    private static func range(_ ordinals: [Int], type: UnitType = .paragraph) -> String {
        guard let low = ordinals.min(), let high = ordinals.max() else { return "without numbers" }
        switch type {
        case .item: return "(\(CitationNumbering.letter(low)))–(\(CitationNumbering.letter(high)))"
        case .subitem: return "(\(CitationNumbering.roman(low)))–(\(CitationNumbering.roman(high)))"
        default: return low == high ? "\(low)" : "\(low)–\(high)"
        }
    }
}
