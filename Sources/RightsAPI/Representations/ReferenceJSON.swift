import DocumentStore

/// A cross-reference: `{id, type, text, source, targets, printedTargets, external, rationale}`.
enum ReferenceJSON {
    static func write(_ reference: CrossReference, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id"); writer.identifier(reference.id)
        writer.key("type"); writer.identifier(reference.type.rawValue)
        writer.key("text"); writer.string(reference.text)
        writer.key("source")
        if let source = reference.source {
            writer.beginObject()
            writer.key("document"); writer.identifier(source.document)
            writer.key("eId"); writer.identifier(source.eId)
            writer.key("start"); writer.int(source.start)
            writer.key("end"); writer.int(source.end)
            writer.key("url"); writer.identifier(APIPaths.unit(source.document, source.eId))
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("targets")
        writer.beginArray()
        for target in reference.targets { UnitLinkJSON.write(document: target.document, eId: target.eId, into: &writer) }
        writer.endArray()
        // Only for a printed reference that names the wrong unit (a `reference` erratum): the unit it names as printed.
        writer.key("printedTargets")
        if let printed = reference.printedTargets {
            writer.beginArray()
            for target in printed { UnitLinkJSON.write(document: target.document, eId: target.eId, into: &writer) }
            writer.endArray()
        } else {
            writer.null()
        }
        writer.key("external")
        if let external = reference.external {
            writer.beginObject()
            writer.key("instrument"); writer.string(external.instrument)
            writer.key("article"); writer.optionalInt(external.article)
            writer.key("symbol"); writer.optionalString(external.symbol)
            writer.key("name"); writer.optionalString(external.name)
            writer.key("treatySeries"); TreatySeriesJSON.write(external.treatySeries, into: &writer)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("rationale"); writer.optionalString(reference.rationale)
        writer.endObject()
    }

    static func writeList(_ references: [CrossReference], into writer: inout JSONWriter) {
        writer.beginArray()
        for reference in references { write(reference, into: &writer) }
        writer.endArray()
    }
}

/// A link to a unit: `{document, eId, url}`.
enum UnitLinkJSON {
    static func write(document: String, eId: String, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("document"); writer.identifier(document)
        writer.key("eId"); writer.identifier(eId)
        writer.key("url"); writer.identifier(APIPaths.unit(document, eId))
        writer.endObject()
    }

    /// `{eId, url}` or `null` (parent / previous / next).
    static func writeNeighbour(document: String, eId: String?, into writer: inout JSONWriter) {
        guard let eId else {
            writer.null()
            return
        }
        writer.beginObject()
        writer.key("eId"); writer.identifier(eId)
        writer.key("url"); writer.identifier(APIPaths.unit(document, eId))
        writer.endObject()
    }
}
