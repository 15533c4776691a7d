import CEpoll
import Glibc
import HTTPCore
import Logging

/// One accepted socket and its HTTP/1.1 exchange, driven by its event loop's readiness events.
///
/// Lifecycle: `handshaking` (TLS only) → `open` (reading requests, answering them in order) →
/// `closingAfterFlush` (a final response is queued: `Connection: close`, a parse error, a
/// timeout) → `lingering` (write side shut, input discarded briefly so that unread request
/// bytes do not turn our close into a reset that destroys the response) → `closed`.
///
/// Confined to its loop's thread, like everything it touches except the shared counters.
final class Connection {
    enum Phase: Equatable { case handshaking, open, closingAfterFlush, lingering, closed }

    let key: ConnectionKey
    let remoteAddress: String
    let tls: TLSConnection?
    private(set) var phase: Phase
    private var parser: HTTPRequestParser

    /// Serialized responses not yet written; `outputSent` bytes of it are already on the wire.
    private var output: [UInt8] = []
    private var outputSent = 0

    private let acceptedAt: UInt64
    private var lastRead: UInt64
    private var lastWriteProgress: UInt64
    /// When the first byte of the current, still incomplete request arrived.
    private var requestStartedAt: UInt64?
    private var lingerUntil: UInt64 = 0
    private var discardedWhileLingering = 0
    /// Reading stopped with input possibly left (output over its limit): resume when drained.
    private var inputMayBePending = false
    private var peerClosedInput = false
    private var waitingForWritable = false
    /// Time of the earliest timer entry this connection has in the loop's buckets.
    var scheduledCheck: UInt64 = .max

    init(key: ConnectionKey, remoteAddress: String, tls: TLSConnection?, limits: HTTPParserLimits, now: UInt64) {
        self.key = key
        self.remoteAddress = remoteAddress
        self.tls = tls
        phase = tls == nil ? .open : .handshaking
        parser = HTTPRequestParser(limits: limits)
        acceptedAt = now
        lastRead = now
        lastWriteProgress = now
    }

    var fd: Int32 { key.fd }
    private var pendingOutputCount: Int { output.count - outputSent }

    /// No request in progress and nothing to send: safe to close on shutdown.
    var isIdle: Bool {
        switch phase {
        case .handshaking: true
        case .open: pendingOutputCount == 0 && !parser.hasPartialRequest
        case .closingAfterFlush, .lingering, .closed: false
        }
    }

    // MARK: Readiness

    func handle(events: UInt32, loop: EventLoop) {
        if events & EpollFlag.error != 0 {
            close(loop: loop)
            return
        }
        switch phase {
        case .handshaking:
            continueHandshake(loop: loop)
        case .lingering:
            discardInput(loop: loop)
        case .open, .closingAfterFlush:
            if events & EpollFlag.hangUp != 0 {   // both directions gone: nothing can be delivered
                close(loop: loop)
                return
            }
            if events & EpollFlag.writable != 0, pendingOutputCount > 0 {
                flush(loop: loop)
            }
            let readable = events & (EpollFlag.readable | EpollFlag.peerClosedWrite) != 0
            if phase == .open, readable || inputMayBePending {
                readAndAnswer(loop: loop, untilExhausted: events & EpollFlag.peerClosedWrite != 0 || tls != nil)
            }
        case .closed:
            break
        }
    }

    private func continueHandshake(loop: EventLoop) {
        guard let tls else { return }
        switch tls.handshake() {
        case .done:
            phase = .open
            lastRead = loop.now
            readAndAnswer(loop: loop, untilExhausted: true)   // the client's request may already be buffered
        case .wantRead, .wantWrite:
            break
        case .closed:
            close(loop: loop)
        case .failed(let reason):
            loop.logger.debug("TLS handshake failed", metadata: ["remote": "\(remoteAddress)", "reason": "\(reason)"])
            close(loop: loop)
        }
    }

    // MARK: Reading and answering

    /// Reads what the socket has, answers every complete request in order, and writes all the
    /// answers of this batch with one write.
    private func readAndAnswer(loop: EventLoop, untilExhausted: Bool) {
        while true {
            answerBufferedRequests(loop: loop)
            readAvailableInput(loop: loop, untilExhausted: untilExhausted)
            guard phase != .closed else { return }
            if peerClosedInput, phase == .open {
                // Nothing more will arrive: answer what is complete, then close.
                phase = .closingAfterFlush
            }
            flush(loop: loop)
            // Work was held back while output was over its limit and the output has now drained
            // completely: no readiness edge will report that, so carry on here.
            guard phase == .open, inputMayBePending, pendingOutputCount == 0 else { return }
        }
    }

    private func readAvailableInput(loop: EventLoop, untilExhausted: Bool) {
        let scratch = loop.readBuffer
        reading: while phase == .open, !peerClosedInput {
            if pendingOutputCount > loop.configuration.maxPendingWriteBytes {
                inputMayBePending = true   // the client is not reading: stop taking more work
                break reading
            }
            inputMayBePending = false
            switch receive(into: scratch) {
            case .done(let count):
                lastRead = loop.now
                parser.append(UnsafeRawBufferPointer(rebasing: scratch[..<count]))
                answerBufferedRequests(loop: loop)
                // A short read on a plain socket drained it; an edge-triggered event will say
                // when more arrives. TLS may hold decrypted bytes back, so it reads to EAGAIN.
                if count < scratch.count, !untilExhausted { break reading }
            case .wantRead, .wantWrite:
                break reading
            case .closed:
                peerClosedInput = true
            case .failed:
                close(loop: loop)
                return
            }
        }
    }

    /// Takes every complete request out of the parser and queues its response.
    private func answerBufferedRequests(loop: EventLoop) {
        while phase == .open {
            if pendingOutputCount > loop.configuration.maxPendingWriteBytes {
                inputMayBePending = true   // requests held back until the client reads
                return
            }
            switch parser.nextRequest() {
            case .needMoreData:
                if parser.hasPartialRequest {
                    if requestStartedAt == nil { requestStartedAt = loop.now }
                } else {
                    requestStartedAt = nil
                }
                return
            case .request(let request):
                requestStartedAt = nil
                answer(request, loop: loop)
            case .failure(let error):
                requestStartedAt = nil
                queueFinalProblem(error.problem, loop: loop)
            }
        }
    }

    private func answer(_ request: HTTPRequest, loop: EventLoop) {
        let started = loop.logsRequests ? MonotonicClock.now() : 0
        let requestID: String
        if let offered = request.headers["X-Request-Id"], RequestIDGenerator.isAcceptable(offered) {
            requestID = offered
        } else {
            requestID = loop.requestIDs.next()
        }
        let context = RequestContext(requestID: requestID, remoteAddress: remoteAddress, isSecure: tls != nil)
        let response = loop.handler.handle(request, context: context)
        let keepAlive = request.keepAlive && !loop.isShuttingDown
        if output.capacity == 0 { loop.lendOutputBuffer(to: &output) }
        let before = output.count
        ResponseSerializer.serialize(
            response, requestMethod: request.method, version: request.version,
            keepAlive: keepAlive, requestID: requestID, into: &output
        )
        if loop.logsRequests {
            loop.logAccess(
                method: request.method, path: request.path, status: response.status.code,
                bytes: output.count - before, microseconds: (MonotonicClock.now() - started) / 1000,
                requestID: requestID, remote: remoteAddress
            )
        }
        if !keepAlive { phase = .closingAfterFlush }
    }

    /// Queues a problem response with `Connection: close` and stops reading requests.
    private func queueFinalProblem(_ problem: ProblemDetails, loop: EventLoop) {
        let requestID = loop.requestIDs.next()
        let before = output.count
        ResponseSerializer.serialize(
            problem.response, requestMethod: "GET", version: .http1_1,
            keepAlive: false, requestID: requestID, into: &output
        )
        if loop.logsRequests {
            loop.logAccess(
                method: "-", path: "-", status: problem.status.code, bytes: output.count - before,
                microseconds: 0, requestID: requestID, remote: remoteAddress
            )
        }
        phase = .closingAfterFlush
    }

    private func receive(into buffer: UnsafeMutableRawBufferPointer) -> IOResult {
        if let tls { return tls.read(into: buffer) }
        while true {
            let count = Glibc.read(key.fd, buffer.baseAddress, buffer.count)
            if count > 0 { return .done(count) }
            if count == 0 { return .closed }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wantRead
            case ECONNRESET: return .closed
            case let code: return .failed(String(cString: strerror(code)))
            }
        }
    }

    // MARK: Writing

    /// Writes queued output until done or the socket is full.
    private func flush(loop: EventLoop) {
        guard phase != .closed else { return }
        while pendingOutputCount > 0 {
            let result = output.withUnsafeBytes { bytes in
                send(UnsafeRawBufferPointer(rebasing: bytes[outputSent...]))
            }
            switch result {
            case .done(let count):
                outputSent += count
                lastWriteProgress = loop.now
            case .wantRead, .wantWrite:
                if !waitingForWritable { lastWriteProgress = loop.now }
                waitingForWritable = true
                return
            case .closed, .failed:
                close(loop: loop)
                return
            }
        }
        waitingForWritable = false
        outputSent = 0
        loop.recycleOutputBuffer(&output)   // an idle connection holds no buffer
        if phase == .closingAfterFlush { startLingering(loop: loop) }
    }

    private func send(_ bytes: UnsafeRawBufferPointer) -> IOResult {
        if let tls { return tls.write(bytes) }
        while true {
            let count = Glibc.send(key.fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
            if count >= 0 { return .done(count) }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wantWrite
            case EPIPE, ECONNRESET: return .closed
            case let code: return .failed(String(cString: strerror(code)))
            }
        }
    }

    // MARK: Closing

    /// Final response written: shut our write side (the client sees end of stream after the
    /// response) and discard input for a moment instead of closing with unread bytes, which
    /// would send a reset that can destroy the response before the client reads it.
    private func startLingering(loop: EventLoop) {
        tls?.sendCloseNotify()
        Glibc.shutdown(key.fd, Int32(SHUT_WR))
        phase = .lingering
        lingerUntil = min(loop.now + (loop.isShuttingDown ? EventLoop.shutdownLingerDuration : EventLoop.lingerDuration), loop.shutdownDeadline)
        discardInput(loop: loop)
    }

    private func discardInput(loop: EventLoop) {
        let scratch = loop.readBuffer
        while true {
            let count = Glibc.read(key.fd, scratch.baseAddress, scratch.count)
            if count > 0 {
                discardedWhileLingering += count
                if discardedWhileLingering > EventLoop.maxLingerDiscard { break }
                continue
            }
            if count < 0, errno == EINTR { continue }
            if count < 0, errno == EAGAIN || errno == EWOULDBLOCK { return }
            break   // end of stream, error, or enough discarded
        }
        close(loop: loop)
    }

    /// Shutdown of an idle connection: end of stream (FIN, and close_notify for TLS) instead of
    /// an abrupt close, so that a client whose next request crossed our close sees a clean end it
    /// can retry on, rather than a reset.
    func finishIdle(loop: EventLoop) {
        guard phase == .open else {
            close(loop: loop)
            return
        }
        startLingering(loop: loop)
    }

    func close(loop: EventLoop) {
        guard phase != .closed else { return }
        phase = .closed
        loop.remove(self)
    }

    // MARK: Timeouts

    /// The next moment this connection needs attention, and why.
    func nextDeadline(_ timeouts: TimeoutNanoseconds) -> (at: UInt64, kind: ConnectionTimeout) {
        switch phase {
        case .handshaking:
            return (acceptedAt &+ timeouts.handshake, .handshake)
        case .lingering:
            return (lingerUntil, .linger)
        case .closed:
            return (.max, .idle)
        case .open, .closingAfterFlush:
            if waitingForWritable {
                return (lastWriteProgress &+ timeouts.write, .write)
            }
            if let requestStartedAt {
                return (requestStartedAt &+ timeouts.header, .header)
            }
            return (max(lastRead, lastWriteProgress) &+ timeouts.idle, .idle)
        }
    }

    func timedOut(_ kind: ConnectionTimeout, loop: EventLoop) {
        switch kind {
        case .handshake, .idle, .write, .linger:
            close(loop: loop)
        case .header:
            queueFinalProblem(
                ProblemDetails(
                    status: .requestTimeout,
                    detail: "The request was not complete within \(loop.configuration.headerTimeout.formatted); the connection is closed."
                ),
                loop: loop
            )
            flush(loop: loop)
        }
    }
}

extension Duration {
    /// `10 s`, `250 ms`.
    var formatted: String {
        let (seconds, attoseconds) = components
        if attoseconds == 0 { return "\(seconds) s" }
        return "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000) ms"
    }
}
