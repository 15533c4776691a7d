import DocumentStore
import Foundation
import HTTPCore
@testable import RightsAPI

/// In-process requests against one shared handler over `SampleCorpus` (HTTPRequest in, HTTPResponse out).
enum TestClient {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let openAPIYAML: [UInt8]? = FileManager.default.contents(atPath: packageRoot.appendingPathComponent("openapi.yaml").path).map { Array($0) }

    private static let shared = Result { try RightsAPIHandler(repository: SampleCorpus.repository(), statistics: nil, openAPIYAML: openAPIYAML) }

    static func handler() throws -> RightsAPIHandler { try shared.get() }

    static func request(_ target: String, method: String = "GET", headers: [(String, String)] = []) throws -> HTTPResponse {
        var fields = HTTPHeaders([("Host", "localhost")])
        for (name, value) in headers { fields.add(name: name, value: value) }
        let request = HTTPRequest(method: method, target: target, headers: fields)
        return try handler().handle(request, context: RequestContext(requestID: "test-1", remoteAddress: "127.0.0.1:1", isSecure: false))
    }

    /// The body parsed as a JSON object (fails the test when it is not one).
    static func object(_ response: HTTPResponse) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any] else {
            throw TestFailure("body is not a JSON object: \(String(decoding: response.body, as: UTF8.self))")
        }
        return object
    }

    static func getObject(_ target: String, headers: [(String, String)] = []) throws -> [String: Any] {
        let response = try request(target, headers: headers)
        guard response.status == .ok else {
            throw TestFailure("\(target) answered \(response.status.code): \(String(decoding: response.body, as: UTF8.self))")
        }
        return try object(response)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension HTTPResponse {
    var text: String { String(decoding: body, as: UTF8.self) }
}
