/// HTTP protocol version of a request.
public enum HTTPVersion: Sendable, Equatable {
    case http1_0
    case http1_1

    public var text: String { self == .http1_0 ? "HTTP/1.0" : "HTTP/1.1" }
}

/// A complete, parsed request.
public struct HTTPRequest: Sendable, Equatable {
    /// The method token as received (`GET`, `HEAD`, ...; case-sensitive per RFC 9110 §9.1).
    public var method: String
    /// The request-target as received (`/v1/search?q=%E9%85%B7`).
    public var target: String
    /// The path part of the target, still percent-encoded.
    public var path: String
    /// The query part of the target without `?`, still percent-encoded; nil when absent.
    public var query: String?
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    /// The body (de-chunked when it came chunked).
    public var body: [UInt8]

    public init(
        method: String, target: String, version: HTTPVersion = .http1_1,
        headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []
    ) {
        self.method = method
        self.target = target
        if let q = target.firstIndex(of: "?") {
            path = String(target[..<q])
            query = String(target[target.index(after: q)...])
        } else {
            path = target
            query = nil
        }
        self.version = version
        self.headers = headers
        self.body = body
    }

    /// A request whose target is already split into path and query (the parser knows where `?` is).
    init(
        method: String, target: String, path: String, query: String?, version: HTTPVersion,
        headers: HTTPHeaders, body: [UInt8]
    ) {
        self.method = method
        self.target = target
        self.path = path
        self.query = query
        self.version = version
        self.headers = headers
        self.body = body
    }

    /// Whether the connection stays open after this request (RFC 9112 §9.3):
    /// HTTP/1.1 unless `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`.
    public var keepAlive: Bool {
        let tokens = headers.values(for: "Connection")
            .flatMap { $0.split(separator: ",") }
            .map { $0.trimmingASCIIWhitespace().lowercased() }
        switch version {
        case .http1_1: return !tokens.contains("close")
        case .http1_0: return tokens.contains("keep-alive") && !tokens.contains("close")
        }
    }
}

extension Substring {
    func trimmingASCIIWhitespace() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
