import DocumentStore

/// Every static body of the API, rendered once at startup in every variant; plus a table from
/// each canonical path (no query) to its resource, so the common request is one dictionary lookup.
struct StaticResources: Sendable {
    let serviceIndex: PreparedResource
    let health: PreparedResource
    let readiness: PreparedResource
    let openAPI: PreparedResource?
    let documents: PreparedResource
    let crossReferences: PreparedResource
    let perDocument: [String: DocumentResources]
    /// Canonical path → (route, resource), built from the resources above.
    let exactPaths: [String: (route: Route, resource: PreparedResource)]

    init(catalog: CorpusCatalog, conversions: ScriptConversions, openAPIYAML: [UInt8]?) {
        let live = ResponseHeaderSet.liveCacheControl
        serviceIndex = .json(conversions: conversions) { ServiceIndexJSON.write(catalog, into: &$0) }
        health = .json(cacheControl: live, conversions: conversions) { writer in
            writer.beginObject()
            writer.key("status"); writer.identifier("ok")
            writer.endObject()
        }
        readiness = .json(cacheControl: live, conversions: conversions) { writer in
            writer.beginObject()
            writer.key("status"); writer.identifier("ready")
            writer.key("documents"); writer.int(catalog.documents.count)
            writer.key("units"); writer.int(catalog.documents.reduce(0) { $0 + $1.units.count })
            writer.endObject()
        }
        openAPI = openAPIYAML.map {
            .fixed($0, contentType: ResponseHeaderSet.yamlContentType, cacheControl: ResponseHeaderSet.corpusCacheControl)
        }
        documents = .json(conversions: conversions) { writer in
            ListJSON.write(catalog.documents, into: &writer) { document, writer in DocumentJSON.writeSummary(document, into: &writer) }
        }
        crossReferences = .json(conversions: conversions) { writer in
            ListJSON.write(catalog.crossReferences, into: &writer) { reference, writer in ReferenceJSON.write(reference, into: &writer) }
        }

        var perDocument: [String: DocumentResources] = [:]
        var paths: [String: (route: Route, resource: PreparedResource)] = [
            "/": (.serviceIndex, serviceIndex), "/healthz": (.health, health), "/readyz": (.readiness, readiness),
            APIPaths.documents: (.documents, documents), APIPaths.crossReferencesAll: (.crossReferences, crossReferences),
        ]
        if let openAPI { paths["/openapi.yaml"] = (.openAPI, openAPI) }
        for document in catalog.documents {
            let resources = StaticResources.build(document, conversions: conversions)
            perDocument[document.id] = resources
            let id = document.id
            paths[APIPaths.document(id)] = (.document, resources.detail)
            paths[APIPaths.full(id)] = (.fullDocument, resources.full)
            paths[APIPaths.footnotes(id)] = (.footnotes, resources.footnotes)
            paths[APIPaths.errata(id)] = (.errata, resources.errata)
            for (number, resource) in resources.footnoteByNumber { paths[APIPaths.footnote(id, number)] = (.footnote, resource) }
            for (entry, resource) in zip(document.units, resources.units) {
                paths[entry.url] = (.provision, resource)
                if let alias = StaticResources.aliasPath(entry, in: document) { paths[alias.path] = (alias.route, resource) }
            }
            if let articles = resources.articles { paths[APIPaths.articles] = (.articles, articles) }
        }
        self.perDocument = perDocument
        self.exactPaths = paths
    }

    private static func build(_ document: CatalogDocument, conversions: ScriptConversions) -> DocumentResources {
        let id = document.id
        let units = ConcurrentMap.map(document.units) { entry in
            PreparedResource.json(vary: "Accept", conversions: conversions,
                                  write: { UnitJSON.write(entry, in: document, into: &$0, reading: document.reading) },
                                  plainText: { UnitJSON.plainText(entry, in: document, convert: $0) },
                                  akomaNtoso: { AkomaNtosoWriter.portion(entry, in: document, convert: $0) })
        }
        var footnotes: [Int: PreparedResource] = [:]
        for footnote in document.document.footnotes {
            footnotes[footnote.number] = .json(conversions: conversions) { FootnoteJSON.write(footnote, document: id, into: &$0) }
        }
        let articles: PreparedResource? = id == APIPaths.covenantID ? .json(conversions: conversions) { writer in
            ListJSON.write(document.topLevelUnits(ofType: .article), into: &writer) { entry, writer in
                UnitJSON.writeSummary(entry, document: id, into: &writer)
            }
        } : nil
        return DocumentResources(
            detail: .json(vary: "Accept", conversions: conversions,
                          write: { DocumentJSON.writeDetail(document, into: &$0) },
                          akomaNtoso: { AkomaNtosoWriter.document(document, convert: $0) }),
            full: .json(vary: "Accept", conversions: conversions,
                        write: { DocumentJSON.writeFull(document, into: &$0) },
                        akomaNtoso: { AkomaNtosoWriter.document(document, convert: $0) }),
            footnotes: .json(conversions: conversions) { writer in
                ListJSON.write(document.document.footnotes, into: &writer) { footnote, writer in
                    FootnoteJSON.write(footnote, document: id, into: &writer)
                }
            },
            errata: .json(conversions: conversions) { writer in
                ListJSON.write(document.document.errata, into: &writer) { erratum, writer in
                    ErratumJSON.write(erratum, document: id, into: &writer)
                }
            },
            units: units,
            footnoteByNumber: footnotes,
            articles: articles
        )
    }

    /// The alias path with Arabic numbers (`/v1/documents/iccpr/articles/14/paragraphs/3`), if the unit has one.
    static func aliasPath(_ entry: UnitEntry, in document: CatalogDocument) -> (path: String, route: Route)? {
        if document.id == APIPaths.covenantID {
            let chain = entry.record.ancestors.compactMap { document.entry(eId: $0) } + [entry]
            let expected: [UnitType] = [.article, .paragraph, .item, .subitem]
            guard chain.count <= expected.count, zip(chain, expected).allSatisfy({ $0.unit.type == $1 }) else { return nil }
            let ordinals = chain.compactMap(\.unit.ordinal)
            guard ordinals.count == chain.count else { return nil }
            let names = ["articles", "paragraphs", "items", "subitems"]
            let routes: [Route] = [.article, .articleParagraph, .articleItem, .articleSubitem]
            let path = zip(names, ordinals).map { "/\($0)/\($1)" }.joined()
            return (APIPaths.document(document.id) + path, routes[chain.count - 1])
        }
        if document.id == APIPaths.resolutionID, entry.record.parent == nil {
            if entry.unit.type == .paragraph, let ordinal = entry.unit.ordinal {
                return (APIPaths.document(document.id) + "/operative/\(ordinal)", .operativeParagraph)
            }
            if entry.unit.type == .recital,
               let position = document.topLevelUnits(ofType: .recital).firstIndex(where: { $0.eId == entry.eId }) {
                return (APIPaths.document(document.id) + "/preamble/\(position + 1)", .preambleParagraph)
            }
        }
        return nil
    }

    var storedBytes: Int {
        [serviceIndex, health, readiness, documents, crossReferences].reduce(0) { $0 + $1.storedBytes }
            + (openAPI?.storedBytes ?? 0) + perDocument.values.reduce(0) { $0 + $1.storedBytes }
    }
}
