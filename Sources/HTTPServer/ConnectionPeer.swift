/// What a session knows about the other end of its connection.
struct ConnectionPeer: Sendable {
    /// `127.0.0.1:53422`, `[::1]:53422`.
    var remoteAddress: String
    /// The connection is TLS.
    var isSecure: Bool
}
