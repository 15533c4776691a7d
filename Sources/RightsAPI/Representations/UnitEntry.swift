import DocumentStore

/// Everything the representations need about one unit, gathered once at startup.
struct UnitEntry: Sendable {
    let record: UnitRecord
    let url: String
    let citation: UnitCitation
    /// Outgoing references (this unit's text refers to them).
    let references: [CrossReference]
    /// Incoming references (other units refer to this one), thematic links included.
    let referencedBy: [CrossReference]
    let errata: [Erratum]
    /// Indexes of the children in `CatalogDocument.units`, in document order.
    let children: [Int]

    var unit: Unit { record.unit }
    var eId: String { record.unit.eId }
}
