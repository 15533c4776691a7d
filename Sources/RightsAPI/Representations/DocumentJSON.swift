import DocumentStore

/// Document representations.
///
/// - summary (`/v1/documents` items): `id, symbol, title, titleEnglish, language, kind, dates,
///   counts, links, url`
/// - detail (`/v1/documents/{doc}`): the summary's keys, then `source`, `toc`
/// - full (`/v1/documents/{doc}/full`): the summary's keys, then `source`, `units` (full unit
///   representations), `footnotes`, `errata`, `references`, `discarded`
enum DocumentJSON {
    static func writeSummary(_ document: CatalogDocument, into writer: inout JSONWriter) {
        writer.beginObject()
        writeSummaryMembers(document, into: &writer)
        writer.endObject()
    }

    static func writeDetail(_ document: CatalogDocument, into writer: inout JSONWriter) {
        writer.beginObject()
        writeSummaryMembers(document, into: &writer)
        writeSource(document.document.source, into: &writer)
        writer.key("toc")
        writer.beginArray()
        for index in document.topLevel { writeTOCNode(document.units[index], in: document, into: &writer) }
        writer.endArray()
        writer.endObject()
    }

    static func writeFull(_ document: CatalogDocument, into writer: inout JSONWriter) {
        let d = document.document
        writer.beginObject()
        writeSummaryMembers(document, into: &writer)
        writeSource(d.source, into: &writer)
        writer.key("units")
        writer.beginArray()
        for index in document.topLevel { UnitJSON.write(document.units[index], in: document, into: &writer) }
        writer.endArray()
        writer.key("footnotes")
        writer.beginArray()
        for footnote in d.footnotes { FootnoteJSON.write(footnote, document: d.id, into: &writer) }
        writer.endArray()
        writer.key("errata")
        writer.beginArray()
        for erratum in d.errata { ErratumJSON.write(erratum, document: d.id, into: &writer) }
        writer.endArray()
        writer.key("references"); ReferenceJSON.writeList(d.references, into: &writer)
        writer.key("discarded")
        writer.beginArray()
        for discarded in d.discarded {
            writer.beginObject()
            writer.key("line"); writer.int(discarded.line)
            writer.key("text"); writer.string(discarded.text)
            writer.key("reason"); writer.string(discarded.reason)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    private static func writeSummaryMembers(_ document: CatalogDocument, into writer: inout JSONWriter) {
        let d = document.document
        writer.key("id"); writer.identifier(d.id)
        writer.key("symbol"); writer.string(d.symbol)
        writer.key("title"); writer.string(d.title)
        writer.key("titleEnglish"); writer.optionalString(d.titleEnglish)
        writer.key("language"); writer.languageTag(d.language)
        writer.key("kind"); writer.identifier(d.kind.rawValue)
        writer.key("dates")
        writer.beginArray()
        for date in d.dates {
            writer.beginObject()
            writer.key("kind"); writer.identifier(date.kind)
            writer.key("date"); writer.identifier(date.date)
            writer.key("printed"); writer.string(date.printed)
            // Present only when the source misprints the date: `date` is then the corrected one.
            writer.key("printedDate"); writer.optionalString(date.printedDate)
            writer.key("note"); writer.optionalString(date.note)
            writer.endObject()
        }
        writer.endArray()
        writer.key("counts")
        writer.beginObject()
        writer.key("units"); writer.int(document.units.count)
        writer.key("topLevelUnits"); writer.int(document.topLevel.count)
        writer.key("articles"); writer.int(document.topLevelUnits(ofType: .article).count)
        writer.key("recitals"); writer.int(document.topLevelUnits(ofType: .recital).count)
        writer.key("footnotes"); writer.int(d.footnotes.count)
        writer.key("errata"); writer.int(d.errata.count)
        writer.key("references"); writer.int(d.references.count)
        writer.endObject()
        writer.key("links")
        writer.beginObject()
        writer.key("self"); writer.identifier(APIPaths.document(d.id))
        writer.key("full"); writer.identifier(APIPaths.full(d.id))
        writer.key("footnotes"); writer.identifier(APIPaths.footnotes(d.id))
        writer.key("errata"); writer.identifier(APIPaths.errata(d.id))
        writer.key("crossReferences"); writer.identifier(APIPaths.crossReferences(d.id))
        writer.key("articles"); writer.optionalIdentifier(d.id == APIPaths.covenantID ? APIPaths.articles : nil)
        writer.endObject()
        writer.key("url"); writer.identifier(APIPaths.document(d.id))
    }

    private static func writeSource(_ source: SourceFileInfo, into writer: inout JSONWriter) {
        writer.key("source")
        writer.beginObject()
        writer.key("path"); writer.identifier(source.path)
        writer.key("sha256"); writer.identifier(source.sha256)
        writer.key("bytes"); writer.int(source.bytes)
        writer.key("lines"); writer.int(source.lines)
        writer.endObject()
    }

    /// `{eId, type, num, ordinal, url, children}`: the table of contents, no text.
    private static func writeTOCNode(_ entry: UnitEntry, in document: CatalogDocument, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("eId"); writer.identifier(entry.eId)
        writer.key("type"); writer.identifier(entry.unit.type.rawValue)
        writer.key("num"); writer.optionalString(entry.unit.num)
        writer.key("ordinal"); writer.optionalInt(entry.unit.ordinal)
        writer.key("url"); writer.identifier(entry.url)
        writer.key("children")
        writer.beginArray()
        for child in document.children(of: entry) { writeTOCNode(child, in: document, into: &writer) }
        writer.endArray()
        writer.endObject()
    }
}
