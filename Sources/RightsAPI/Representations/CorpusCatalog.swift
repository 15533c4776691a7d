import DocumentStore

/// The corpus as the API presents it: every document with its units, their citations and their
/// references in and out, read once from the repository at startup; immutable afterwards.
struct CorpusCatalog: Sendable {
    /// Ordered by id.
    let documents: [CatalogDocument]
    let crossReferences: [CrossReference]

    init(repository: DocumentRepository) {
        var documents: [CatalogDocument] = []
        for document in repository.documents {
            let records = repository.units(document: document.id)
            var index: [String: Int] = [:]
            for (position, record) in records.enumerated() { index[record.unit.eId] = position }
            var errataByEId: [String: [Erratum]] = [:]
            for erratum in document.errata { errataByEId[erratum.eId, default: []].append(erratum) }
            let entries = records.map { record in
                UnitEntry(
                    record: record,
                    url: APIPaths.unit(document.id, record.unit.eId),
                    citation: repository.citation(for: record),
                    references: repository.references(from: document.id, eId: record.unit.eId),
                    referencedBy: repository.references(to: document.id, eId: record.unit.eId),
                    errata: errataByEId[record.unit.eId] ?? [],
                    children: record.unit.children.compactMap { index[$0.eId] }
                )
            }
            let topLevel = document.units.compactMap { index[$0.eId] }
            var footnoteCitations: [Int: UnitCitation] = [:]
            for footnote in document.footnotes {
                footnoteCitations[footnote.number] = repository.citation(forFootnote: footnote.number, document: document.id)
            }
            documents.append(CatalogDocument(document: document, units: entries, unitIndex: index, topLevel: topLevel,
                                             footnoteCitations: footnoteCitations))
        }
        self.documents = documents.sorted { $0.id < $1.id }
        self.crossReferences = repository.crossReferences
    }

    func document(_ id: String) -> CatalogDocument? {
        documents.first { $0.id == id }
    }

    var documentIDs: [String] { documents.map(\.id) }

    /// Every text a response can contain, for the script-conversion tables.
    var allTexts: Set<String> {
        var texts = Set<String>()
        for document in documents {
            let d = document.document
            texts.formUnion([d.title, d.symbol] + d.dates.map(\.printed) + d.discarded.map(\.text) + d.discarded.map(\.reason))
            texts.formUnion(d.dates.compactMap(\.note))
            if let english = d.titleEnglish { texts.insert(english) }
            for entry in document.units {
                texts.insert(entry.unit.text)
                if let num = entry.unit.num { texts.insert(num) }
                texts.insert(entry.citation.chinese)
                texts.insert(entry.citation.english)
                if let printed = entry.citation.printed { texts.formUnion([printed.english, printed.chinese]) }
            }
            for footnote in d.footnotes {
                texts.insert(footnote.text)
                texts.formUnion(FootnoteJSON.citationTexts(footnote))
            }
            for citation in document.footnoteCitations.values { texts.formUnion([citation.english, citation.chinese]) }
            for erratum in d.errata { texts.formUnion([erratum.printed, erratum.intended, erratum.note]) }
        }
        for reference in crossReferences {
            texts.insert(reference.text)
            if let rationale = reference.rationale { texts.insert(rationale) }
            if let name = reference.external?.name { texts.insert(name) }
        }
        return texts
    }
}
