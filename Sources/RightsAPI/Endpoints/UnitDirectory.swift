import Foundation
import DocumentStore

/// Finds units by the numbers of the friendly aliases and explains, in words, what exists when a
/// number or eId does not (`articles are 1–53`, `article 14 has paragraphs 1–7`).
enum UnitDirectory {
    /// The unit's name in prose: `article 14`, `article 14 paragraph 3 item 7`, `operative paragraph 10`.
    static func name(of entry: UnitEntry, in document: CatalogDocument) -> String {
        let chain = entry.record.ancestors.compactMap { document.entry(eId: $0) } + [entry]
        return chain.map { singleName(of: $0, topLevel: $0.record.parent == nil, in: document) }.joined(separator: " ")
    }

    private static func singleName(of entry: UnitEntry, topLevel: Bool, in document: CatalogDocument) -> String {
        let noun = noun(for: entry.unit.type, topLevel: topLevel, document: document)
        if let ordinal = entry.unit.ordinal { return "\(noun) \(ordinal)" }
        return entry.eId
    }

    static func noun(for type: UnitType, topLevel: Bool, document: CatalogDocument) -> String {
        switch type {
        case .article: "article"
        case .paragraph: topLevel && document.document.kind == .resolution ? "operative paragraph" : "paragraph"
        case .item: "item"
        case .subitem: "sub-item"
        case .recital: "preambular paragraph"
        case .preface: "preface line"
        case .formula: "formula"
        case .conclusion: "closing line"
        }
    }

    /// `paragraphs 1–7` (or `paragraphs 1, 2, 4` when not contiguous) for units of one type.
    static func range(_ entries: [UnitEntry], plural: String) -> String {
        let ordinals = entries.compactMap(\.unit.ordinal)
        guard let low = ordinals.min(), let high = ordinals.max() else { return "no \(plural)" }
        if ordinals.count == high - low + 1 { return low == high ? "\(plural) \(low)" : "\(plural) \(low)–\(high)" }
        return "\(plural) " + ordinals.map(String.init).joined(separator: ", ")
    }

    /// What the children of `entry` are: `article 14 has paragraphs 1–7`, `article 3 has no paragraphs`.
    static func childrenDescription(of entry: UnitEntry, type: UnitType, in document: CatalogDocument) -> String {
        let children = document.children(of: entry).filter { $0.unit.type == type }
        let plural = noun(for: type, topLevel: false, document: document) + "s"
        if children.isEmpty { return "\(name(of: entry, in: document)) has no \(plural)" }
        return "\(name(of: entry, in: document)) has \(range(children, plural: plural))"
    }

    /// The top-level units of `type` as prose: `articles are 1–53`.
    static func topLevelDescription(_ type: UnitType, in document: CatalogDocument) -> String {
        let entries = document.topLevelUnits(ofType: type)
        let plural = noun(for: type, topLevel: true, document: document) + "s"
        if entries.isEmpty { return "\(document.id) has no \(plural)" }
        if entries.allSatisfy({ $0.unit.ordinal != nil }) { return range(entries, plural: plural).replacingFirst(plural, with: "\(plural) are") }
        return "\(plural) are 1–\(entries.count)"
    }

    /// Why an eId does not exist: names the deepest existing ancestor and its children, or the
    /// document's top-level units.
    static func missingEIdDetail(_ eId: String, in document: CatalogDocument) -> String {
        var parts = eId.components(separatedBy: "__")
        while parts.count > 1 {
            parts.removeLast()
            if let ancestor = document.entry(eId: parts.joined(separator: "__")) {
                let children = document.children(of: ancestor)
                let listing = children.isEmpty ? "it has no sub-units" : "its sub-units are " + eIdRanges(children.map(\.eId))
                return "\(document.id) has no unit '\(eId)'; \(name(of: ancestor, in: document)) is \(ancestor.eId) and \(listing)"
            }
        }
        let top = document.topLevel.map { document.units[$0].eId }
        return "\(document.id) has no unit '\(eId)'; its top-level units are " + eIdRanges(top)
    }

    /// Compresses runs of eIds that differ only in a trailing number: `art_1–art_53, rec_1–rec_2`.
    static func eIdRanges(_ eIds: [String]) -> String {
        var out: [String] = []
        var runStem: String?
        var runFirst = "", runLast = "", runNumber = 0
        func flush() {
            guard runStem != nil else { return }
            out.append(runFirst == runLast ? runFirst : "\(runFirst)–\(runLast)")
            runStem = nil
        }
        for eId in eIds {
            let digits = eId.reversed().prefix { $0.isASCII && $0.isNumber }
            let stem = String(eId.dropLast(digits.count))
            let number = Int(String(digits.reversed())) ?? -1
            if let current = runStem, current == stem, number == runNumber + 1 {
                runLast = eId
                runNumber = number
            } else {
                flush()
                runStem = stem
                runFirst = eId
                runLast = eId
                runNumber = number
            }
        }
        flush()
        return out.joined(separator: ", ")
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
