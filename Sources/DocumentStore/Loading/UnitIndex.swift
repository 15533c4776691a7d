/// eId → ``UnitRecord`` for every unit of every document, and each document's units in order.
///
/// `previous` / `next` are the adjacent siblings of the same type: the units before and after
/// under the same parent (or at the top level) that have the same ``UnitType``, in document
/// order. So `art_14.previous` is `art_13` and `art_14.next` is `art_15`; `para_10` sits between
/// `para_9` and `para_11`; `art_14__para_1.previous` is nil (the first paragraph of its
/// article); the first operative paragraph has no `previous` (the recitals before it are of
/// another type). Navigation into another parent goes through `parent`.
struct UnitIndex: Sendable {
    private let records: [String: [String: UnitRecord]]
    private let ordered: [String: [UnitRecord]]

    init(unitsByDocument: [String: [FlattenedUnit]]) {
        var records: [String: [String: UnitRecord]] = [:]
        var ordered: [String: [UnitRecord]] = [:]
        for (document, units) in unitsByDocument {
            // Siblings of the same type: group by (parent, type), keep document order.
            var neighbours: [String: (previous: String?, next: String?)] = [:]
            var lastOfGroup: [String: String] = [:]
            for flat in units {
                let group = (flat.ancestors.last ?? "") + "|" + flat.unit.type.rawValue
                let previous = lastOfGroup[group]
                if let previous { neighbours[previous, default: (nil, nil)].next = flat.unit.eId }
                neighbours[flat.unit.eId, default: (nil, nil)].previous = previous
                lastOfGroup[group] = flat.unit.eId
            }
            var byID: [String: UnitRecord] = [:]
            var list: [UnitRecord] = []
            byID.reserveCapacity(units.count)
            list.reserveCapacity(units.count)
            for flat in units {
                let around = neighbours[flat.unit.eId]
                let record = UnitRecord(
                    document: document, unit: flat.unit, ancestors: flat.ancestors,
                    parent: flat.ancestors.last, previous: around?.previous, next: around?.next)
                byID[flat.unit.eId] = record
                list.append(record)
            }
            records[document] = byID
            ordered[document] = list
        }
        self.records = records
        self.ordered = ordered
    }

    func record(document: String, eId: String) -> UnitRecord? { records[document]?[eId] }

    func units(document: String) -> [UnitRecord] { ordered[document] ?? [] }

    var unitCount: Int { ordered.values.reduce(0) { $0 + $1.count } }
}
