import DocumentStore
import HTTPCore

/// Resolves the friendly alias paths (`articles/{n}/paragraphs/{p}/items/{i}/subitems/{s}`,
/// `articles/{n}/items/{i}`, `preamble/{n}`, `operative/{n}`) to units through the repository's ``UnitAliasTable`` (the
/// same table the citation resolver uses; official numbers first, then printed ones, so both
/// `articles/8/paragraphs/3/items/a` and `articles/8/paragraphs/2/items/1` answer, and
/// `articles/52/items/a` the unit printed as `articles/52/paragraphs/1`); never by guessing eIds. A
/// malformed number is a 400, a missing one a 404 that says what exists.
enum AliasResolver {
    /// The unit types the segments of `articles/{n}/paragraphs/{p}/items/{i}/subitems/{s}` name.
    static let printedPathTypes: [UnitType] = [.article, .paragraph, .item, .subitem]
    /// `articles/{n}/items/{i}`: items directly under an article, as the authentic text numbers
    /// art. 25's and art. 52's (`52(a)`, printed as paragraphs 一、 and 二、).
    static let articleItemPathTypes: [UnitType] = [.article, .item]

    /// `numbers` are the raw path parameters after `articles/`, one per entry of `types` (which
    /// start with `.article`).
    static func covenantUnit(numbers: [String], types: [UnitType] = printedPathTypes, in document: CatalogDocument,
                             aliases: UnitAliasTable) throws(ProblemDetails) -> UnitEntry {
        var address = UnitAddress(document: document.id, steps: [])
        var current: UnitEntry?
        for (position, (raw, type)) in zip(numbers, types).enumerated() {
            let (level, expected) = pathLevel(type)
            guard let number = OrdinalParser.parse(raw, level: level) else {
                throw Problems.badRequest("'\(raw)' is not \(expected)")
            }
            let parent = address
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
                let official = aliases.officialNumbers(under: parent, type: type)
                let detail = if let current, type == .item, !official.isEmpty, document.children(of: current).allSatisfy({ $0.unit.type != .item }) {
                    // Items the authentic text numbers under the article itself (art. 52(a)–(b)).
                    "\(UnitDirectory.name(of: current, in: document)) has items " + official.map { "(\(CitationNumbering.letter($0)))" }.joined(separator: ", ")
                } else if let current {
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

    /// How a path segment naming a unit of `type` is read, and what it must look like.
    private static func pathLevel(_ type: UnitType) -> (OrdinalParser.Level, String) {
        switch type {
        case .paragraph: (.paragraph, "a paragraph number (3, 三 or 第三項)")
        case .item: (.item, "an item number (7, 七, (七), 第七款 or a letter, g)")
        case .subitem: (.subitem, "a sub-item number (1, (1) or 第一目)")
        default: (.article, "an article number (14, 十四 or 第十四條)")
        }
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
