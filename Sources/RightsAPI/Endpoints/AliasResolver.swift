import DocumentStore
import HTTPCore

/// Resolves the friendly alias paths (`articles/{n}/paragraphs/{p}/items/{i}/subitems/{s}`,
/// `preamble/{n}`, `operative/{n}`) to units through the repository's ``UnitAliasTable`` (the
/// same table the citation resolver uses); never by guessing eIds. A malformed number is a 400,
/// a missing one a 404 that says what exists.
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
            guard let eId = aliases.eId(at: address), let found = document.entry(eId: eId) else {
                let detail = if let current {
                    UnitDirectory.childrenDescription(of: current, type: type, in: document)
                } else {
                    UnitDirectory.topLevelDescription(.article, in: document)
                }
                throw Problems.notFound("there is no \(UnitDirectory.noun(for: type, topLevel: current == nil, document: document)) \(number): \(detail)")
            }
            current = found
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
