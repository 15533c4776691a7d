/// Which clock a connection is running against, and what happens when it runs out.
enum ConnectionTimeout {
    /// TLS handshake not finished → close.
    case handshake
    /// Keep-alive connection with no request in progress → close silently.
    case idle
    /// Request head not complete since its first byte → 408, then close.
    case header
    /// Client not reading the response → close.
    case write
    /// Half-closed after a final response, discarding input → close.
    case linger
}
