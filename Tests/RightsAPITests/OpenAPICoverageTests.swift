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
            // `….akn.xml` is the Akoma Ntoso representation of the path without the suffix.
            let base = path.hasSuffix(AkomaNtosoSuffix.suffix) ? String(path.dropLast(AkomaNtosoSuffix.suffix.count)) : path
            guard case .matched(let route, _) = router.match(path: base) else {
                Issue.record("\(path) is documented but not routed")
                continue
            }
            #expect(route.template == base)
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

    /// Each documented path, filled with real values (art. 8(2)(c)(i) has every level), answers
    /// exactly this status on the real corpus (the reader paths need web assets; their own tests cover them).
    static let expectedStatus: [String: Int] = [
        "/v1/search": 400, "/v1/resolve": 400,                    // q / cite are required
        "/v1/documents/{doc}/footnotes/{n}": 404,                 // the Covenant has no footnotes
        "/v1/documents/iccpr/articles/{n}/items/{i}": 404,        // art. 8 has no items of its own (52(a) has)
    ]

    @Test func everyDocumentedGetAnswersItsExactStatus() throws {
        for path in try Self.documentedPaths() where !path.hasPrefix(WebReader.prefix) {
            let concrete = path.replacingOccurrences(of: "{doc}", with: "iccpr").replacingOccurrences(of: "{eId}", with: "art_7")
                .replacingOccurrences(of: "{n}", with: "8").replacingOccurrences(of: "{p}", with: "2")
                .replacingOccurrences(of: "{i}", with: "3").replacingOccurrences(of: "{s}", with: "1")
            let response = try CorpusClient.request(concrete)
            #expect(response.status.code == Self.expectedStatus[path] ?? 200, "\(concrete) → \(response.status.code): \(response.text.prefix(200))")
        }
    }

    /// The `examples` of `cite` (what Schemathesis's examples phase sends): `name: {value: …}`
    /// lines under the parameter's `examples:`.
    static func documentedCitationExamples() throws -> [String] {
        let lines = String(decoding: try #require(TestClient.openAPIYAML), as: UTF8.self).split(separator: "\n").map(String.init)
        let cite = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "- name: cite" })
        let examples = try #require(lines[cite...].firstIndex { $0.trimmingCharacters(in: .whitespaces) == "examples:" })
        var values: [String] = []
        for line in lines[(examples + 1)...] {
            guard let open = line.range(of: ": {value: "), line.hasSuffix("}") else { break }
            values.append(String(line[open.upperBound..<line.index(before: line.endIndex)]))
        }
        return values
    }

    @Test func everyDocumentedCitationExampleResolves() throws {
        let examples = try Self.documentedCitationExamples()
        #expect(examples.count >= 5)
        #expect(examples.contains("ICCPR art. 52(a)"))
        for example in examples {
            let encoded = try #require(example.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
            let response = try CorpusClient.request("/v1/resolve?cite=\(encoded)")
            #expect(response.status == .ok, "\(example) → \(response.status.code)")
        }
    }

    @Test func documentedErrorsAnswerTheirExactStatus() throws {
        let cases: [(String, String, Int)] = [
            ("GET", "/v1/documents/udhr", 404), ("GET", "/v1/documents/iccpr/articles/54", 404),
            ("GET", "/v1/documents/iccpr/articles/abc", 400), ("GET", "/v1/documents/iccpr/provisions/art_99", 404),
            ("GET", "/v1/resolve?cite=hello", 400), ("GET", "/v1/resolve?cite=ICCPR%20art.%2099", 404),
            ("GET", "/v1/search?q=%E9%85%B7&bogus=1", 400), ("GET", "/v1/documents?pretty=maybe", 400),
            ("DELETE", "/v1/documents", 405), ("OPTIONS", "/v1/documents", 204), ("GET", "/v1/documents/", 308),
            ("GET", "/v1/documents/ICCPR", 308), ("GET", "/v2/nothing", 404),
        ]
        for (method, target, status) in cases {
            #expect(try TestClient.request(target, method: method).status.code == status, "\(method) \(target)")
        }
    }
}
