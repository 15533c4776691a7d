import DocumentStore
import HTTPCore

/// Resolves the friendly alias paths (`articles/{n}/paragraphs/{p}/items/{i}/subitems/{s}`,
/// `preamble/{n}`, `operative/{n}`) to units through the repository's ``UnitAliasTable`` (the
/// same table the citation resolver uses; official numbers first, then printed ones, so both
/// `articles/8/paragraphs/3/items/a` and `articles/8/paragraphs/2/items/1` answer); never by guessing eIds. A
/// malformed number is a 400, a missing one a 404 that says what exists.
enum AliasResolver {
    /// `numbers` are the raw path parameters after `articles/`: 1 to 4 of them.
    static func covenantUnit(numbers: [String], in document: CatalogDocument, aliases: UnitAliasTable) throws(ProblemDetails) -> UnitEntry {
        let levels: [(OrdinalParser.Level, UnitType, String)] = [
            (.article, .article, "an article number (14, 十四 or 第十四條)"),
            (.paragraph, .paragraph, "a paragraph number (3, 三 or 第三項)"),
            (.item, .item, "an item number (7, 七, (七) or 第七款)"),
            (.subitem, .subitem, "a sub-item number (1, (1) or 第一目)"),
        ]
        var address = UnitAddress(document: document.id, steps: [])
        var current: UnitEntry?
        for (position, raw) in numbers.enumerated() where position < levels.count {
            let (level, type, expected) = levels[position]
            guard let number = OrdinalParser.parse(raw, level: level) else {
                throw Problems.badRequest("'\(raw)' is not \(expected)")
            }
            address = address.appending(type, number)
            switch aliases.lookup(address) {
            case .unit(let eId, _):
                guard let found = document.entry(eId: eId) else { throw Problems.notFound("there is no unit \(eId)") }
                current = found
            case .numberedDifferently(let eIds) where position < numbers.count - 1:
                // art. 8(3) has no unit of its own, but its items do (printed under 8(2)).
                current = eIds.first.flatMap { document.entry(eId: $0) }
            case .numberedDifferently(let eIds):
                let printed = eIds.compactMap { document.entry(eId: $0) }
                    .map { "\($0.citation.english) (printed as \($0.citation.printed?.english ?? $0.citation.english), \($0.url))" }
                throw Problems.notFound(
                    "the authentic text's \(address.steps.map { "\($0.type.rawValue) \($0.number)" }.joined(separator: ", ")) has no unit of its own in this source, which numbers it differently: see \(printed.joined(separator: ", "))",
                    [("units", eIds.joined(separator: ", "))], type: .numberedDifferently)
            case .missing:
                let detail = if let current {
                    UnitDirectory.childrenDescription(of: current, type: type, in: document)
                } else {
                    UnitDirectory.topLevelDescription(.article, in: document)
                }
                throw Problems.notFound("there is no \(UnitDirectory.noun(for: type, topLevel: current == nil, document: document)) \(number): \(detail)")
            }
        }
        guard let current else { throw Problems.badRequest("no article number given") }
        return current
    }

    /// The `n`-th preambular paragraph (`type` `.recital`, counting from 1 in document order) or
    /// operative paragraph `n` (`.paragraph`, by its printed number) of the resolution.
    static func resolutionUnit(_ type: UnitType, _ raw: String, in document: CatalogDocument, aliases: UnitAliasTable) throws(ProblemDetails) -> UnitEntry {
        let noun = type == .recital ? "preambular paragraph" : "operative paragraph"
        guard let number = OrdinalParser.parse(raw, level: .plain) else {
            throw Problems.badRequest("'\(raw)' is not a \(noun) number (1, 2, …)")
        }
        let top = UnitAddress(document: document.id, steps: [])
        guard let eId = aliases.eId(at: top.appending(type, number)), let entry = document.entry(eId: eId) else {
            let existing = type == .recital
                ? "preambular paragraphs are 1–\(aliases.numbers(under: top, type: .recital).count)"
                : UnitDirectory.topLevelDescription(.paragraph, in: document)
            throw Problems.notFound("there is no \(noun) \(number): \(existing)")
        }
        return entry
    }
}
