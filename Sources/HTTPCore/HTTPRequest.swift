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
        // A byte search: `?` is ASCII, so its UTF-8 index is a valid String index, and no
        // grapheme breaking is needed (Character search cost HTTP/2 ~12k instructions a request).
        if let q = target.utf8.firstIndex(of: UInt8(ascii: "?")) {
            path = String(target[..<q])
            query = String(target[target.utf8.index(after: q)...])
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
    /// HTTP/1.1 unless `Connection: close`; HTTP/1.0 only with `Connection: keep-alive` (and no `close`).
    /// Connection options are compared case-insensitively, in every `Connection` field, without allocating.
    public var keepAlive: Bool {
        var close = false, keepAlive = false
        for field in headers where field.name.caseInsensitiveEquals("Connection") {
            var value = field.value
            value.withUTF8 { bytes in
                var start = 0
                while start <= bytes.count {
                    var end = start
                    while end < bytes.count, bytes[end] != 0x2C { end += 1 }
                    var lower = start, upper = end
                    while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
                    while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
                    let token = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
                    if Self.token(token, is: "close") { close = true }
                    if Self.token(token, is: "keep-alive") { keepAlive = true }
                    start = end + 1
                }
            }
        }
        switch version {
        case .http1_1: return !close
        case .http1_0: return keepAlive && !close
        }
    }

    private static func token(_ bytes: UnsafeBufferPointer<UInt8>, is lowercase: StaticString) -> Bool {
        guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
        for i in 0..<bytes.count {
            let byte = bytes[i] &- 65 < 26 ? bytes[i] | 0x20 : bytes[i]
            if byte != lowercase.utf8Start[i] { return false }
        }
        return true
    }
}
