/// The one mapping between unit numbers and eIds, built once at startup from the documents and
/// shared by everything that names units by number: the citation formatter and resolver, the
/// alias paths of the API (`/articles/14/paragraphs/3`) and the precomputed alias resources.
///
/// Two numberings: as **printed** in the source (the tree and the eIds follow it) and the
/// **official** numbering of the authentic text (``OfficialNumbering``; the same except for a few
/// provisions of the Covenant). ``lookup(_:)`` reads an address in the official numbering first,
/// then as printed.
///
/// Immutable and `Sendable`; lookups are dictionary reads.
public struct UnitAliasTable: Sendable {
    public enum Numbering: String, Sendable {
        case official, printed
    }

    /// What an address names.
    public enum Lookup: Sendable, Equatable {
        /// The unit `eId`, found in `numbering`.
        case unit(eId: String, numbering: Numbering)
        /// No unit has this address, but the source prints the provision differently: `eIds` are
        /// the printed units that hold it (or its parts), outermost first.
        case numberedDifferently(eIds: [String])
        case missing
    }

    private let printed: [UnitAddress: String]
    private let printedAddresses: [String: [String: UnitAddress]]
    private let official: [UnitAddress: String]
    private let officialAddresses: [String: [String: UnitAddress]]
    private let chapeaus: [UnitAddress: String]
    private let chapeauAddresses: [String: [String: UnitAddress]]
    /// Printed address → the numbers of its children, per child type, in document order.
    private let childNumbers: [UnitAddress: [UnitType: [Int]]]
    /// Per document: the authentic preamble paragraphs each printed recital holds.
    private let preambles: [String: [(paragraphs: ClosedRange<Int>, eId: String)]]

    init(documents: [CorpusDocument]) {
        var printed: [UnitAddress: String] = [:]
        var printedAddresses: [String: [String: UnitAddress]] = [:]
        var childNumbers: [UnitAddress: [UnitType: [Int]]] = [:]
        var ordered: [(address: UnitAddress, eId: String)] = []
        func add(_ units: [Unit], under parent: UnitAddress) {
            var positions: [UnitType: Int] = [:]
            for unit in units {
                positions[unit.type, default: 0] += 1
                let number = unit.ordinal ?? positions[unit.type]!
                let address = parent.appending(unit.type, number)
                // The first unit wins should a source ever print a number twice.
                if printed[address] == nil { printed[address] = unit.eId }
                printedAddresses[parent.document, default: [:]][unit.eId] = address
                childNumbers[parent, default: [:]][unit.type, default: []].append(number)
                ordered.append((address, unit.eId))
                add(unit.children, under: address)
            }
        }
        var preambles: [String: [(paragraphs: ClosedRange<Int>, eId: String)]] = [:]
        for document in documents {
            add(document.units, under: UnitAddress(document: document.id, steps: []))
            let groups = OfficialNumbering.preambleGroups(document: document.id)
            let recitals = document.units.filter { $0.type == .recital }
            if !groups.isEmpty && groups.count == recitals.count {
                preambles[document.id] = zip(groups, recitals).map { ($0, $1.eId) }
            }
        }
        var official: [UnitAddress: String] = [:]
        var officialAddresses: [String: [String: UnitAddress]] = [:]
        var chapeaus: [UnitAddress: String] = [:]
        var chapeauAddresses: [String: [String: UnitAddress]] = [:]
        for (address, eId) in ordered {
            if let authentic = OfficialNumbering.official(address) {
                if official[authentic] == nil { official[authentic] = eId }
                officialAddresses[address.document, default: [:]][eId] = authentic
            }
            if let provision = OfficialNumbering.chapeau(of: address) {
                chapeaus[provision] = eId
                chapeauAddresses[address.document, default: [:]][eId] = provision
            }
        }
        self.printed = printed
        self.printedAddresses = printedAddresses
        self.official = official
        self.officialAddresses = officialAddresses
        self.chapeaus = chapeaus
        self.chapeauAddresses = chapeauAddresses
        self.childNumbers = childNumbers
        self.preambles = preambles
    }

    /// The eId at `address` in the printed numbering, or nil when no unit has these numbers.
    public func eId(at address: UnitAddress) -> String? { printed[address] }

    /// Reads `address` in the official numbering, then as printed; when neither has a unit
    /// there, says which printed units hold the provision if the source numbers it differently.
    public func lookup(_ address: UnitAddress) -> Lookup {
        if let eId = official[address] { return .unit(eId: eId, numbering: .official) }
        if let eId = printed[address] { return .unit(eId: eId, numbering: .printed) }
        let inside = (officialAddresses[address.document] ?? [:])
            .filter { $0.value.steps.count > address.steps.count && Array($0.value.steps.prefix(address.steps.count)) == address.steps }
        guard let depth = inside.values.map(\.steps.count).min() else { return .missing }
        let holders = inside.filter { $0.value.steps.count == depth }.map(\.key)
        return .numberedDifferently(eIds: holders.sorted { (printedAddresses[address.document]?[$0]?.steps.last?.number ?? 0) < (printedAddresses[address.document]?[$1]?.steps.last?.number ?? 0) })
    }

    /// The printed numbers of the unit `eId` of `document`.
    public func address(document: String, eId: String) -> UnitAddress? { printedAddresses[document]?[eId] }

    /// The official numbers of the unit, or nil when it has none of its own (a chapeau, a
    /// recital of a preamble the source groups differently).
    public func officialAddress(document: String, eId: String) -> UnitAddress? { officialAddresses[document]?[eId] }

    /// The official provision whose opening words (chapeau) the unit holds, if any (art. 25).
    public func chapeauOf(document: String, eId: String) -> UnitAddress? { chapeauAddresses[document]?[eId] }

    /// The unit holding the chapeau of the official provision at `address`.
    public func chapeau(at address: UnitAddress) -> String? { chapeaus[address] }

    /// The authentic preamble paragraphs each printed recital of `document` holds, in order;
    /// empty when the source prints the preamble as the authentic text numbers it.
    public func preambleGroups(document: String) -> [(paragraphs: ClosedRange<Int>, eId: String)] {
        preambles[document] ?? []
    }

    /// The printed numbers of the units of `type` directly under `address` (the top of the
    /// document when `address.steps` is empty), in document order.
    public func numbers(under address: UnitAddress, type: UnitType) -> [Int] {
        childNumbers[address]?[type] ?? []
    }

    /// The official numbers of the units of `type` directly under the official `address`.
    public func officialNumbers(under address: UnitAddress, type: UnitType) -> [Int] {
        (officialAddresses[address.document] ?? [:]).values
            .filter { $0.steps.count == address.steps.count + 1 && $0.parent == address && $0.steps.last?.type == type }
            .compactMap { $0.steps.last?.number }.sorted()
    }

    /// Every (address, eId) pair of `document` in the printed numbering, in no particular order.
    public func entries(document: String) -> [(address: UnitAddress, eId: String)] {
        (printedAddresses[document] ?? [:]).map { (address: $0.value, eId: $0.key) }
    }
}
