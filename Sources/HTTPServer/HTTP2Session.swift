import HTTP2
import HTTPCore

/// HTTP/2 on one connection: the transport's bytes go into an `HTTP2Connection` (the pure state
/// machine: frames, HPACK, streams, flow control, limits), each complete request goes to the same
/// `HTTPHandler` as HTTP/1.1, and the frames it produces go into the `OutputQueue`, DATA
/// payloads by reference to the handler's body (on TLS copied next to their frame header, so
/// that each frame is one TLS record; at most `maxPendingWriteBytes` is queued either way).
///
/// Output is produced as the socket drains: at most about `maxPendingWriteBytes` is queued, and
/// `outputWritable()` asks for more DATA where the windows allow. Input is held back in the kernel
/// while the peer is not reading (so a peer that floods requests without reading answers cannot
/// grow the queue). Timeouts of its own are the state machine's (`HTTP2Configuration`): SETTINGS
/// ACK, idle, header blocks, stalled windows; write stalls and slow readers are the transport's.
final class HTTP2Session: ConnectionSession {
    private let context: ConnectionContext
    private let output: OutputQueue
    private let peer: ConnectionPeer
    private let connection: HTTP2Connection
    private var peerEndedInput = false

    init(context: ConnectionContext, output: OutputQueue, peer: ConnectionPeer) {
        self.context = context
        self.output = output
        self.peer = peer
        connection = HTTP2Connection(configuration: Self.configuration(from: context), now: context.now)
        flush()
    }

    /// The HTTP/2 limits, with the timeouts and body limit HTTP/1.1 uses on the same server.
    static func configuration(from context: ConnectionContext) -> HTTP2Configuration {
        var configuration = context.configuration.http2
        configuration.headerTimeout = context.timeouts.header
        configuration.idleTimeout = context.timeouts.idle
        configuration.maxBodyBytes = context.configuration.limits.maxBodyBytes
        return configuration
    }

    // MARK: ConnectionSession

    func receive(_ input: UnsafeRawBufferPointer) {
        let events = connection.receive(input, now: context.now)
        for event in events { answer(event) }
        flush()
    }

    func inputEnded() {
        peerEndedInput = true   // every complete request was answered in `receive`
    }

    func outputWritable() {
        flush()
    }

    var wantsInput: Bool {
        !peerEndedInput && !connection.wantsClose && output.pendingBytes <= context.configuration.maxPendingWriteBytes
    }

    var closeRequest: SessionCloseRequest {
        connection.wantsClose || peerEndedInput ? .afterOutput : .none
    }

    /// Never idle while open, even with no stream: a shutdown then goes through
    /// `beginGracefulShutdown` (GOAWAY, PING, final GOAWAY), so that a request crossing it is
    /// either answered or known by the client to be unprocessed, instead of meeting a bare FIN.
    var isIdle: Bool { connection.wantsClose && output.isEmpty && !connection.hasOutput }

    func beginGracefulShutdown() {
        connection.beginGracefulShutdown(now: context.now)
        flush()
    }

    var nextDeadline: UInt64 { connection.nextDeadline }

    func deadlineReached() {
        connection.checkTimeouts(now: context.now)
        flush()
    }

    // MARK: Answering

    private func answer(_ event: HTTP2Event) {
        switch event {
        case .request(let stream, let box):
            let request = box.request
            let started = context.logsRequests ? MonotonicClock.now() : 0
            let requestID = context.requestID(offered: request.headers["x-request-id"])
            let requestContext = RequestContext(requestID: requestID, remoteAddress: peer.remoteAddress, isSecure: peer.isSecure)
            let response = context.handler.handle(request, context: requestContext)
            connection.respond(to: stream, with: response, requestMethod: request.method, requestID: requestID)
            if context.logsRequests {
                context.logAccess(
                    method: request.method, path: request.path, status: response.status.code,
                    bytes: response.body.count, microseconds: (MonotonicClock.now() - started) / 1000,
                    requestID: requestID, remote: peer.remoteAddress)
            }
        case .rejected(let stream, let status, let detail, let method):
            let requestID = context.requestIDs.next()
            let problem = ProblemDetails(status: Self.status(status), detail: detail, type: Self.problemType(status))
            connection.respond(to: stream, with: problem.response, requestMethod: method, requestID: requestID)
            if context.logsRequests {
                context.logAccess(
                    method: method, path: "-", status: status, bytes: 0, microseconds: 0,
                    requestID: requestID, remote: peer.remoteAddress)
            }
        }
    }

    /// The same `type` URIs HTTP/1.1 sends for the same limits.
    private static func problemType(_ code: Int) -> String {
        switch code {
        case 413: HTTPParseError.Kind.bodyTooLarge.problemType
        case 431: HTTPParseError.Kind.headerSectionTooLarge.problemType
        case 501: ProblemTypeURI.methodNotImplemented
        default: "about:blank"
        }
    }

    private static func status(_ code: Int) -> HTTPStatus {
        switch code {
        case 413: .contentTooLarge
        case 431: .requestHeaderFieldsTooLarge
        case 501: .notImplemented
        default: HTTPStatus(code: code, reason: "Error")
        }
    }

    /// Moves what the state machine has produced into the queue, up to about the low-water mark.
    private func flush() {
        if output.isEmpty { connection.outputDrained() }
        let budget = context.configuration.maxPendingWriteBytes - output.pendingBytes
        connection.takeOutput(budget: budget, now: context.now) { segment in
            switch segment {
            case .bytes(let bytes):
                output.append(copying: bytes)   // the connection's buffer: copied, it is reused
            case .body(let body, let range):
                // By reference: plain sockets writev it from the handler's body; TLS gathers it
                // with its frame header into one record (`OutputQueue.writeRecord`).
                output.append(referencing: body, range: range)
            }
        }
    }
}
