/// `GET /`: `{name, description, version, links, documents}`.
enum ServiceIndexJSON {
    static let version = "1.0.0"

    static func write(_ catalog: CorpusCatalog, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("name"); writer.identifier("RightsAPI")
        writer.key("description")
        writer.identifier("Two UN human-rights texts in Chinese as structured, citable data: GA resolution A/RES/62/148 and the ICCPR.")
        writer.key("version"); writer.identifier(version)
        writer.key("links")
        writer.beginObject()
        writer.key("documents"); writer.identifier(APIPaths.documents)
        writer.key("articles"); writer.identifier(APIPaths.articles)
        writer.key("crossReferences"); writer.identifier(APIPaths.crossReferencesAll)
        writer.key("search"); writer.identifier(APIPaths.search + "?q={q}")
        writer.key("resolve"); writer.identifier(APIPaths.resolve + "?cite={cite}")
        writer.key("openapi"); writer.identifier("/openapi.yaml")
        writer.key("health"); writer.identifier("/healthz")
        writer.key("readiness"); writer.identifier("/readyz")
        writer.key("metrics"); writer.identifier("/metrics")
        writer.endObject()
        writer.key("documents")
        writer.beginArray()
        for document in catalog.documents {
            writer.beginObject()
            writer.key("id"); writer.identifier(document.id)
            writer.key("title"); writer.string(document.document.title)
            writer.key("url"); writer.identifier(APIPaths.document(document.id))
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }
}
