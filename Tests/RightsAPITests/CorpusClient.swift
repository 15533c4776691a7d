import DocumentStore
import Foundation
import HTTPCore
@testable import RightsAPI

/// In-process requests against a handler over the real normalized corpus in `Data/`.
enum CorpusClient {
    static let dataDirectory = TestClient.packageRoot.appendingPathComponent("Data").path

    private static let shared = Result {
        try RightsAPIHandler(repository: DocumentRepository.load(dataDirectory: dataDirectory), statistics: nil,
                             openAPIYAML: TestClient.openAPIYAML)
    }

    static func handler() throws -> RightsAPIHandler { try shared.get() }

    static func request(_ target: String, method: String = "GET", headers: [(String, String)] = []) throws -> HTTPResponse {
        var fields = HTTPHeaders([("Host", "localhost")])
        for (name, value) in headers { fields.add(name: name, value: value) }
        return try handler().handle(HTTPRequest(method: method, target: target, headers: fields),
                                    context: RequestContext(requestID: "corpus-1", remoteAddress: "127.0.0.1:1", isSecure: false))
    }

    static func getObject(_ target: String, headers: [(String, String)] = []) throws -> [String: Any] {
        let response = try request(target, headers: headers)
        guard response.status == .ok else {
            throw TestFailure("\(target) answered \(response.status.code): \(response.text)")
        }
        return try TestClient.object(response)
    }
}
