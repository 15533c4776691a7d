import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

@Suite("openapi.yaml and the router agree")
struct OpenAPICoverageTests {
    /// The path keys of `paths:` (two-space indented keys starting with `/`).
    static func documentedPaths() throws -> [String] {
        let yaml = String(decoding: try #require(TestClient.openAPIYAML), as: UTF8.self)
        return yaml.split(separator: "\n")
            .filter { $0.hasPrefix("  /") && $0.hasSuffix(":") }
            .map { String($0.dropFirst(2).dropLast()) }
    }

    @Test func everyDocumentedPathIsRouted() throws {
        let router = APIRoutes.router()
        let paths = try Self.documentedPaths()
        #expect(paths.count >= 20)
        for path in paths where !path.hasPrefix(WebReader.prefix) {
            guard case .matched(let route, _) = router.match(path: path) else {
                Issue.record("\(path) is documented but not routed")
                continue
            }
            #expect(route.template == path)
        }
    }

    @Test func everyRouteIsDocumented() throws {
        let documented = Set(try Self.documentedPaths())
        for route in APIRoutes.router().routes {
            #expect(documented.contains(route.template), "\(route.template) is routed but not documented")
        }
    }

    @Test func theDocumentedReaderPathsAreTheOnesTheReaderServes() throws {
        let reader = try Self.documentedPaths().filter { $0.hasPrefix(WebReader.prefix) }
        #expect(reader == ["/reader/", "/reader/{doc}", "/reader/{doc}/{eId}"])
        #expect(WebReader.documentedTemplates == reader)
    }

    @Test func everyDocumentedGetAnswersSomethingDocumented() throws {
        for path in try Self.documentedPaths() {
            let concrete = path.replacingOccurrences(of: "{doc}", with: "iccpr").replacingOccurrences(of: "{eId}", with: "art_7")
                .replacingOccurrences(of: "{n}", with: "1").replacingOccurrences(of: "{p}", with: "1")
                .replacingOccurrences(of: "{i}", with: "1").replacingOccurrences(of: "{s}", with: "1")
            let response = try TestClient.request(concrete)
            #expect([200, 400, 404].contains(response.status.code), "\(concrete) → \(response.status.code)")
        }
    }
}
