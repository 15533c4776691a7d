/// The one mapping between unit numbers and eIds, built once at startup from the documents and
/// shared by everything that names units by number: the citation resolver, the alias paths of the
/// API (`/articles/14/paragraphs/3`) and the precomputed alias resources.
///
/// Immutable and `Sendable`; lookups are dictionary reads.
public struct UnitAliasTable: Sendable {
    private let eIds: [UnitAddress: String]
    private let addresses: [String: [String: UnitAddress]]
    /// Address → the numbers of its children, per child type, in document order.
    private let childNumbers: [UnitAddress: [UnitType: [Int]]]

    init(documents: [CorpusDocument]) {
        var eIds: [UnitAddress: String] = [:]
        var addresses: [String: [String: UnitAddress]] = [:]
        var childNumbers: [UnitAddress: [UnitType: [Int]]] = [:]
        func add(_ units: [Unit], under parent: UnitAddress) {
            var positions: [UnitType: Int] = [:]
            for unit in units {
                positions[unit.type, default: 0] += 1
                let number = unit.ordinal ?? positions[unit.type]!
                let address = parent.appending(unit.type, number)
                // The first unit wins should a source ever print a number twice.
                if eIds[address] == nil { eIds[address] = unit.eId }
                addresses[parent.document, default: [:]][unit.eId] = address
                childNumbers[parent, default: [:]][unit.type, default: []].append(number)
                add(unit.children, under: address)
            }
        }
        for document in documents {
            add(document.units, under: UnitAddress(document: document.id, steps: []))
        }
        self.eIds = eIds
        self.addresses = addresses
        self.childNumbers = childNumbers
    }

    /// The eId at `address`, or nil when no unit has these numbers.
    public func eId(at address: UnitAddress) -> String? { eIds[address] }

    /// The numbers of the unit `eId` of `document`.
    public func address(document: String, eId: String) -> UnitAddress? { addresses[document]?[eId] }

    /// The numbers of the units of `type` directly under `address` (the top of the document when
    /// `address.steps` is empty), in document order.
    public func numbers(under address: UnitAddress, type: UnitType) -> [Int] {
        childNumbers[address]?[type] ?? []
    }

    /// Every (address, eId) pair of `document`, in no particular order.
    public func entries(document: String) -> [(address: UnitAddress, eId: String)] {
        (addresses[document] ?? [:]).map { (address: $0.value, eId: $0.key) }
    }
}
