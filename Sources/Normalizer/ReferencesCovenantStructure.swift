import DocumentStore

/// Where a unit stands in a document: its ancestors, outermost first, then the unit itself.
struct UnitPath {
    let chain: [Unit]

    var unit: Unit { chain[chain.count - 1] }

    /// The nearest ancestor-or-self of `type`.
    func nearest(_ type: UnitType) -> Unit? {
        chain.last { $0.type == type }
    }

    /// The parent of the nearest ancestor-or-self of `type` (the unit whose list holds it).
    func parent(ofNearest type: UnitType) -> Unit? {
        guard let index = chain.lastIndex(where: { $0.type == type }), index > 0 else { return nil }
        return chain[index - 1]
    }

    /// Calls `body` for every unit of `units` and their descendants, depth-first in document order.
    static func walk(_ units: [Unit], ancestors: [Unit] = [], _ body: (UnitPath) -> Void) {
        for unit in units {
            let path = UnitPath(chain: ancestors + [unit])
            body(path)
            walk(unit.children, ancestors: path.chain, body)
        }
    }
}

/// Finds the Covenant's units by number in the structure the normalizer built.
///
/// A number that names no unit still yields the eId the naming convention gives it
/// (`art_54`), so that validation reports it instead of the reference vanishing.
struct CovenantIndex {
    private let articles: [Int: Unit]

    init(document: CorpusDocument) {
        var articles: [Int: Unit] = [:]
        UnitPath.walk(document.units) { path in
            if path.unit.type == .article, let ordinal = path.unit.ordinal, articles[ordinal] == nil {
                articles[ordinal] = path.unit
            }
        }
        self.articles = articles
    }

    func article(_ number: Int) -> Unit? { articles[number] }

    func articleEId(_ number: Int) -> String {
        articles[number]?.eId ?? "art_\(number)"
    }

    func paragraphEId(article number: Int, paragraph: Int) -> String {
        if let unit = articles[number]?.children.first(where: { $0.type == .paragraph && $0.ordinal == paragraph }) {
            return unit.eId
        }
        return "art_\(number)__para_\(paragraph)"
    }

    func itemEId(article number: Int, paragraph: Int, item: Int) -> String {
        if let unit = articles[number]?.children.first(where: { $0.type == .paragraph && $0.ordinal == paragraph }) {
            return Self.itemEId(in: unit, item: item)
        }
        return "art_\(number)__para_\(paragraph)__list_1__point_\(item)"
    }

    /// Item (`(二)`) number `item` of the list that `parent` holds.
    static func itemEId(in parent: Unit, item: Int) -> String {
        parent.children.first { $0.type == .item && $0.ordinal == item }?.eId
            ?? "\(parent.eId)__list_1__point_\(item)"
    }
}
