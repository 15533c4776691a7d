/// Whether a response carries a body and a `Content-Length`, from its status and the request
/// method (RFC 9110 §6.4.1, §8.6, §9.3.2, §15.3.5, §15.4.5). The same for HTTP/1.1 and HTTP/2.
public struct ResponseFraming: Sendable, Equatable {
    /// The status code as sent.
    public let statusCode: Int
    /// 1xx and 204: neither a body nor `Content-Length`, whatever the handler set.
    public let forbidsLength: Bool
    /// The body goes on the wire: not for HEAD, 1xx, 204 or 304.
    public let sendsBody: Bool

    public init(statusCode: Int, requestMethod: String) {
        self.statusCode = statusCode
        forbidsLength = (100..<200).contains(statusCode) || statusCode == 204
        sendsBody = !forbidsLength && statusCode != 304 && requestMethod != "HEAD"
    }

    /// Whether the server writes `Content-Length: <body length>` itself: whenever a body is sent
    /// (a handler-set value is replaced), and for HEAD when the handler set none (the length of
    /// the body a GET would carry). Never for 1xx/204, and for 304 only the handler's.
    public func serverSetsContentLength(handlerSetOne: Bool) -> Bool {
        if forbidsLength || statusCode == 304 { return false }
        return sendsBody || !handlerSetOne
    }

    /// Whether a handler-set `Content-Length` is kept as is (HEAD and 304 only).
    public var keepsHandlerContentLength: Bool { !forbidsLength && !sendsBody }
}
