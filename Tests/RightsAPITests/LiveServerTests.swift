import DocumentStore
import Foundation
import HTTPCore
import HTTPServer
import Logging
import Testing
@testable import RightsAPI
#if canImport(Glibc)
import Glibc
#endif

/// The handler behind the real `HTTPServer` on an ephemeral port, spoken to over real sockets.
@Suite("Live server", .serialized, .timeLimit(.minutes(1)))
struct LiveServerTests {
    /// Starts a server over the real corpus, runs `body` with its port, shuts it down.
    static func withServer(_ body: (Int) throws -> Void) throws {
        let relay = ServerStatisticsRelay()
        let handler = try RightsAPIHandler(repository: DocumentRepository.load(dataDirectory: CorpusClient.dataDirectory),
                                           statistics: relay, openAPIYAML: TestClient.openAPIYAML)
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.eventLoopCount = 1
        let server = try HTTPServer(configuration: configuration, handler: handler, logger: Logger(label: "live-test", factory: { _ in SwiftLogNoOpLogHandler() }))
        relay.connect {
            let counts = server.connectionCounts()
            return ServerStatistics(openConnections: counts.open, acceptedConnections: counts.accepted, rejectedConnections: counts.rejected,
                                    slowReadersClosed: counts.slowReadersClosed)
        }
        try server.start()
        defer { server.shutdown() }
        try body(server.boundPort)
    }

    @Test func unitOverARealSocketHasTheSourceText() throws {
        try Self.withServer { port in
            let connection = try RawConnection(port: port)
            let response = try connection.exchange("GET /v1/documents/iccpr/articles/14/paragraphs/3/items/7 HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == "application/json; charset=utf-8")
            let object = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
            #expect(object?["text"] as? String == "不得強迫被告自供或認罪。")
        }
    }

    @Test func keepAliveConnectionRevalidatesAndGetsGzip() throws {
        try Self.withServer { port in
            let connection = try RawConnection(port: port)
            let first = try connection.exchange("GET /v1/documents/iccpr/provisions/art_14 HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\n\r\n")
            #expect(first.headers["content-encoding"] == "gzip")
            let etag = try #require(first.headers["etag"])
            let second = try connection.exchange("GET /v1/documents/iccpr/provisions/art_14 HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\nIf-None-Match: \(etag)\r\n\r\n")
            #expect(second.status == 304)
            #expect(second.body.isEmpty)
            let plain = try connection.exchange("GET /v1/documents/iccpr/provisions/art_14 HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(Inflate.gunzip(first.body) == plain.body)
        }
    }

    @Test func headAnswersTheGetLengthWithoutABody() throws {
        try Self.withServer { port in
            let connection = try RawConnection(port: port)
            let get = try connection.exchange("GET /v1/documents HTTP/1.1\r\nHost: x\r\n\r\n")
            let head = try connection.exchange("HEAD /v1/documents HTTP/1.1\r\nHost: x\r\n\r\n", expectBody: false)
            #expect(head.status == 200)
            #expect(head.headers["content-length"] == String(get.body.count))
            #expect(head.body.isEmpty)
        }
    }

    @Test func errorsArriveAsProblemsAndTheConnectionStaysUsable() throws {
        try Self.withServer { port in
            let connection = try RawConnection(port: port)
            let bad = try connection.exchange("GET /v1/documents/iccpr/articles/%E5%8D HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(bad.status == 400)
            #expect(bad.headers["content-type"] == "application/problem+json; charset=utf-8")
            let notAllowed = try connection.exchange("DELETE /v1/documents HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(notAllowed.status == 405)
            #expect(notAllowed.headers["allow"] == "GET, HEAD, OPTIONS")
            let preflight = try connection.exchange("OPTIONS /v1/search HTTP/1.1\r\nHost: x\r\nOrigin: https://a.example\r\nAccess-Control-Request-Method: GET\r\n\r\n", expectBody: false)
            #expect(preflight.status == 204)
            #expect(preflight.headers["access-control-allow-origin"] == "*")
            let search = try connection.exchange("GET /v1/search?q=%E9%85%B7%E5%88%91&limit=2 HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(search.status == 200)
        }
    }

    @Test func metricsReportOpenConnectionsFromTheServer() throws {
        try Self.withServer { port in
            let connection = try RawConnection(port: port)
            _ = try connection.exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            let metrics = try connection.exchange("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
            let text = String(decoding: metrics.body, as: UTF8.self)
            #expect(text.contains("rightsapi_open_connections 1\n"))
            #expect(text.contains("rightsapi_slow_readers_closed_total 0\n"))
            #expect(text.contains("rightsapi_http_requests_total{route=\"/healthz\",method=\"GET\",status=\"200\"} 1\n"))
        }
    }
}

/// A blocking TCP client that writes a request and reads one Content-Length framed response.
final class RawConnection {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
    }

    private let descriptor: Int32
    private var buffer: [UInt8] = []

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw TestFailure("socket() failed") }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw TestFailure("connect() failed: errno \(errno)") }
    }

    deinit { close(descriptor) }

    func exchange(_ request: String, expectBody: Bool = true) throws -> Response {
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw TestFailure("send failed") }
            sent += n
        }
        let separator: [UInt8] = [13, 10, 13, 10]
        var headEnd: Int?
        while headEnd == nil {
            headEnd = buffer.indices.dropLast(3).first { Array(buffer[$0..<$0 + 4]) == separator }
            if headEnd == nil { try receive() }
        }
        guard let end = headEnd else { throw TestFailure("no response head") }
        let head = String(decoding: buffer[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        buffer.removeFirst(end + 4)
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw TestFailure("bad status line \(head[0])") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = (expectBody && status != 304 && status != 204) ? Int(headers["content-length"] ?? "0") ?? 0 : 0
        while buffer.count < length { try receive() }
        let body = Array(buffer[..<length])
        buffer.removeFirst(length)
        return Response(status: status, headers: headers, body: body)
    }

    private func receive() throws {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { throw TestFailure("connection closed or timed out (recv \(n))") }
        buffer.append(contentsOf: chunk[..<n])
    }
}
