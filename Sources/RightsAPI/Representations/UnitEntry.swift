import DocumentStore

/// Everything the representations need about one unit, gathered once at startup. A class, so
/// that handing an entry around is one reference, not a copy of every field.
final class UnitEntry: Sendable {
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

    init(record: UnitRecord, url: String, citation: UnitCitation, references: [CrossReference],
         referencedBy: [CrossReference], errata: [Erratum], children: [Int]) {
        self.record = record
        self.url = url
        self.citation = citation
        self.references = references
        self.referencedBy = referencedBy
        self.errata = errata
        self.children = children
    }

    var unit: Unit { record.unit }
    var eId: String { record.unit.eId }
}
