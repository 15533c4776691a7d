/// # HTTPServer
///
/// The socket side of RightsAPI: accepts TCP (optionally TLS) connections, feeds their bytes to
/// HTTPCore's `HTTPRequestParser`, calls the application's `HTTPHandler` synchronously, and
/// writes what `ResponseSerializer` produces.
///
/// ## Design, and why it wins here
///
/// - **One epoll loop per core, each on its own `Thread`.** A connection lives on one loop for
///   its whole life, so its state needs no lock, and a request is parsed, handled and answered
///   on the thread that read it: no hop to another thread or to Swift concurrency's pool (which
///   has only two threads on this machine and must never block). Thousands of idle keep-alive
///   connections cost a `Connection` object each, not a thread.
/// - **`SO_REUSEPORT` listeners, one per loop**: the kernel spreads new connections evenly over
///   the loops with no shared accept queue. (One listener shared with `EPOLLEXCLUSIVE` measured
///   0.95× nginx with a 0.4 s p99: long-lived connections piled onto whichever loop was idle.)
///   Because any process of the same user may join a `SO_REUSEPORT` group, `start()` first
///   checks the port is free.
/// - **Edge-triggered connections**, registered once for input, output and peer half-close:
///   no `epoll_ctl` per request or per state change. A short `read` means the socket was
///   drained (a new edge reports later data), which saves the extra `read` that ends in EAGAIN.
/// - **Transport and protocol apart.** `Connection` is the transport (socket, TLS, output queue,
///   transport timeouts); a `ConnectionSession` speaks the protocol (`HTTP1Session`; HTTP/2
///   plugs into `SessionFactory`), chosen by ALPN or by the cleartext preface. Both see their
///   loop only through one `ConnectionContext`.
/// - **One write per batch, no body copies.** Every complete request of a read is answered in
///   order into the connection's `OutputQueue`: heads and small bodies are copied together,
///   large bodies are referenced (the handler's precomputed array), and the queue leaves with
///   one `send`/`sendmsg` (scatter-gather), with `TCP_NODELAY` set, so pipelined requests cost
///   one syscall and a keep-alive response never waits on Nagle.
/// - **Bounded memory per client.** Input goes straight from a per-loop scratch buffer into the
///   parser (which enforces HTTPCore's size limits); output above `maxPendingWriteBytes` stops
///   reading from that client until it catches up; `writeTimeout` closes it if it stops reading
///   and `minimumResponseRate` if it reads too slowly.
/// - **Coarse deadline buckets** (`DeadlineBuckets`, 250 ms): handshake, header, idle, write and
///   linger timeouts cost one bucket entry per connection per period, and a sweep touches only
///   the entries that are due.
/// - **Failures stay local.** A parse error is answered with its problem response and
///   `Connection: close`, then the socket is half-closed and drained briefly so that the client
///   reads the answer instead of a reset. `EMFILE`/`ENFILE` on accept pauses accepting on that
///   loop for 100 ms (logged once per interval) instead of spinning. No errno ends the process.
///
/// Measured on this 2-core machine with `../shared/bench/compare.sh` (quiet run, same 2.4 KB
/// payload for every server): 72.5k req/s at 64 connections = 1.38× nginx (1 worker) and 2.70×
/// Hummingbird, p99 4.7 ms against Hummingbird's 5.9 ms; 72.0k req/s at 256 = 1.39× nginx and
/// 3.07× Hummingbird, p99 7.0 ms against 22.0 ms. 13–16 µs of server CPU per request against
/// nginx's 16–17 µs and Hummingbird's 59 µs. One `read` and one `sendto` per request (strace);
/// most of the remaining time is the kernel's TCP path. 10,000 idle keep-alive connections add
/// ~6 MB of resident memory (`scripts/idle-connections.sh`) because an idle connection holds no
/// buffer: each loop lends one output buffer to whichever connection is answering.
///
/// TLS (OpenSSL 3 through `COpenSSL`) runs in the same loops: `TLSContext` is built once at
/// startup and validates the files; each `TLSConnection` performs a non-blocking handshake.
///
/// Live handler replacement (`replaceHandler(_:)`): each loop takes the new handler between two
/// events, so no request path takes a lock and no response mixes two handlers.
///
/// Graceful shutdown (`shutdown()`, or SIGTERM/SIGINT in `run()`): the listeners stop at once,
/// idle connections close, in-flight requests are answered with `Connection: close`, and the
/// loops exit when their last connection is gone or the grace period is over.
public import HTTPCore
public import Logging
import Dispatch
import Foundation
import CEpoll
import Glibc
import Synchronization

/// An HTTP/1.1 server on epoll event loops. See the module documentation for the design.
public final class HTTPServer: Sendable {
    private enum Lifecycle {
        case idle
        case running(Running)
        case stopping
        case stopped
    }

    private struct Running {
        var handles: [EventLoopHandle]
        var listeners: [Int32]
        var loopsFinished: DispatchGroup
    }

    public let configuration: ServerConfiguration
    /// The handler new loops start with (the latest `replaceHandler` value).
    private let currentHandler: Mutex<any HTTPHandler>
    private let logger: Logger
    private let tlsContext: TLSContext?
    /// One set of counters per loop, summed when read.
    private let loopCounters: [LoopCounters]
    private let lifecycle = Mutex<Lifecycle>(.idle)
    private let port = Atomic<Int>(0)
    /// Entered by `start()`, left when shutdown completes; `run()` waits on it.
    private let stopped = DispatchGroup()

    /// Validates the configuration and, for TLS, loads and checks the certificate and key
    /// (a missing, unreadable or mismatched file is an error naming that file).
    public init(configuration: ServerConfiguration, handler: any HTTPHandler, logger: Logger) throws {
        guard configuration.eventLoopCount >= 1 else {
            throw HTTPServerError.invalidConfiguration("eventLoopCount must be at least 1")
        }
        guard configuration.maxConnections >= 1 else {
            throw HTTPServerError.invalidConfiguration("maxConnections must be at least 1")
        }
        guard (0...65535).contains(configuration.port) else {
            throw HTTPServerError.invalidConfiguration("port \(configuration.port) is not in 0...65535")
        }
        self.configuration = configuration
        currentHandler = Mutex(handler)
        self.logger = logger
        loopCounters = (0..<configuration.eventLoopCount).map { _ in LoopCounters() }
        tlsContext = try configuration.tls.map { tls throws(TLSError) in try TLSContext(configuration: tls) }
    }

    /// The port the server listens on (meaningful after `start()`; resolves port 0).
    public var boundPort: Int { port.load(ordering: .acquiring) }

    /// Binds, listens and starts the event-loop threads; returns at once.
    public func start() throws {
        try lifecycle.withLock { state throws in
            guard case .idle = state else { throw HTTPServerError.alreadyStarted }
            let running = try launch()
            state = .running(running)
        }
    }

    private func launch() throws -> Running {
        let address = try SocketAddress.resolve(host: configuration.host, port: configuration.port)
        let count = configuration.eventLoopCount
        let backlog = Int32(clamping: configuration.listenBacklog)
        var listeners: [Int32] = []
        var epolls: [Int32] = []
        do {
            if configuration.port != 0 { try ListeningSocket.checkPortIsFree(address) }
            let first = try ListeningSocket.open(at: address, reusePort: true, backlog: backlog)
            listeners.append(first)
            var shared = address
            if configuration.port == 0, let bound = SocketAddress.local(of: first) { shared = bound }
            for _ in 1..<count {
                listeners.append(try ListeningSocket.open(at: shared, reusePort: true, backlog: backlog))
            }
            for _ in 0..<count { epolls.append(try Epoll.create()) }
        } catch {
            for fd in listeners + epolls { close(fd) }
            throw error
        }
        let bound = SocketAddress.local(of: listeners[0])
        port.store(bound?.port ?? configuration.port, ordering: .releasing)

        // A write to a peer that has gone must be an EPIPE error, never a signal that kills the
        // process (OpenSSL writes with write(2), which cannot pass MSG_NOSIGNAL).
        signal(SIGPIPE, SIG_IGN)

        let loopsFinished = DispatchGroup()
        var handles: [EventLoopHandle] = []
        let handler = currentHandler.withLock { $0 }
        for index in 0..<count {
            let handle = try EventLoopHandle()
            handles.append(handle)
            let setup = EventLoopSetup(
                index: index, configuration: configuration, handler: handler, logger: logger,
                tls: tlsContext, counters: loopCounters[index], allCounters: loopCounters,
                epollFD: epolls[index], listenerFD: listeners[index], handle: handle
            )
            loopsFinished.enter()
            let thread = Thread {
                _ = rights_set_current_thread_name("http-loop-\(index)")
                EventLoop(setup: setup).run()
                loopsFinished.leave()
            }
            thread.start()
        }
        stopped.enter()
        logger.notice(
            "listening",
            metadata: [
                "address": "\(bound?.text ?? configuration.host)",
                "scheme": "\(tlsContext == nil ? "http" : "https")",
                "event_loops": "\(count)",
            ]
        )
        return Running(handles: handles, listeners: listeners, loopsFinished: loopsFinished)
    }

    /// Installs the SIGTERM/SIGINT handlers, then starts (if not started yet), calls
    /// `whenListening` with the bound port, and blocks until a SIGTERM or SIGINT — or a
    /// `shutdown()` call from elsewhere — has shut the server down gracefully.
    ///
    /// Call it without calling `start()` first: a signal that arrives between `start()` and
    /// `run()` would otherwise find no handler and kill the process instead of stopping it.
    public func run(whenListening: (Int) -> Void = { _ in }) throws {
        // Signals first: once the port accepts connections, SIGTERM must mean a graceful stop.
        let queue = DispatchQueue(label: "HTTPServer.signals")
        let sources = [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)   // the dispatch source sees it; the default action must not
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [self] in
                logger.notice("signal received; shutting down gracefully", metadata: ["signal": "\(number)"])
                shutdown()
            }
            source.resume()
            return source
        }
        defer { for source in sources { source.cancel() } }
        if lifecycle.withLock({ if case .idle = $0 { true } else { false } }) {
            try start()
        }
        whenListening(boundPort)
        stopped.wait()
    }

    /// Graceful shutdown: stop accepting, close idle connections, finish and answer in-flight
    /// requests (with `Connection: close`), then return once every loop has exited or the
    /// grace period is over. Safe to call more than once and from any thread.
    public func shutdown() {
        let running: Running? = lifecycle.withLock { state in
            guard case .running(let running) = state else { return nil }
            state = .stopping
            return running
        }
        guard let running else {
            stopped.wait()   // another caller is shutting down (or it never started)
            return
        }
        logger.notice("shutting down", metadata: ["open_connections": "\(connectionCounts().open)"])
        for fd in running.listeners { Glibc.shutdown(fd, Int32(SHUT_RDWR)) }   // refuse new connections now
        for handle in running.handles { handle.requestShutdown() }
        let margin = DispatchTimeInterval.nanoseconds(Int(clamping: configuration.shutdownGracePeriod.nanoseconds) + 2_000_000_000)
        if running.loopsFinished.wait(timeout: .now() + margin) == .success {
            for fd in running.listeners { close(fd) }
        } else {
            logger.error("event loops did not finish within the grace period")
        }
        lifecycle.withLock { $0 = .stopped }
        logger.notice("stopped")
        stopped.leave()
    }

    /// Answers every request that starts from now on with `handler` (each loop switches between
    /// two events; requests already being answered finish with the old one). For a live reload.
    public func replaceHandler(_ handler: any HTTPHandler) {
        lifecycle.withLock { state in
            currentHandler.withLock { $0 = handler }
            if case .running(let running) = state {
                for handle in running.handles { handle.post(handler: handler) }
            }
        }
    }

    /// Connections now and since start, summed over the loops' own counters.
    public struct ConnectionCounts: Sendable, Equatable {
        /// Open now (plain and TLS).
        public var open = 0
        /// Accepted since start.
        public var accepted = 0
        /// Refused or closed because a limit was reached (max connections, EMFILE).
        public var rejected = 0
        /// Reset because the client read its responses below the minimum response rate.
        public var slowReadersClosed = 0
    }

    public func connectionCounts() -> ConnectionCounts {
        var counts = ConnectionCounts()
        for counters in loopCounters {
            counts.open += counters.open.load(ordering: .relaxed)
            counts.accepted += counters.accepted.load(ordering: .relaxed)
            counts.rejected += counters.rejected.load(ordering: .relaxed)
            counts.slowReadersClosed += counters.closedSlowReaders.load(ordering: .relaxed)
        }
        return counts
    }
}
