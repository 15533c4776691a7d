import Client
import Foundation
import OpenAPIRuntime
import OpenAPIURLSession

/// Calls a live RightsAPI server through the client generated from `openapi.yaml` and prints a
/// few results. Usage: `rights-api-client http://127.0.0.1:8080`. Exits 1 on any failure.
@main
struct RightsAPIClientCommand {
    static func main() async {
        let arguments = CommandLine.arguments.dropFirst()
        guard let base = arguments.first, let serverURL = URL(string: base) else {
            FileHandle.standardError.write(Data("usage: rights-api-client <base URL, e.g. http://127.0.0.1:8080>\n".utf8))
            exit(2)
        }
        let client = Client(serverURL: serverURL, transport: URLSessionTransport())
        do {
            try await run(client)
            print("ok: every call answered as openapi.yaml describes")
        } catch {
            FileHandle.standardError.write(Data("failure: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run(_ client: Client) async throws {
        let documents = try await client.listDocuments().ok.body.json
        print("documents:", documents.items.map { "\($0.id) (\($0.language), \($0.counts.units) units)" }.joined(separator: ", "))

        let item = try await client.getArticleItem(path: .init(n: "14", p: "3", i: "7")).ok.body.json
        print("ICCPR art. 14(3)(g):", item.text, "—", item.citation.english)

        let operative = try await client.getOperativeParagraph(path: .init(n: "10")).ok.body.json
        print("A/RES/62/148 OP10:", operative.text)

        let search = try await client.search(query: .init(q: "酷刑", limit: 3)).ok.body.json
        print("search 酷刑: \(search.total) hits; first:", search.hits.first.map { "\($0.document) \($0.eId)" } ?? "none")

        let resolved = try await client.resolveCitation(query: .init(cite: "ICCPR art. 14(3)(g)")).ok.body.json
        print("resolve ICCPR art. 14(3)(g) →", resolved.document, resolved.eId)

        switch try await client.getArticle(path: .init(n: "54")) {
        case .notFound(let notFound):
            print("article 54 →", try notFound.body.applicationProblemJson.detail)
        default:
            throw ClientCheckFailure("article 54 should be a 404 problem")
        }
    }
}

struct ClientCheckFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
