/// The outcome of one non-blocking read, write or TLS handshake step.
enum IOResult: Equatable {
    /// The operation completed; for reads and writes, with this many bytes.
    case done(Int)
    /// Try again when the socket is readable.
    case wantRead
    /// Try again when the socket is writable.
    case wantWrite
    /// The peer closed the connection (end of stream, close_notify, reset).
    case closed
    /// A protocol or system error: close the connection.
    case failed(String)
}
