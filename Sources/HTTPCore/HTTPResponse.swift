/// A response produced by a handler. The server adds `Date`, `Content-Length`, `Connection`
/// and `X-Request-Id` when it serializes it, and omits the body for HEAD and for 204/304.
///
/// `bodyFile` is a hint for the transport about storage the response shares with others; it
/// never changes what is sent, and `==` ignores it.
public struct HTTPResponse: Sendable, Equatable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The same bytes as `body`, also held in a sealed memory file: a plain socket may send
    /// them with `sendfile(2)` instead of copying them. Nil for most responses.
    public var bodyFile: BodyFileRegion?

    public init(status: HTTPStatus, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [], bodyFile: BodyFileRegion? = nil) {
        precondition(bodyFile == nil || bodyFile!.count == body.count, "bodyFile must hold the body's bytes")
        self.status = status
        self.headers = headers
        self.body = body
        self.bodyFile = bodyFile
    }

    public static func == (lhs: HTTPResponse, rhs: HTTPResponse) -> Bool {
        lhs.status == rhs.status && lhs.headers == rhs.headers && lhs.body == rhs.body
    }
}

/// A status code and its reason phrase.
public struct HTTPStatus: Sendable, Equatable, Hashable {
    public var code: Int
    public var reason: String

    public init(code: Int, reason: String) {
        self.code = code
        self.reason = reason
    }

    public static let `continue` = HTTPStatus(code: 100, reason: "Continue")
    public static let ok = HTTPStatus(code: 200, reason: "OK")
    public static let noContent = HTTPStatus(code: 204, reason: "No Content")
    public static let notModified = HTTPStatus(code: 304, reason: "Not Modified")
    public static let badRequest = HTTPStatus(code: 400, reason: "Bad Request")
    public static let notFound = HTTPStatus(code: 404, reason: "Not Found")
    public static let methodNotAllowed = HTTPStatus(code: 405, reason: "Method Not Allowed")
    public static let notAcceptable = HTTPStatus(code: 406, reason: "Not Acceptable")
    public static let requestTimeout = HTTPStatus(code: 408, reason: "Request Timeout")
    public static let contentTooLarge = HTTPStatus(code: 413, reason: "Content Too Large")
    public static let expectationFailed = HTTPStatus(code: 417, reason: "Expectation Failed")
    public static let uriTooLong = HTTPStatus(code: 414, reason: "URI Too Long")
    public static let requestHeaderFieldsTooLarge = HTTPStatus(code: 431, reason: "Request Header Fields Too Large")
    public static let internalServerError = HTTPStatus(code: 500, reason: "Internal Server Error")
    public static let notImplemented = HTTPStatus(code: 501, reason: "Not Implemented")
    public static let serviceUnavailable = HTTPStatus(code: 503, reason: "Service Unavailable")
    public static let httpVersionNotSupported = HTTPStatus(code: 505, reason: "HTTP Version Not Supported")
}
