import HTTPCore
import Testing
@testable import RightsAPI

/// The API's problem types and the HTTP layer's share one scheme and never share a name.
@Suite("Problem type scheme")
struct ProblemTypeSchemeTests {
    @Test func apiProblemTypesUseTheHTTPLayersScheme() {
        #expect(ProblemType.unknownDocument.uri == "tag:rights-api,2026:problem/unknown-document")
        #expect(ProblemType.allCases.allSatisfy { $0.uri.hasPrefix(ProblemTypeURI.prefix) })
    }

    @Test func noAPIProblemTypeIsAlsoAnHTTPLayerProblemType() {
        let httpLayer = Set(HTTPParseError.Kind.allCases.map(\.problemType) + [
            ProblemTypeURI.requestTimeout, ProblemTypeURI.serviceUnavailable,
            ProblemTypeURI.malformedQuery, ProblemTypeURI.methodNotImplemented,
        ])
        #expect(httpLayer.isDisjoint(with: ProblemType.allCases.map(\.uri)))
    }
}
