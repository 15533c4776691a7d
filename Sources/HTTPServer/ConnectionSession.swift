/// The protocol spoken on one connection (HTTP/1.1, HTTP/2), between the transport below it
/// (`Connection`: socket, TLS, `OutputQueue`, readiness, transport timeouts, closing) and the
/// handler above it.
///
/// A session receives decrypted input, queues its output in the `OutputQueue` it was created
/// with, and tells the connection through `closeRequest` and `wantsInput` what to do next; it
/// never touches the socket. It gets the time, the handler, request ids, the logger and the
/// shutdown state from its `ConnectionContext`. All calls come from the connection's loop thread.
///
/// After every call the connection flushes the queue and reads `closeRequest`; a session that
/// queued output need not ask for a write.
protocol ConnectionSession: AnyObject {
    /// Input bytes, decrypted, in order. Valid only during the call: keep what you need.
    func receive(_ input: UnsafeRawBufferPointer)

    /// The peer will send nothing more (end of stream or TLS close_notify): answer what is
    /// complete, then ask to close.
    func inputEnded()

    /// The queue fell to or below the low-water mark (`ServerConfiguration.maxPendingWriteBytes`)
    /// after a write: resume work held back (HTTP/1.1 answers pipelined requests it had left in
    /// the parser; HTTP/2 sends more DATA where the windows allow).
    func outputWritable()

    /// Whether the connection should read more input now. False holds input back in the kernel
    /// (HTTP/1.1 while the client does not read its answers); the connection reads again after
    /// the next `outputWritable()` that leaves it true.
    var wantsInput: Bool { get }

    /// What the session asks of the connection: nothing, write what is queued then close, or
    /// close at once.
    var closeRequest: SessionCloseRequest { get }

    /// No request in progress and nothing queued: a graceful shutdown may close it at once.
    var isIdle: Bool { get }

    /// A graceful shutdown began: accept no new work, finish what was accepted (HTTP/1.1: the
    /// response in progress says `Connection: close`; HTTP/2: GOAWAY, in two steps), then ask
    /// to close. Called once; not called for idle sessions (the connection closes those).
    func beginGracefulShutdown()

    /// The session's next deadline (monotonic nanoseconds, like `ConnectionContext.now`);
    /// `.max` for none. Read after every call into the session.
    var nextDeadline: UInt64 { get }

    /// `nextDeadline` has passed (the connection calls this from its timer sweep): act, e.g.
    /// queue a 408 and ask to close, or GOAWAY on a SETTINGS ACK that never came.
    func deadlineReached()
}

/// What a session asks of its connection.
enum SessionCloseRequest: Equatable {
    /// Keep the connection open.
    case none
    /// Write everything queued, then end the connection cleanly (half-close, linger, close).
    case afterOutput
    /// Close now; whatever is queued is dropped (e.g. a peer so broken nothing can be sent).
    case immediately
    /// Close now with a reset (`SO_LINGER` 0) so the kernel frees unsent bytes at once: the peer
    /// stopped reading (or reads below the minimum response rate) what the kernel already holds.
    case reset
}
