/// Looks a ``ParsedCitation`` up in the corpus. The Covenant is the document with symbol
/// `ICCPR`, the resolution the one with symbol `A/RES/62/148`. Units are found through the
/// ``UnitAliasTable`` (type and number at each level, never by building eIds), in the official
/// numbering of the authentic text first, then as printed; footnotes by number. A provision the
/// source numbers differently (the Covenant's preamble, art. 8(3)) is a ``CitationError/numberedDifferently(understood:detail:document:eIds:)``
/// that names the printed units holding it.
struct CitationResolver: Sendable {
    static let covenantSymbol = CitationParser.covenantSymbol
    static let resolutionSymbol = CitationParser.resolutionSymbol

    private let documents: [String: CorpusDocument]
    private let aliases: UnitAliasTable
    private let formatter: CitationFormatter

    init(documents: [CorpusDocument], aliases: UnitAliasTable, formatter: CitationFormatter) {
        var bySymbol: [String: CorpusDocument] = [:]
        for document in documents { bySymbol[document.symbol] = document }
        self.documents = bySymbol
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
        case .unit(let symbol, let steps, let chapeau):
            return resolveUnit(input, symbol: symbol, steps: steps, chapeau: chapeau, units: units)
        case .preamble(let symbol, let paragraphs):
            return resolvePreamble(input, symbol: symbol, paragraphs: paragraphs, units: units)
        case .printedRecital(let symbol, let number):
            let understood = "\(symbol) preamble, recital \(number) as printed"
            guard let document = documents[symbol] else { return .failure(.notFound(understood: understood, detail: "the corpus does not hold \(symbol)")) }
            let top = UnitAddress(document: document.id, steps: [])
            guard let eId = aliases.eId(at: top.appending(.recital, number)) else {
                let count = aliases.numbers(under: top, type: .recital).count
                return .failure(.notFound(understood: understood, detail: "\(symbol) prints \(count) recitals"))
            }
            return found(input, document: document, eId: eId, numbering: .printed, units: units)
        case .footnote(let symbol, let number):
            let understood = "\(symbol), fn. \(number)"
            guard let document = documents[symbol] else { return .failure(.notFound(understood: understood, detail: "the corpus does not hold \(symbol)")) }
            guard let footnote = document.footnotes.first(where: { $0.number == number }) else {
                let numbers = document.footnotes.map(\.number)
                let detail = if let low = numbers.min(), let high = numbers.max() { "\(symbol) has footnotes \(low)–\(high)" } else { "\(symbol) has no footnotes" }
                return .failure(.notFound(understood: understood, detail: detail))
            }
            return .success(ResolvedCitation(
                input: input, document: document.id, eId: footnote.eId,
                citation: formatter.citation(forFootnote: footnote, in: document)))
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

    /// `ICCPR art. 14(3)(g)` for Covenant provisions, `A/RES/62/148, para. 10` for operative
    /// paragraphs, `<symbol>, heading, line 2` … for the other lines.
    private static func understood(_ symbol: String, _ steps: some Collection<UnitAddress.Step>, chapeau: Bool = false) -> String {
        var text = symbol
        for (index, step) in steps.enumerated() {
            switch step.type {
            case .article: text += " art. \(step.number)"
            case .paragraph: text += index == 0 ? ", para. \(step.number)" : "(\(step.number))"
            case .item: text += "(\(CitationNumbering.letter(step.number)))"
            case .subitem: text += "(\(CitationNumbering.roman(step.number)))"
            case .recital: text += ", preambular para. \(step.number)"
            case .preface: text += ", heading, line \(step.number)"
            case .formula: text += ", formula \(step.number)"
            case .conclusion: text += ", closing, line \(step.number)"
            }
        }
        return chapeau ? text + ", chapeau" : text
    }

    private func resolveUnit(_ input: String, symbol: String, steps: [UnitAddress.Step], chapeau: Bool, units: UnitIndex) -> Result<ResolvedCitation, CitationError> {
        let understood = Self.understood(symbol, steps, chapeau: chapeau)
        guard let document = documents[symbol] else {
            return .failure(.notFound(understood: understood, detail: "the corpus does not hold the \(symbol)"))
        }
        let address = UnitAddress(document: document.id, steps: steps)
        if chapeau {
            guard let eId = aliases.chapeau(at: address) else {
                return .failure(.notFound(understood: understood, detail: "the source prints no separate chapeau of \(Self.understood(symbol, steps)); cite the provision itself"))
            }
            return found(input, document: document, eId: eId, numbering: .official, units: units)
        }
        switch aliases.lookup(address) {
        case .unit(let eId, let numbering):
            return found(input, document: document, eId: eId, numbering: numbering, units: units)
        case .numberedDifferently(let eIds):
            let printed = eIds.compactMap { eId in units.record(document: document.id, eId: eId).map { formatter.citation(for: $0, units: units) } }
            let positions = printed.map { "\($0.english) (printed as \($0.printed?.english ?? $0.english))" }.joined(separator: ", ")
            return .failure(.numberedDifferently(
                understood: understood,
                detail: "\(understood) has no unit of its own in this source, which numbers it differently: it is printed as \(positions) (\(eIds.joined(separator: ", ")))",
                document: document.id, eIds: eIds))
        case .missing:
            return .failure(.notFound(understood: understood, detail: missingDetail(symbol: symbol, document: document, steps: steps)))
        }
    }

    /// What exists at the deepest level of `steps` that does: `ICCPR art. 14 has paragraphs 1–7`.
    private func missingDetail(symbol: String, document: CorpusDocument, steps: [UnitAddress.Step]) -> String {
        var depth = 0
        var address = UnitAddress(document: document.id, steps: [])
        var numbering = UnitAliasTable.Numbering.official
        while depth < steps.count - 1 {
            let next = address.appending(steps[depth].type, steps[depth].number)
            switch aliases.lookup(next) {
            case .unit(_, let found): numbering = found
            case .numberedDifferently: numbering = .official
            case .missing: break
            }
            if aliases.lookup(next) == .missing { break }
            address = next
            depth += 1
        }
        let level = steps[depth]
        let numbers = numbering == .official && !address.steps.isEmpty
            ? aliases.officialNumbers(under: address, type: level.type)
            : aliases.numbers(under: address, type: level.type)
        let names: [UnitType: (String, String)] = [
            .article: ("articles", "articles"), .paragraph: ("paragraphs", "numbered paragraphs"),
            .item: ("items", "items"), .subitem: ("sub-items", "sub-items"),
            .recital: ("preambular paragraphs", "preambular paragraphs"),
            .preface: ("heading lines", "heading lines"), .formula: ("formulas", "formulas"), .conclusion: ("closing lines", "closing lines"),
        ]
        let (plural, none) = names[level.type] ?? ("units", "units")
        let owner = depth == 0 ? (document.kind == .treaty ? "the \(symbol)" : symbol) : Self.understood(symbol, steps.prefix(depth))
        let what = level.type == .paragraph && depth == 0 && document.kind == .resolution ? "operative paragraphs" : plural
        return numbers.isEmpty ? "\(owner) has no \(none)" : "\(owner) has \(what) \(Self.range(numbers, type: level.type))"
    }

    private func resolvePreamble(_ input: String, symbol: String, paragraphs: ClosedRange<Int>, units: UnitIndex) -> Result<ResolvedCitation, CitationError> {
        let numbers = paragraphs.count == 1 ? "para. \(paragraphs.lowerBound)" : "paras. \(paragraphs.lowerBound)–\(paragraphs.upperBound)"
        let understood = symbol == Self.resolutionSymbol ? "\(symbol), preambular \(numbers)" : "\(symbol) preamble, \(numbers)"
        guard let document = documents[symbol] else { return .failure(.notFound(understood: understood, detail: "the corpus does not hold that document")) }
        let groups = aliases.preambleGroups(document: document.id)
        if groups.isEmpty {
            let top = UnitAddress(document: document.id, steps: [])
            guard paragraphs.count == 1, let eId = aliases.eId(at: top.appending(.recital, paragraphs.lowerBound)) else {
                let count = aliases.numbers(under: top, type: .recital).count
                let detail = count == 0 ? "\(symbol) has no preambular paragraphs" : "\(symbol) has preambular paragraphs 1–\(count)"
                return .failure(.notFound(understood: understood, detail: detail))
            }
            return found(input, document: document, eId: eId, numbering: .official, units: units)
        }
        if let exact = groups.first(where: { $0.paragraphs == paragraphs }) {
            return found(input, document: document, eId: exact.eId, numbering: .official, units: units)
        }
        let total = groups.map(\.paragraphs.upperBound).max() ?? 0
        let mapping = groups.enumerated().map { index, group in
            let held = group.paragraphs.count == 1 ? "paragraph \(group.paragraphs.lowerBound)" : "paragraphs \(group.paragraphs.lowerBound)–\(group.paragraphs.upperBound)"
            return "recital \(index + 1) (\(group.eId)) holds \(held)"
        }.joined(separator: ", ")
        let holders = groups.filter { $0.paragraphs.overlaps(paragraphs) }.map(\.eId)
        guard paragraphs.upperBound <= total, !holders.isEmpty else {
            return .failure(.notFound(understood: understood, detail: "the authentic preamble of the \(symbol) has paragraphs 1–\(total); \(mapping)"))
        }
        return .failure(.numberedDifferently(
            understood: understood,
            detail: "the authentic preamble of the \(symbol) has \(total) paragraphs, which this source prints as \(groups.count) recitals: \(mapping); cite a whole recital as ICCPR preamble, paras. \(groups[0].paragraphs.lowerBound)–\(groups[0].paragraphs.upperBound)",
            document: document.id, eIds: holders))
    }

    private func found(_ input: String, document: CorpusDocument, eId: String, numbering: UnitAliasTable.Numbering, units: UnitIndex) -> Result<ResolvedCitation, CitationError> {
        guard let record = units.record(document: document.id, eId: eId) else {
            return .failure(.notFound(understood: input, detail: "unit \(eId) is missing from the index"))
        }
        return .success(ResolvedCitation(
            input: input, document: document.id, eId: eId,
            citation: formatter.citation(for: record, units: units), numbering: numbering))
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
