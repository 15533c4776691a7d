import DocumentStore

/// One document with its units indexed for the representations (a class: passed by reference).
final class CatalogDocument: Sendable {
    let document: CorpusDocument
    /// Depth-first document order.
    let units: [UnitEntry]
    let unitIndex: [String: Int]
    /// Indexes of the top-level units.
    let topLevel: [Int]
    /// Ready-to-paste citations of the footnotes, by number (`A/RES/62/148, fn. 5`).
    let footnoteCitations: [Int: UnitCitation]
    /// Whether texts are as printed or with the recorded errata applied (`?reading=corrected`).
    let reading: TextReading

    init(document: CorpusDocument, units: [UnitEntry], unitIndex: [String: Int], topLevel: [Int],
         footnoteCitations: [Int: UnitCitation], reading: TextReading = .printed) {
        self.document = document
        self.units = units
        self.unitIndex = unitIndex
        self.topLevel = topLevel
        self.footnoteCitations = footnoteCitations
        self.reading = reading
    }

    var id: String { document.id }

    func entry(eId: String) -> UnitEntry? {
        unitIndex[eId].map { units[$0] }
    }

    /// Top-level units of `type` in document order.
    func topLevelUnits(ofType type: UnitType) -> [UnitEntry] {
        topLevel.map { units[$0] }.filter { $0.unit.type == type }
    }

    func children(of entry: UnitEntry) -> [UnitEntry] {
        entry.children.map { units[$0] }
    }
}
