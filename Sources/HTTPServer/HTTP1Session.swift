import HTTPCore

/// HTTP/1.1 (and 1.0) on one connection: parses requests as bytes arrive, answers them in order
/// (pipelining), and holds pipelined requests back while the client is not reading its answers.
///
/// A response is queued as a head (copied) plus the handler's body by reference, with its memory
/// file when it has one (`OutputQueue.append(body:file:)`), so a client that stops reading pins no
/// copy of a large body, and a plain socket sends it with `sendfile`.
/// Timeouts of its own: the request head must be complete within `headerTimeout` of its first
/// byte (else 408 and close), and a keep-alive connection with nothing to do for `idleTimeout`
/// is closed. Write stalls and slow readers are the connection's (`Connection`).
final class HTTP1Session: ConnectionSession {
    /// An idle session frees its parser's buffer after this long (10,000 idle keep-alive
    /// connections then hold no receive buffers).
    static let bufferTrimDelay: UInt64 = 1_000_000_000

    /// The interim response to `Expect: 100-continue` (RFC 9110 §15.2.1).
    static let continueResponse: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    private let context: ConnectionContext
    private let output: OutputQueue
    private let peer: ConnectionPeer
    private var parser: HTTPRequestParser
    /// When the first byte of the current, still incomplete request arrived.
    private var requestStartedAt: UInt64?
    /// Last input, answer or drained output: the idle timeout counts from here.
    private var lastActivity: UInt64
    private var bufferTrimmed = true
    /// A response that ends the connection is queued (`Connection: close`, an error, a 408).
    private var finalResponseQueued = false
    private var closesAtOnce = false
    private var peerEndedInput = false
    /// Complete requests wait in the parser until the client reads what is queued.
    private var heldBack = false
    private var shuttingDown = false
    /// Set by the connection: the socket's unacknowledged send-queue bytes (`SIOCOUTQ`), -1 on
    /// error; nil (unit tests) skips the kernel check.
    var transportUnacknowledgedBytes: (() -> Int)?
    /// The kernel's send queue is over `maxUnacknowledgedKernelBytes` while our queue is empty:
    /// either pipelined requests are held back for it, or a long response now sits entirely in
    /// the kernel (a 400 KB body fits in a loopback socket's buffer). No EPOLLOUT will come and
    /// the connection's write clocks do not run, so this session re-checks on its deadline and
    /// applies the stall and rate rules itself: a client that reads the kernel's bytes too
    /// slowly is reset, which frees them at once.
    private var kernelHold: KernelHold?
    /// `output.totalWritten` when the kernel's queue was last probed after a drain: the next
    /// probe waits until another `maxUnacknowledgedKernelBytes` have been written, so a client
    /// fetching small answers costs no extra system call.
    private var writtenAtLastDrainProbe: UInt64 = 0
    /// The client left the kernel's queue undrained too long, or drained it too slowly.
    private var closesWithReset = false

    private struct KernelHold {
        var queued: Int
        var checkedAt: UInt64
        var progressAt: UInt64
        var windowStart: UInt64
        var windowQueued: Int
    }

    /// How soon a kernel hold is re-checked (rounded up to the loop's 250 ms sweep).
    static let kernelRecheckDelay: UInt64 = 100_000_000

    init(context: ConnectionContext, output: OutputQueue, peer: ConnectionPeer) {
        self.context = context
        self.output = output
        self.peer = peer
        parser = HTTPRequestParser(limits: context.configuration.limits)
        lastActivity = context.now
    }

    // MARK: ConnectionSession

    func receive(_ input: UnsafeRawBufferPointer) {
        lastActivity = context.now
        bufferTrimmed = false
        parser.append(input)
        answerBufferedRequests(checksKernelFirst: false)
    }

    func inputEnded() {
        peerEndedInput = true
        answerBufferedRequests()
    }

    func outputWritable() {
        if output.isEmpty, kernelHold == nil { lastActivity = context.now }
        answerBufferedRequests()
        if output.isEmpty, !heldBack { watchKernelQueueAfterDrain() }
    }

    var wantsInput: Bool {
        !finalResponseQueued && !peerEndedInput && !heldBack
            && output.pendingBytes <= context.configuration.maxPendingWriteBytes
    }

    var closeRequest: SessionCloseRequest {
        if closesWithReset { return .reset }
        if closesAtOnce { return .immediately }
        if finalResponseQueued { return .afterOutput }
        if peerEndedInput, !heldBack { return .afterOutput }   // nothing more will arrive
        if shuttingDown, isIdle { return .afterOutput }
        return .none
    }

    var isIdle: Bool { output.isEmpty && !heldBack && !parser.hasPartialRequest }

    func beginGracefulShutdown() {
        shuttingDown = true   // the next response says `Connection: close` (context.isShuttingDown)
    }

    var nextDeadline: UInt64 {
        if finalResponseQueued || closesAtOnce || closesWithReset || !output.isEmpty { return .max }   // the connection's write clocks run
        if let hold = kernelHold {
            var deadline = min(hold.checkedAt &+ Self.kernelRecheckDelay, hold.progressAt &+ context.timeouts.write)
            if context.timeouts.responseRateWindow > 0 {
                deadline = min(deadline, hold.windowStart &+ context.timeouts.responseRateWindow)
            }
            return deadline
        }
        if let requestStartedAt { return requestStartedAt &+ context.timeouts.header }
        if !bufferTrimmed { return lastActivity &+ Self.bufferTrimDelay }
        return lastActivity &+ context.timeouts.idle
    }

    func deadlineReached() {
        let now = context.now
        guard now >= nextDeadline else { return }
        if kernelHold != nil, output.isEmpty {
            if heldBack {
                answerBufferedRequests()   // re-reads the kernel's queue; may resume
            } else {
                _ = kernelQueueIsFull()    // updates the hold, or ends it once drained
            }
            if let hold = kernelHold { enforceKernelDrain(hold) }
            return
        }
        if let requestStartedAt, now >= requestStartedAt &+ context.timeouts.header {
            queueFinalProblem(ProblemDetails(
                status: .requestTimeout,
                detail: "The request was not complete within \(context.configuration.headerTimeout.formatted); the connection is closed.",
                type: ProblemTypeURI.requestTimeout
            ))
        } else if !bufferTrimmed {
            parser.releaseBufferIfEmpty()
            bufferTrimmed = true
        } else {
            closesAtOnce = true   // idle keep-alive connection: close silently
        }
    }

    // MARK: Answering

    /// Takes every complete request out of the parser and queues its response, until one ends
    /// the connection or the queue (ours, or the kernel's) is over its limit. The kernel's queue
    /// is read only before a further buffered request (`checksKernelFirst` false: the first
    /// request of new input is answered without the system call).
    private func answerBufferedRequests(checksKernelFirst: Bool = true) {
        var checksKernel = checksKernelFirst
        while !finalResponseQueued, !closesAtOnce, !closesWithReset {
            if output.pendingBytes > context.configuration.maxPendingWriteBytes {
                heldBack = true   // requests wait until the client reads
                kernelHold = nil  // the connection's write clocks run meanwhile
                return
            }
            if checksKernel, parser.bufferedByteCount > 0, kernelQueueIsFull() {
                heldBack = true
                return
            }
            checksKernel = true
            switch parser.nextRequest() {
            case .needMoreData:
                heldBack = false
                kernelHold = nil
                if parser.takeContinueExpectation() {
                    // The head was accepted and the client waits before sending the body.
                    output.appendCopying { $0.append(contentsOf: Self.continueResponse) }
                }
                if parser.hasPartialRequest {
                    if requestStartedAt == nil { requestStartedAt = context.now }
                } else {
                    requestStartedAt = nil
                }
                return
            case .request(let request):
                requestStartedAt = nil
                answer(request)
            case .failure(let error):
                requestStartedAt = nil
                heldBack = false
                kernelHold = nil
                queueFinalProblem(error.problem)
            }
        }
        heldBack = false
        kernelHold = nil
    }

    /// After our queue drained: when another `maxUnacknowledgedKernelBytes` have been written
    /// since the last probe, reads the kernel's queue and, over the limit, watches it drain.
    private func watchKernelQueueAfterDrain() {
        let limit = context.configuration.maxUnacknowledgedKernelBytes
        guard limit > 0, output.totalWritten &- writtenAtLastDrainProbe > UInt64(limit) else { return }
        writtenAtLastDrainProbe = output.totalWritten
        _ = kernelQueueIsFull()
    }

    /// Reads `SIOCOUTQ`; over the limit, starts or updates the kernel hold.
    private func kernelQueueIsFull() -> Bool {
        let limit = context.configuration.maxUnacknowledgedKernelBytes
        guard limit > 0, let probe = transportUnacknowledgedBytes else { return false }
        let queued = probe()
        let now = context.now
        guard queued > limit else {
            kernelHold = nil
            return false
        }
        if var hold = kernelHold {
            if queued < hold.queued { hold.progressAt = now }
            hold.queued = queued
            hold.checkedAt = now
            kernelHold = hold
        } else {
            kernelHold = KernelHold(queued: queued, checkedAt: now, progressAt: now, windowStart: now, windowQueued: queued)
        }
        return true
    }

    /// The connection's write-stall and minimum-rate rules, applied to the kernel's queue while
    /// ours is empty: no drain for `writeTimeout`, or less than `minimumResponseRate` over a
    /// window, closes with a reset (which frees the kernel's bytes at once).
    private func enforceKernelDrain(_ hold: KernelHold) {
        let now = context.now
        let timeouts = context.timeouts
        if now >= hold.progressAt &+ timeouts.write {
            closesWithReset = true
            return
        }
        guard timeouts.responseRateWindow > 0, now >= hold.windowStart &+ timeouts.responseRateWindow else { return }
        let drained = UInt64(max(hold.windowQueued - hold.queued, 0))
        let required = UInt64(context.configuration.minimumResponseRate.bytesPerSecond) &* (now &- hold.windowStart) / 1_000_000_000
        if drained < required {
            context.counters.closedSlowReaders.add(1, ordering: .relaxed)
            closesWithReset = true
            return
        }
        kernelHold?.windowStart = now
        kernelHold?.windowQueued = hold.queued
    }

    private func answer(_ request: HTTPRequest) {
        let started = context.logsRequests ? MonotonicClock.now() : 0
        let requestID = context.requestID(offered: request.headers["X-Request-Id"])
        let requestContext = RequestContext(requestID: requestID, remoteAddress: peer.remoteAddress, isSecure: peer.isSecure)
        let response = context.handler.handle(request, context: requestContext)
        let keepAlive = request.keepAlive && !context.isShuttingDown
        let bytes = queue(response, requestMethod: request.method, version: request.version, keepAlive: keepAlive, requestID: requestID)
        lastActivity = context.now
        if context.logsRequests {
            context.logAccess(
                method: request.method, path: request.path, status: response.status.code,
                bytes: bytes, microseconds: (MonotonicClock.now() - started) / 1000,
                requestID: requestID, remote: peer.remoteAddress
            )
        }
        if !keepAlive { finalResponseQueued = true }
    }

    /// Queues a problem response with `Connection: close`; no further request is read.
    private func queueFinalProblem(_ problem: ProblemDetails) {
        let requestID = context.requestIDs.next()
        let bytes = queue(problem.response, requestMethod: "GET", version: .http1_1, keepAlive: false, requestID: requestID)
        if context.logsRequests {
            context.logAccess(
                method: "-", path: "-", status: problem.status.code, bytes: bytes,
                microseconds: 0, requestID: requestID, remote: peer.remoteAddress
            )
        }
        finalResponseQueued = true
    }

    /// Queues head and body; returns the bytes queued.
    private func queue(_ response: HTTPResponse, requestMethod: String, version: HTTPVersion, keepAlive: Bool, requestID: String) -> Int {
        let before = output.pendingBytes
        let copiesBody = response.body.count <= OutputQueue.copyLimit
        var framing: ResponseFraming?
        output.appendCopying { buffer in
            framing = ResponseSerializer.appendHead(
                response, requestMethod: requestMethod, version: version, keepAlive: keepAlive,
                requestID: requestID, into: &buffer, reservingBody: copiesBody)
            if copiesBody, framing?.sendsBody == true { buffer.append(contentsOf: response.body) }
        }
        if !copiesBody, framing?.sendsBody == true { output.append(body: response.body, file: response.bodyFile) }
        return output.pendingBytes - before
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
