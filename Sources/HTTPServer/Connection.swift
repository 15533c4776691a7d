import CEpoll
import Glibc
import HTTPCore

/// One accepted socket: the transport under a `ConnectionSession`. It reads (through TLS when
/// configured) and hands the input to the session, writes the session's `OutputQueue`, and owns
/// the transport's clocks: TLS handshake, write stalls, the minimum response rate, lingering.
///
/// Lifecycle: `handshaking` (TLS only) → `open` (the session exchanges requests and responses) →
/// `closingAfterFlush` (the session asked to close once its output is written) → `lingering`
/// (write side shut, input discarded briefly so that unread request bytes do not turn our close
/// into a reset that destroys the response) → `closed`.
///
/// Which session: TLS connections choose by ALPN after the handshake; cleartext connections by
/// their first bytes (the HTTP/2 preface, else HTTP/1.1). See `SessionFactory`.
///
/// Confined to its loop's thread. The loop forgets a connection once `phase == .closed` after
/// any call into it.
final class Connection {
    enum Phase: Equatable { case handshaking, open, closingAfterFlush, lingering, closed }

    let key: ConnectionKey
    let peer: ConnectionPeer
    private(set) var phase: Phase
    private let tls: TLSConnection?
    private let context: ConnectionContext
    private let output: OutputQueue
    private var session: any ConnectionSession
    /// Cleartext only: the first bytes, held until they show whether the client starts with the
    /// HTTP/2 preface; nil once decided.
    private var prefaceProbe: [UInt8]?
    private var probeStartedAt: UInt64 = 0

    private let acceptedAt: UInt64
    private var lastWriteProgress: UInt64
    private var waitingForWritable = false
    /// The last read did not show the socket drained: read again when the session wants input.
    private var inputMayBePending = false
    private var peerClosedInput = false
    private var lingerUntil: UInt64 = 0
    private var discardedWhileLingering = 0
    /// Minimum response rate: the current measuring window, while output is pending.
    private var rateWindowStart: UInt64?
    private var rateWindowWritten: UInt64 = 0
    /// Time of the earliest timer entry this connection has in the loop's buckets.
    var scheduledCheck: UInt64 = .max

    init(key: ConnectionKey, peer: ConnectionPeer, tls: TLSConnection?, context: ConnectionContext) {
        self.key = key
        self.peer = peer
        self.tls = tls
        self.context = context
        output = OutputQueue(pool: context.outputBuffers)
        let http1 = HTTP1Session(context: context, output: output, peer: peer)
        let fd = key.fd   // TLS: the ciphertext queue of the same socket
        http1.transportUnacknowledgedBytes = { Int(rights_socket_unacknowledged_bytes(fd)) }
        session = http1
        phase = tls == nil ? .open : .handshaking
        prefaceProbe = tls == nil ? [] : nil
        acceptedAt = context.now
        lastWriteProgress = context.now
    }

    var fd: Int32 { key.fd }

    /// No request in progress and nothing to send: a shutdown may close it at once.
    var isIdle: Bool {
        switch phase {
        case .handshaking: true
        case .open: session.isIdle && prefaceProbe?.isEmpty != false
        case .closingAfterFlush, .lingering, .closed: false
        }
    }

    // MARK: Readiness

    func handle(events: UInt32) {
        if events & EpollFlag.error != 0 {
            close()
            return
        }
        switch phase {
        case .handshaking:
            continueHandshake()
        case .lingering:
            discardInput()
        case .open, .closingAfterFlush:
            if events & EpollFlag.hangUp != 0 {   // both directions gone: nothing can be delivered
                close()
                return
            }
            if events & (EpollFlag.readable | EpollFlag.peerClosedWrite) != 0 { inputMayBePending = true }
            if phase == .open, output.isEmpty, !session.wantsInput {
                // Held back with nothing of ours queued (HTTP/1.1 waiting for the kernel's send
                // queue to drain): no EPOLLOUT edge says when, so let it re-check on any event.
                session.outputWritable()
            }
            exchange(readingUntilExhausted: events & EpollFlag.peerClosedWrite != 0 || tls != nil)
        case .closed:
            break
        }
    }

    private func continueHandshake() {
        guard let tls else { return }
        switch tls.handshake() {
        case .done:
            phase = .open
            if SessionProtocol(alpn: tls.negotiatedProtocol) == .http2,
               let http2 = SessionFactory.makeSession(.http2, context: context, output: output, peer: peer) {
                session = http2
            }
            inputMayBePending = true   // the client's first request may already be buffered
            exchange(readingUntilExhausted: true)
        case .wantRead, .wantWrite:
            break
        case .closed:
            close()
        case .failed(let reason):
            context.logger.debug("TLS handshake failed", metadata: ["remote": "\(peer.remoteAddress)", "reason": "\(reason)"])
            close()
        }
    }

    // MARK: Exchange

    /// Writes what is queued and reads what the session wants, until neither can progress.
    private func exchange(readingUntilExhausted: Bool) {
        while true {
            flush()
            guard phase == .open, inputMayBePending, !peerClosedInput, session.wantsInput else { break }
            readAvailableInput(untilExhausted: readingUntilExhausted)
            applyCloseRequest()
        }
        applyCloseRequest()
    }

    private func readAvailableInput(untilExhausted: Bool) {
        let scratch = context.readBuffer
        while phase == .open, !peerClosedInput, session.wantsInput {
            switch receive(into: scratch) {
            case .done(let count):
                deliver(UnsafeRawBufferPointer(rebasing: scratch[..<count]))
                // A short read on a plain socket drained it; an edge-triggered event will say
                // when more arrives. TLS may hold decrypted bytes back, so it reads to EAGAIN.
                if count < scratch.count, !untilExhausted {
                    inputMayBePending = false
                    return
                }
            case .wantRead, .wantWrite:
                inputMayBePending = false
                return
            case .closed:
                inputMayBePending = false
                peerClosedInput = true
                if let probe = prefaceProbe {   // ended before deciding: whatever came is HTTP/1.1
                    prefaceProbe = nil
                    probe.withUnsafeBytes { session.receive($0) }
                }
                session.inputEnded()
                return
            case .failed:
                close()
                return
            }
        }
    }

    /// Hands input to the session; on a cleartext connection's first bytes, chooses the session.
    private func deliver(_ input: UnsafeRawBufferPointer) {
        guard var probe = prefaceProbe else {
            session.receive(input)
            return
        }
        let match: HTTP2Preface.Match
        if probe.isEmpty {
            match = HTTP2Preface.match(input)
            if match == .undecided {
                prefaceProbe = Array(input)
                probeStartedAt = context.now
                return
            }
            prefaceProbe = nil
            chooseSession(match)
            session.receive(input)
        } else {
            probe.append(contentsOf: input)
            match = probe.withUnsafeBytes { HTTP2Preface.match($0) }
            guard match != .undecided else {
                prefaceProbe = probe
                return
            }
            prefaceProbe = nil
            chooseSession(match)
            probe.withUnsafeBytes { session.receive($0) }
        }
    }

    private func chooseSession(_ match: HTTP2Preface.Match) {
        guard match == .http2,
              let http2 = SessionFactory.makeSession(.http2, context: context, output: output, peer: peer)
        else { return }
        session = http2
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

    /// Acts on the session's close request; starts lingering once a closing connection's output
    /// is written.
    private func applyCloseRequest() {
        switch phase {
        case .open:
            switch session.closeRequest {
            case .none: return
            case .afterOutput: phase = .closingAfterFlush
            case .immediately:
                close()
                return
            case .reset:
                abort()
                return
            }
        case .closingAfterFlush:
            switch session.closeRequest {
            case .immediately:
                close()
                return
            case .reset:
                abort()
                return
            case .none, .afterOutput:
                break
            }
        case .handshaking, .lingering, .closed:
            return
        }
        if output.isEmpty { startLingering() }
    }

    // MARK: Writing

    /// Writes queued output until it is empty or the socket is full; each time a write leaves the
    /// queue at or below the low-water mark, the session may queue more (held-back work).
    private func flush() {
        let lowWater = context.configuration.maxPendingWriteBytes
        while phase == .open || phase == .closingAfterFlush {
            guard !output.isEmpty else { break }
            if rateWindowStart == nil {
                rateWindowStart = context.now
                rateWindowWritten = output.totalWritten
            }
            let writtenBefore = output.totalWritten
            let blocked = writeUntilBlocked()
            guard phase != .closed else { return }
            guard output.totalWritten > writtenBefore, output.pendingBytes <= lowWater, phase == .open else { break }
            let queuedBefore = output.pendingBytes
            session.outputWritable()
            if blocked || output.pendingBytes == queuedBefore { break }
        }
        if output.isEmpty {
            waitingForWritable = false
            rateWindowStart = nil
        }
    }

    /// Returns true when the socket is full (an EPOLLOUT edge will say when it drains).
    private func writeUntilBlocked() -> Bool {
        while !output.isEmpty {
            let result: IOResult
            if let tls {
                result = output.writeRecord { tls.write($0) }
            } else {
                result = output.writeNext(
                    vectors: { vectors, fileFollows in Self.send(vectors, to: key.fd, moreFollows: fileFollows) },
                    file: { descriptor, offset, count in Self.sendFile(descriptor, offset: offset, count: count, to: key.fd) }
                )
            }
            switch result {
            case .done(let count) where count > 0:
                lastWriteProgress = context.now
            case .done, .wantRead, .wantWrite:
                if !waitingForWritable { lastWriteProgress = context.now }
                waitingForWritable = true
                return true
            case .closed, .failed:
                close()
                return true
            }
        }
        waitingForWritable = false
        return false
    }

    /// `moreFollows`: a file segment comes next, so the kernel may hold these bytes for it
    /// (`MSG_MORE`) and send head and body in the same packets.
    private static func send(_ vectors: UnsafeBufferPointer<iovec>, to fd: Int32, moreFollows: Bool) -> IOResult {
        let flags = Int32(MSG_NOSIGNAL) | (moreFollows ? Int32(MSG_MORE) : 0)
        while true {
            let count: Int
            if vectors.count == 1 {
                count = Glibc.send(fd, vectors[0].iov_base, vectors[0].iov_len, flags)
            } else {
                var message = msghdr()
                message.msg_iov = UnsafeMutablePointer(mutating: vectors.baseAddress)
                message.msg_iovlen = vectors.count
                count = sendmsg(fd, &message, flags)
            }
            if count >= 0 { return .done(count) }
            if let result = classifySendError(errno) { return result }
        }
    }

    /// `count` bytes of file `descriptor` from `offset`, with `sendfile(2)` (no copy into the kernel).
    private static func sendFile(_ descriptor: Int32, offset: Int, count: Int, to fd: Int32) -> IOResult {
        var position = off_t(offset)
        while true {
            let sent = Glibc.sendfile(fd, descriptor, &position, count)
            if sent > 0 { return .done(sent) }
            if sent == 0 { return .failed("sendfile sent nothing: the body file is shorter than its region") }
            if let result = classifySendError(errno) { return result }
        }
    }

    /// nil for EINTR (try again).
    private static func classifySendError(_ code: Int32) -> IOResult? {
        switch code {
        case EINTR: nil
        case EAGAIN, EWOULDBLOCK: .wantWrite
        case EPIPE, ECONNRESET: .closed
        default: .failed(String(cString: strerror(code)))
        }
    }

    // MARK: Closing

    /// Final output written: shut our write side (the client sees end of stream after the
    /// response) and discard input for a moment instead of closing with unread bytes, which
    /// would send a reset that can destroy the response before the client reads it.
    private func startLingering() {
        tls?.sendCloseNotify()
        Glibc.shutdown(key.fd, Int32(SHUT_WR))
        phase = .lingering
        let linger = context.isShuttingDown ? EventLoop.shutdownLingerDuration : EventLoop.lingerDuration
        lingerUntil = min(context.now &+ linger, context.shutdownDeadline)
        discardInput()
    }

    private func discardInput() {
        let scratch = context.readBuffer
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
        close()
    }

    /// A graceful shutdown began: idle connections end now (end of stream, and close_notify for
    /// TLS, rather than an abrupt close, so that a client whose next request crossed ours sees a
    /// clean end it can retry on); busy ones let their session finish.
    func beginGracefulShutdown() {
        switch phase {
        case .handshaking:
            close()
        case .open where isIdle:
            startLingering()
        case .open:
            session.beginGracefulShutdown()
            exchange(readingUntilExhausted: tls != nil)
        case .closingAfterFlush, .lingering, .closed:
            break
        }
    }

    /// Closes with a reset (`SO_LINGER` 0) for a client that stopped reading or reads too
    /// slowly: the kernel frees the unsent bytes at once instead of keeping them queued for a
    /// reader that will not take them (nginx's `reset_timedout_connection`).
    private func abort() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(key.fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close()
    }

    /// Closes the socket now (queued output is dropped).
    func close() {
        guard phase != .closed else { return }
        phase = .closed
        output.discardAll()
        Glibc.close(key.fd)   // also removes it from the epoll set
    }

    // MARK: Timeouts

    /// The next moment this connection needs attention (`.max` for none).
    var nextDeadline: UInt64 {
        let timeouts = context.timeouts
        switch phase {
        case .handshaking:
            return acceptedAt &+ timeouts.handshake
        case .lingering:
            return lingerUntil
        case .closed:
            return .max
        case .open, .closingAfterFlush:
            var deadline = session.nextDeadline
            if waitingForWritable { deadline = min(deadline, lastWriteProgress &+ timeouts.write) }
            if let rateWindowStart, timeouts.responseRateWindow > 0 {
                deadline = min(deadline, rateWindowStart &+ timeouts.responseRateWindow)
            }
            if prefaceProbe?.isEmpty == false { deadline = min(deadline, probeStartedAt &+ timeouts.header) }
            return deadline
        }
    }

    /// Called by the loop's sweep once `nextDeadline` has passed.
    func deadlinePassed() {
        let now = context.now
        let timeouts = context.timeouts
        switch phase {
        case .handshaking, .lingering:
            if now >= nextDeadline { close() }
        case .open, .closingAfterFlush:
            if waitingForWritable, now >= lastWriteProgress &+ timeouts.write {
                abort()   // the client stopped reading
                return
            }
            if let start = rateWindowStart, timeouts.responseRateWindow > 0, now >= start &+ timeouts.responseRateWindow {
                checkResponseRate(windowStart: start)
                if phase == .closed { return }
            }
            if prefaceProbe?.isEmpty == false, now >= probeStartedAt &+ timeouts.header {
                close()   // a few bytes of what might have been a preface, then nothing
                return
            }
            if now >= session.nextDeadline {
                session.deadlineReached()
                exchange(readingUntilExhausted: tls != nil)
            }
        case .closed:
            break
        }
    }

    /// Closes a connection whose client read its responses slower than the minimum rate over the
    /// window that just ended; otherwise starts the next window.
    private func checkResponseRate(windowStart: UInt64) {
        let written = output.totalWritten &- rateWindowWritten
        let elapsed = context.now &- windowStart
        let required = UInt64(context.configuration.minimumResponseRate.bytesPerSecond) &* elapsed / 1_000_000_000
        if written < required {
            context.counters.closedSlowReaders.add(1, ordering: .relaxed)
            context.logger.debug(
                "closing a client that reads slower than the minimum response rate",
                metadata: ["remote": "\(peer.remoteAddress)", "bytes": "\(written)", "milliseconds": "\(elapsed / 1_000_000)"]
            )
            abort()
            return
        }
        rateWindowStart = context.now
        rateWindowWritten = output.totalWritten
    }
}
