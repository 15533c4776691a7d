/// Every route of the API: one line per route, template (exactly as `openapi.yaml` spells the
/// path) and responder. To add a route, add its responder under `Responders/`, one line here,
/// and its path to `openapi.yaml` (see `/work/CONTRACT-routes.md`).
enum APIRoutes {
    static func router() -> Router {
        var routes = RouterBuilder()
        routes.add("/", PreparedResourceResponder { $0.serviceIndex })
        routes.add("/healthz", PreparedResourceResponder { $0.health })
        routes.add("/readyz", ReadinessResponder())
        routes.add("/metrics", MetricsResponder())
        routes.add("/openapi.yaml", OpenAPIResponder())
        routes.add("/v1/documents", PreparedResourceResponder { $0.documents })
        routes.add("/v1/documents/{doc}", DocumentResourceResponder { $0.detail })
        routes.add("/v1/documents/{doc}/full", DocumentResourceResponder { $0.full })
        routes.add("/v1/documents/{doc}/provisions/{eId}", ProvisionResponder())
        routes.add("/v1/documents/{doc}/footnotes", DocumentResourceResponder { $0.footnotes })
        routes.add("/v1/documents/{doc}/footnotes/{n}", FootnoteResponder())
        routes.add("/v1/documents/{doc}/errata", DocumentResourceResponder { $0.errata })
        routes.add("/v1/documents/iccpr/articles", ArticleListResponder())
        routes.add("/v1/documents/iccpr/articles/{n}", CovenantAliasResponder())
        routes.add("/v1/documents/iccpr/articles/{n}/paragraphs/{p}", CovenantAliasResponder())
        routes.add("/v1/documents/iccpr/articles/{n}/paragraphs/{p}/items/{i}", CovenantAliasResponder())
        routes.add("/v1/documents/iccpr/articles/{n}/paragraphs/{p}/items/{i}/subitems/{s}", CovenantAliasResponder())
        routes.add("/v1/documents/iccpr/articles/{n}/items/{i}", CovenantAliasResponder(types: AliasResolver.articleItemPathTypes))
        routes.add("/v1/documents/a-res-62-148/preamble/{n}", ResolutionAliasResponder(type: .recital))
        routes.add("/v1/documents/a-res-62-148/operative/{n}", ResolutionAliasResponder(type: .paragraph))
        routes.add("/v1/cross-references", CrossReferencesResponder())
        routes.add("/v1/search", SearchResponder())
        routes.add("/v1/resolve", ResolveResponder())
        return routes.build()
    }
}
