import DocumentStore

/// A unit with its children, in this fixed key order:
/// `document, language, eId, type, num, ordinal, text, children, footnotes, references, referencedBy,
/// errata, url, citation, parent, previous, next, readingPrevious, readingNext`.
///
/// `children` holds full units of the same shape (recursively), so one request returns a
/// provision with everything under it. `num`, `ordinal`, `parent`, `previous`, `next`,
/// `readingPrevious`, `readingNext` are `null` when absent (reading order: see ``ReadingOrder``).
enum UnitJSON {
    static func write(_ entry: UnitEntry, in document: CatalogDocument, into writer: inout JSONWriter) {
        let unit = entry.unit
        let id = document.id
        writer.beginObject()
        writer.key("document"); writer.identifier(id)
        writer.key("language"); writer.languageTag(document.document.language)
        writer.key("eId"); writer.identifier(unit.eId)
        writer.key("type"); writer.identifier(unit.type.rawValue)
        writer.key("num"); writer.optionalString(unit.num)
        writer.key("ordinal"); writer.optionalInt(unit.ordinal)
        writer.key("text"); writer.string(unit.text)
        writer.key("children")
        writer.beginArray()
        for child in document.children(of: entry) { write(child, in: document, into: &writer) }
        writer.endArray()
        writer.key("footnotes")
        writer.beginArray()
        for reference in unit.footnoteRefs {
            writer.beginObject()
            writer.key("number"); writer.int(reference.number)
            writer.key("offset"); writer.int(reference.offset)
            writer.key("url"); writer.identifier(APIPaths.footnote(id, reference.number))
            writer.endObject()
        }
        writer.endArray()
        writer.key("references"); ReferenceJSON.writeList(entry.references, into: &writer)
        writer.key("referencedBy"); ReferenceJSON.writeList(entry.referencedBy, into: &writer)
        writer.key("errata")
        writer.beginArray()
        for erratum in entry.errata { ErratumJSON.write(erratum, document: id, into: &writer) }
        writer.endArray()
        writer.key("url"); writer.identifier(entry.url)
        writer.key("citation"); CitationJSON.write(entry.citation, into: &writer)
        writer.key("parent"); UnitLinkJSON.writeNeighbour(document: id, eId: entry.record.parent, into: &writer)
        writer.key("previous"); UnitLinkJSON.writeNeighbour(document: id, eId: entry.record.previous, into: &writer)
        writer.key("next"); UnitLinkJSON.writeNeighbour(document: id, eId: entry.record.next, into: &writer)
        writer.key("readingPrevious"); UnitLinkJSON.writeNeighbour(document: id, eId: ReadingOrder.previous(of: entry, in: document), into: &writer)
        writer.key("readingNext"); UnitLinkJSON.writeNeighbour(document: id, eId: ReadingOrder.next(of: entry, in: document), into: &writer)
        writer.endObject()
    }

    /// `{document, eId, type, num, ordinal, url, citation}`: a unit without text or children (lists).
    static func writeSummary(_ entry: UnitEntry, document: String, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("document"); writer.identifier(document)
        writer.key("eId"); writer.identifier(entry.eId)
        writer.key("type"); writer.identifier(entry.unit.type.rawValue)
        writer.key("num"); writer.optionalString(entry.unit.num)
        writer.key("ordinal"); writer.optionalInt(entry.unit.ordinal)
        writer.key("url"); writer.identifier(entry.url)
        writer.key("citation"); CitationJSON.write(entry.citation, into: &writer)
        writer.endObject()
    }

    /// The unit as plain text: its own text, then each descendant on its own line, prefixed by
    /// its label as printed; the unit's own label is left out. Ends with a newline.
    static func plainText(_ entry: UnitEntry, in document: CatalogDocument, convert: TextConversion?) -> String {
        // Label and text are converted separately: both are corpus texts, so both are table lookups.
        func converted(_ text: String) -> String { convert?.apply(text) ?? text }
        var lines: [String] = []
        if !entry.unit.text.isEmpty { lines.append(converted(entry.unit.text)) }
        func appendDescendants(of parent: UnitEntry) {
            for child in document.children(of: parent) {
                let line = converted(child.unit.num ?? "") + converted(child.unit.text)
                if !line.isEmpty { lines.append(line) }
                appendDescendants(of: child)
            }
        }
        appendDescendants(of: entry)
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `{english, chinese, printed}`: ready-to-paste citation strings in the official numbering, and
/// `printed: {english, chinese}` (the source's own numbering) when it differs, else `null`.
enum CitationJSON {
    static func write(_ citation: UnitCitation, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("english"); writer.string(citation.english)
        writer.key("chinese"); writer.string(citation.chinese)
        writer.key("printed")
        if let printed = citation.printed {
            writer.beginObject()
            writer.key("english"); writer.string(printed.english)
            writer.key("chinese"); writer.string(printed.chinese)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.endObject()
    }
}
