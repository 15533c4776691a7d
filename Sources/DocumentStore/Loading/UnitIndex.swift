/// eId → ``UnitRecord`` for every unit of every document, and each document's units in order.
///
/// `previous` / `next` follow reading order among siblings: the units just before and after under
/// the same parent (or at the top level), whatever their type. So `art_14.previous` is `art_13`,
/// the enacting formula's `next` is `art_1`, the last recital's `next` is the first operative
/// paragraph, `art_53.next` is the testimonium; `art_14__para_1.previous` is nil (the first
/// paragraph of its article). Navigation into another parent goes through `parent`.
struct UnitIndex: Sendable {
    private let records: [String: [String: UnitRecord]]
    private let ordered: [String: [UnitRecord]]

    init(unitsByDocument: [String: [FlattenedUnit]]) {
        var records: [String: [String: UnitRecord]] = [:]
        var ordered: [String: [UnitRecord]] = [:]
        for (document, units) in unitsByDocument {
            // Siblings in reading order: group by parent, keep document order.
            var neighbours: [String: (previous: String?, next: String?)] = [:]
            var lastOfGroup: [String: String] = [:]
            for flat in units {
                let group = flat.ancestors.last ?? ""
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
