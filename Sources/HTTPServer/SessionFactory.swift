/// A protocol a connection can speak.
enum SessionProtocol: Equatable, Sendable {
    case http1_1
    case http2

    /// The protocol for a TLS connection's ALPN result: `h2` → HTTP/2; `http/1.1`, anything else,
    /// or no ALPN → HTTP/1.1 (RFC 9113 §3.3: HTTP/2 over TLS only through ALPN).
    init(alpn: String?) {
        self = alpn == "h2" ? .http2 : .http1_1
    }
}

/// The one place that creates sessions. HTTP/2 plugs in here.
enum SessionFactory {
    /// The session speaking `kind`, or nil when this server does not speak it (the connection
    /// then carries on with HTTP/1.1, which answers an HTTP/2 preface with an error).
    static func makeSession(
        _ kind: SessionProtocol, context: ConnectionContext, output: OutputQueue, peer: ConnectionPeer
    ) -> (any ConnectionSession)? {
        switch kind {
        case .http1_1:
            HTTP1Session(context: context, output: output, peer: peer)
        case .http2:
            HTTP2Session(context: context, output: output, peer: peer)
        }
    }
}
