import DocumentStore

/// A source defect: `{document, eId, offset, printed, intended, note, kind, url}`.
enum ErratumJSON {
    static func write(_ erratum: Erratum, document: String, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("document"); writer.identifier(document)
        writer.key("eId"); writer.identifier(erratum.eId)
        writer.key("offset"); writer.int(erratum.offset)
        writer.key("printed"); writer.string(erratum.printed)
        writer.key("intended"); writer.string(erratum.intended)
        writer.key("note"); writer.string(erratum.note)
        writer.key("kind"); writer.identifier(erratum.kind)
        writer.key("url"); writer.identifier(APIPaths.unit(document, erratum.eId))
        writer.endObject()
    }
}
