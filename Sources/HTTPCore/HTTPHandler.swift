/// What the server knows about the connection a request arrived on.
public struct RequestContext: Sendable {
    /// `X-Request-Id` of the request (echoed from the client when valid, generated otherwise).
    public var requestID: String
    /// Peer address as text (`127.0.0.1:53422`, `[::1]:53422`).
    public var remoteAddress: String
    /// Whether the connection is TLS.
    public var isSecure: Bool

    public init(requestID: String, remoteAddress: String, isSecure: Bool) {
        self.requestID = requestID
        self.remoteAddress = remoteAddress
        self.isSecure = isSecure
    }
}

/// The application side of the server: turns one request into one response, synchronously.
///
/// Called on the server's event-loop threads; must not block (the corpus is in memory, so every
/// endpoint is a lookup or a bounded computation). Must not throw: errors become problem responses.
public protocol HTTPHandler: Sendable {
    func handle(_ request: HTTPRequest, context: RequestContext) -> HTTPResponse
}
