/// A unit with its JSON path in its file and its ancestors, in depth-first document order.
struct FlattenedUnit: Sendable {
    let unit: Unit
    /// `$.units[3].children[0]`
    let jsonPath: String
    /// eIds of the ancestors, outermost first.
    let ancestors: [String]

    /// Every unit of `document`, depth-first (a unit before its children, children in order).
    static func flatten(_ document: CorpusDocument) -> [FlattenedUnit] {
        var result: [FlattenedUnit] = []
        func visit(_ units: [Unit], path: String, ancestors: [String]) {
            for (index, unit) in units.enumerated() {
                let unitPath = "\(path)[\(index)]"
                result.append(FlattenedUnit(unit: unit, jsonPath: unitPath, ancestors: ancestors))
                if !unit.children.isEmpty {
                    visit(unit.children, path: unitPath + ".children", ancestors: ancestors + [unit.eId])
                }
            }
        }
        visit(document.units, path: "$.units", ancestors: [])
        return result
    }
}
