import DocumentStore
import HTTPCore

/// Resolves the friendly alias paths (`articles/{n}/paragraphs/{p}/items/{i}/subitems/{s}`,
/// `preamble/{n}`, `operative/{n}`) to units by walking the tree by type and ordinal; never by
/// guessing eIds. A malformed number is a 400, a missing one a 404 that says what exists.
enum AliasResolver {
    /// `numbers` are the raw path parameters after `articles/`: 1 to 4 of them.
    static func covenantUnit(numbers: [String], in document: CatalogDocument) throws(ProblemDetails) -> UnitEntry {
        let levels: [(OrdinalParser.Level, UnitType, String)] = [
            (.article, .article, "an article number (14, 十四 or 第十四條)"),
            (.paragraph, .paragraph, "a paragraph number (3, 三 or 第三項)"),
            (.item, .item, "an item number (7, 七, (七) or 第七款)"),
            (.subitem, .subitem, "a sub-item number (1, (1) or 第一目)"),
        ]
        var current: UnitEntry?
        for (position, raw) in numbers.enumerated() {
            let (level, type, expected) = levels[position]
            guard let number = OrdinalParser.parse(raw, level: level) else {
                throw Problems.badRequest("'\(raw)' is not \(expected)")
            }
            let candidates = current.map { document.children(of: $0) } ?? document.topLevel.map { document.units[$0] }
            guard let found = candidates.first(where: { $0.unit.type == type && $0.unit.ordinal == number }) else {
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

    /// The `n`-th preambular paragraph (recital) of the resolution, counting from 1 in document order.
    static func recital(_ raw: String, in document: CatalogDocument) throws(ProblemDetails) -> UnitEntry {
        guard let number = OrdinalParser.parse(raw, level: .plain) else {
            throw Problems.badRequest("'\(raw)' is not a preambular paragraph number (1, 2, …)")
        }
        let recitals = document.topLevelUnits(ofType: .recital)
        guard number >= 1, number <= recitals.count else {
            throw Problems.notFound("there is no preambular paragraph \(number): preambular paragraphs are 1–\(recitals.count)")
        }
        return recitals[number - 1]
    }

    /// Operative paragraph `n` of the resolution (by its printed number).
    static func operativeParagraph(_ raw: String, in document: CatalogDocument) throws(ProblemDetails) -> UnitEntry {
        guard let number = OrdinalParser.parse(raw, level: .plain) else {
            throw Problems.badRequest("'\(raw)' is not an operative paragraph number (1, 2, …)")
        }
        let paragraphs = document.topLevelUnits(ofType: .paragraph)
        guard let found = paragraphs.first(where: { $0.unit.ordinal == number }) else {
            throw Problems.notFound("there is no operative paragraph \(number): \(UnitDirectory.topLevelDescription(.paragraph, in: document))")
        }
        return found
    }
}
