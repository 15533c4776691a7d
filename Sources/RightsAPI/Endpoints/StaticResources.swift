import DocumentStore

/// Every static body of the API, rendered once at startup in every variant; plus a table from
/// each canonical path (no query) to its route template and resource, so the common request is
/// one dictionary lookup. Alias paths come from the repository's ``UnitAliasTable`` through
/// ``AliasPaths``.
struct StaticResources: Sendable {
    let serviceIndex: PreparedResource
    let health: PreparedResource
    let readiness: PreparedResource
    let openAPI: PreparedResource?
    let documents: PreparedResource
    let crossReferences: PreparedResource
    let perDocument: [String: DocumentResources]
    /// Canonical path → (route template, resource), built from the resources above.
    let exactPaths: [String: (template: String, resource: PreparedResource)]

    init(catalog: CorpusCatalog, aliases: UnitAliasTable, conversions: ScriptConversions, openAPIYAML: [UInt8]?) {
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
        var paths: [String: (template: String, resource: PreparedResource)] = [
            "/": ("/", serviceIndex), "/healthz": ("/healthz", health), "/readyz": ("/readyz", readiness),
            APIPaths.documents: (APIPaths.documents, documents),
            APIPaths.crossReferencesAll: (APIPaths.crossReferencesAll, crossReferences),
        ]
        if let openAPI { paths["/openapi.yaml"] = ("/openapi.yaml", openAPI) }
        let doc = APIPaths.document("{doc}")
        for document in catalog.documents {
            let resources = StaticResources.build(document, conversions: conversions)
            perDocument[document.id] = resources
            let id = document.id
            paths[APIPaths.document(id)] = (doc, resources.detail)
            paths[APIPaths.full(id)] = (APIPaths.full("{doc}"), resources.full)
            paths[APIPaths.footnotes(id)] = (APIPaths.footnotes("{doc}"), resources.footnotes)
            paths[APIPaths.errata(id)] = (APIPaths.errata("{doc}"), resources.errata)
            for (number, resource) in resources.footnoteByNumber { paths[APIPaths.footnote(id, number)] = (doc + "/footnotes/{n}", resource) }
            for footnote in document.document.footnotes {
                if let resource = resources.footnoteByNumber[footnote.number] { paths[APIPaths.unit(id, footnote.eId)] = (APIPaths.unit("{doc}", "{eId}"), resource) }
            }
            for (entry, resource) in zip(document.units, resources.units) {
                paths[entry.url] = (APIPaths.unit("{doc}", "{eId}"), resource)
                if let address = aliases.address(document: id, eId: entry.eId), let alias = AliasPaths.path(for: address) {
                    paths[alias.path] = (alias.template, resource)
                }
            }
            // Then the official numbers, which win where both name a path (as ``UnitAliasTable/lookup(_:)`` reads them first).
            for (entry, resource) in zip(document.units, resources.units) {
                if let address = aliases.officialAddress(document: id, eId: entry.eId), let alias = AliasPaths.path(for: address) {
                    paths[alias.path] = (alias.template, resource)
                }
            }
            if let articles = resources.articles { paths[APIPaths.articles] = (APIPaths.articles, articles) }
        }
        self.perDocument = perDocument
        self.exactPaths = paths
    }

    private static func build(_ document: CatalogDocument, conversions: ScriptConversions) -> DocumentResources {
        let id = document.id
        let language = document.document.language
        let units = ConcurrentMap.map(document.units) { entry in
            PreparedResource.json(vary: "Accept", language: language, conversions: conversions,
                                  write: { UnitJSON.write(entry, in: document, into: &$0, reading: document.reading) },
                                  plainText: { UnitJSON.plainText(entry, in: document, convert: $0) },
                                  akomaNtoso: { AkomaNtosoWriter.portion(entry, in: document, convert: $0) })
        }
        var footnotes: [Int: PreparedResource] = [:]
        for footnote in document.document.footnotes {
            footnotes[footnote.number] = .json(language: language, conversions: conversions) { FootnoteJSON.write(footnote, document: id, into: &$0) }
        }
        let articles: PreparedResource? = id == APIPaths.covenantID ? .json(language: language, conversions: conversions) { writer in
            ListJSON.write(document.topLevelUnits(ofType: .article), into: &writer) { entry, writer in
                UnitJSON.writeSummary(entry, document: id, into: &writer)
            }
        } : nil
        return DocumentResources(
            detail: .json(vary: "Accept", language: language, conversions: conversions,
                          write: { DocumentJSON.writeDetail(document, into: &$0) },
                          akomaNtoso: { AkomaNtosoWriter.document(document, convert: $0) }),
            full: .json(vary: "Accept", language: language, conversions: conversions,
                        write: { DocumentJSON.writeFull(document, into: &$0) },
                        plainText: { convert in
                            // Every top-level unit with its descendants, in document order, each after its label.
                            document.topLevel.map { UnitJSON.plainText(document.units[$0], in: document, convert: convert) }.joined()
                        },
                        akomaNtoso: { AkomaNtosoWriter.document(document, convert: $0) }),
            footnotes: .json(language: language, conversions: conversions) { writer in
                ListJSON.write(document.document.footnotes, into: &writer) { footnote, writer in
                    FootnoteJSON.write(footnote, document: id, into: &writer)
                }
            },
            errata: .json(language: language, conversions: conversions) { writer in
                ListJSON.write(document.document.errata, into: &writer) { erratum, writer in
                    ErratumJSON.write(erratum, document: id, into: &writer)
                }
            },
            units: units,
            footnoteByNumber: footnotes,
            articles: articles
        )
    }

    var storedBytes: Int {
        [serviceIndex, health, readiness, documents, crossReferences].reduce(0) { $0 + $1.storedBytes }
            + (openAPI?.storedBytes ?? 0) + perDocument.values.reduce(0) { $0 + $1.storedBytes }
    }
}
