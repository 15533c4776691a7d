import HTTPCore
import Logging

/// What a connection and its session may use of the event loop that runs them: the handler,
/// request ids, the clock, the shutdown state, the access log, counters, scratch memory. One per
/// loop, confined to that loop's thread; the loop updates `now`, the shutdown state and (on a
/// reload) `handler` between events.
final class ConnectionContext {
    let configuration: ServerConfiguration
    /// The configuration's timeouts in nanoseconds.
    let timeouts: TimeoutNanoseconds
    /// Answers requests. Replaced between events when the server reloads its data, so a request
    /// is handled entirely by one handler and a response is never torn.
    var handler: any HTTPHandler
    let logger: Logger
    /// Request logging is on (`.info` or lower); checked once so it costs nothing when off.
    let logsRequests: Bool
    var requestIDs = RequestIDGenerator()
    /// Monotonic time (nanoseconds) of the current event batch.
    var now: UInt64
    /// When a graceful shutdown stops waiting for connections (`.max` when not shutting down).
    var shutdownDeadline: UInt64 = .max
    /// Scratch memory for every read on this loop (input is handed to a session at once).
    let readBuffer: UnsafeMutableRawBufferPointer
    /// Lends copy buffers to output queues.
    let outputBuffers = OutputBufferPool()
    let counters: LoopCounters
    private let loopHandle: EventLoopHandle
    private var shutdownBegan = false

    init(configuration: ServerConfiguration, handler: any HTTPHandler, logger: Logger, counters: LoopCounters, loopHandle: EventLoopHandle, now: UInt64) {
        self.configuration = configuration
        timeouts = TimeoutNanoseconds(configuration)
        self.handler = handler
        self.logger = logger
        logsRequests = logger.logLevel <= .info
        self.counters = counters
        self.loopHandle = loopHandle
        self.now = now
        readBuffer = .allocate(byteCount: 64 * 1024, alignment: 16)
    }

    deinit { readBuffer.deallocate() }

    /// A graceful shutdown has begun, or was just requested (a request handled before the loop
    /// saw the wake-up is answered with `Connection: close` too).
    var isShuttingDown: Bool { shutdownBegan || loopHandle.shutdownRequested.load(ordering: .relaxed) }

    /// Called by the loop when it begins its shutdown.
    func markShutdown() {
        shutdownBegan = true
        shutdownDeadline = now &+ configuration.shutdownGracePeriod.nanoseconds
    }

    /// The id of a request: the client's `X-Request-Id` when acceptable, else a new one.
    func requestID(offered: String?) -> String {
        if let offered, RequestIDGenerator.isAcceptable(offered) { return offered }
        return requestIDs.next()
    }

    /// One access-log line (only call when `logsRequests`).
    func logAccess(method: String, path: String, status: Int, bytes: Int, microseconds: UInt64, requestID: String, remote: String) {
        logger.info(
            "\(method) \(path) \(status)",
            metadata: [
                "bytes": "\(bytes)", "duration_us": "\(microseconds)",
                "request_id": "\(requestID)", "remote": "\(remote)",
            ]
        )
    }
}
