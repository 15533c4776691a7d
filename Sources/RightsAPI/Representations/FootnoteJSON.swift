import DocumentStore

/// A footnote: `{document, number, eId, text, citation, anchors, url}`; `citation` is the
/// structured citation `{kind, ibid, repeatsFootnote, treatySeries, resolution, symbols,
/// officialRecords, english}` with `null` for parts that do not apply.
enum FootnoteJSON {
    static func write(_ footnote: Footnote, document: String, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("document"); writer.identifier(document)
        writer.key("number"); writer.int(footnote.number)
        writer.key("eId"); writer.identifier(footnote.eId)
        writer.key("text"); writer.string(footnote.text)
        writer.key("citation"); writeCitation(footnote.citation, into: &writer)
        writer.key("anchors")
        writer.beginArray()
        for anchor in footnote.anchors {
            writer.beginObject()
            writer.key("eId"); writer.identifier(anchor.eId)
            writer.key("offset"); writer.int(anchor.offset)
            writer.key("url"); writer.identifier(APIPaths.unit(document, anchor.eId))
            writer.endObject()
        }
        writer.endArray()
        writer.key("url"); writer.identifier(APIPaths.footnote(document, footnote.number))
        writer.endObject()
    }

    static func writeCitation(_ citation: FootnoteCitation, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("kind"); writer.identifier(citation.kind)
        writer.key("ibid"); writer.bool(citation.ibid)
        writer.key("repeatsFootnote"); writer.optionalInt(citation.repeatsFootnote)
        writer.key("treatySeries"); TreatySeriesJSON.write(citation.treatySeries, into: &writer)
        writer.key("resolution")
        if let resolution = citation.resolution {
            writer.beginObject()
            writer.key("number"); writer.identifier(resolution.number)
            writer.key("annex"); writer.bool(resolution.annex)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("symbols")
        writer.beginArray()
        for symbol in citation.symbols { writer.identifier(symbol) }
        writer.endArray()
        writer.key("officialRecords")
        if let records = citation.officialRecords {
            writer.beginObject()
            writer.key("body"); writer.string(records.body)
            writer.key("session"); writer.int(records.session)
            writer.key("supplement"); writer.int(records.supplement)
            writer.key("symbol"); writer.optionalIdentifier(records.symbol)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("english"); writer.optionalString(citation.english)
        writer.endObject()
    }

    /// The texts inside a footnote's structured citation (for the script tables).
    static func citationTexts(_ footnote: Footnote) -> [String] {
        [footnote.citation.officialRecords?.body, footnote.citation.english].compactMap { $0 }
    }
}
