import CEpoll
import Glibc
import HTTPCore
import Logging

/// One thread running one epoll instance: accepts connections from its listener, drives every
/// connection it accepted, sweeps their deadlines, and winds down on shutdown.
///
/// All state here is confined to the loop's thread; the only ways in from outside are the
/// `EventLoopHandle` (eventfd + atomic flag) and the atomic `ServerCounters`.
final class EventLoop {
    /// How often deadlines are checked.
    static let sweepInterval: UInt64 = 250_000_000
    /// How long accepting pauses after EMFILE/ENFILE.
    static let acceptPause: UInt64 = 100_000_000
    /// How often (at most) a resource-exhaustion warning is logged.
    static let exhaustionLogInterval: UInt64 = 10_000_000_000
    /// How long a closing connection discards input after its final response.
    static let lingerDuration: UInt64 = 2_000_000_000
    /// The same during a shutdown, which should not wait long on clients.
    static let shutdownLingerDuration: UInt64 = 500_000_000
    static let maxLingerDiscard = 1 << 20
    static let maxAcceptsPerWakeup = 64

    let configuration: ServerConfiguration
    private let timeouts: TimeoutNanoseconds
    let handler: any HTTPHandler
    let logger: Logger
    /// Request logging is on (`.info` or lower); checked once so it costs nothing when off.
    let logsRequests: Bool
    /// Scratch space for every read on this loop (input is copied into the parser at once).
    let readBuffer: UnsafeMutableRawBufferPointer
    var requestIDs = RequestIDGenerator()
    /// Monotonic time of the current event batch.
    private(set) var now: UInt64
    private var shuttingDown = false
    /// A shutdown has begun (or was just requested: a request being handled while the loop
    /// has not seen the wake-up yet is answered with `Connection: close` too).
    var isShuttingDown: Bool { shuttingDown || handle.shutdownRequested.load(ordering: .relaxed) }
    /// When a shutdown stops waiting for connections (`.max` when not shutting down).
    private(set) var shutdownDeadline: UInt64 = .max

    private let index: Int
    private let epoll: Epoll
    private let tls: TLSContext?
    private let counters: ServerCounters
    private let handle: EventLoopHandle
    private let listenerFD: Int32
    private let sharedListener: Bool
    private var listening = false
    private var acceptResumesAt: UInt64?
    private var nextExhaustionLog: UInt64 = 0

    private var connections: [Connection?] = []
    private var connectionCount = 0
    private var nextGeneration: UInt32 = 0
    private var deadlines: DeadlineBuckets
    private var nextSweep: UInt64
    private var due: [ConnectionKey] = []
    private let events: UnsafeMutableBufferPointer<epoll_event>

    init(setup: EventLoopSetup) {
        index = setup.index
        configuration = setup.configuration
        timeouts = TimeoutNanoseconds(setup.configuration)
        handler = setup.handler
        logger = setup.logger
        logsRequests = setup.logger.logLevel <= .info
        tls = setup.tls
        counters = setup.counters
        handle = setup.handle
        listenerFD = setup.listenerFD
        sharedListener = setup.sharedListener
        epoll = Epoll(adopting: setup.epollFD)
        now = MonotonicClock.now()
        deadlines = DeadlineBuckets(granularity: Self.sweepInterval, now: now)
        nextSweep = now + Self.sweepInterval
        readBuffer = .allocate(byteCount: 64 * 1024, alignment: 16)
        events = .allocate(capacity: 512)
    }

    deinit {
        readBuffer.deallocate()
        events.deallocate()
    }

    /// Runs until shutdown completes (every connection closed or the grace period over).
    func run() {
        _ = epoll.add(handle.wakeFD, events: EpollFlag.readable, token: ConnectionKey.wakeToken)
        startListening()
        while true {
            let count = epoll.wait(into: events, timeoutMilliseconds: waitTimeout())
            now = MonotonicClock.now()
            for event in events[..<count] {
                dispatch(token: event.data.u64, events: event.events)
            }
            if let resume = acceptResumesAt, now >= resume, !shuttingDown {
                acceptResumesAt = nil
                startListening()
            }
            if now >= nextSweep {
                sweepDeadlines()
                nextSweep = now + Self.sweepInterval
            }
            if shuttingDown, connectionCount == 0 || now >= shutdownDeadline { break }
        }
        for case let connection? in connections { connection.close(loop: self) }
        epoll.remove(handle.wakeFD)
    }

    private func waitTimeout() -> Int32 {
        if connectionCount == 0, acceptResumesAt == nil, !shuttingDown { return -1 }
        var wait = Self.sweepInterval
        if let resume = acceptResumesAt { wait = min(wait, resume > now ? resume - now : 0) }
        return Int32((wait + 999_999) / 1_000_000)
    }

    private func dispatch(token: UInt64, events flags: UInt32) {
        switch token {
        case ConnectionKey.listenerToken:
            acceptConnections()
        case ConnectionKey.wakeToken:
            var value: UInt64 = 0
            _ = read(handle.wakeFD, &value, 8)
            if handle.shutdownRequested.load(ordering: .acquiring), !shuttingDown { beginShutdown() }
        default:
            let key = ConnectionKey(token: token)
            guard key.fd >= 0, Int(key.fd) < connections.count,
                  let connection = connections[Int(key.fd)], connection.key == key
            else { return }
            connection.handle(events: flags, loop: self)
            updateDeadline(of: connection)
        }
    }

    // MARK: Accepting

    private func startListening() {
        guard !listening else { return }
        var flags = EpollFlag.readable
        if sharedListener { flags |= EpollFlag.exclusive }
        if let code = epoll.add(listenerFD, events: flags, token: ConnectionKey.listenerToken) {
            logger.error("cannot watch the listening socket", metadata: ["errno": "\(code)", "loop": "\(index)"])
            return
        }
        listening = true
    }

    private func stopListening() {
        guard listening else { return }
        epoll.remove(listenerFD)
        listening = false
    }

    private func acceptConnections() {
        for _ in 0..<Self.maxAcceptsPerWakeup {
            var storage = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let fd = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    rights_accept_nonblocking(listenerFD, $0, &length)
                }
            }
            if fd < 0 {
                switch errno {
                case EAGAIN, EWOULDBLOCK:
                    return
                case EINTR, ECONNABORTED, EPROTO, EPERM:
                    continue
                case EINVAL, EBADF, ENOTSOCK:
                    stopListening()   // the listener was shut down
                    return
                case let code:   // EMFILE, ENFILE, ENOBUFS, ENOMEM, anything else: back off, don't spin
                    pauseAccepting(code: code)
                    return
                }
            }
            let remote = SocketAddress(storage: storage, length: length).text
            if isShuttingDown || counters.open.load(ordering: .relaxed) >= configuration.maxConnections {
                reject(fd)
                continue
            }
            admit(fd, remote: remote)
        }
    }

    private func admit(_ fd: Int32, remote: String) {
        var noDelay: Int32 = 1
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
        var session: TLSConnection?
        if let tls {
            guard let created = TLSConnection(context: tls, fd: fd) else {
                close(fd)
                return
            }
            session = created
        }
        nextGeneration = nextGeneration == .max ? 1 : nextGeneration + 1
        let key = ConnectionKey(fd: fd, generation: nextGeneration)
        let connection = Connection(key: key, remoteAddress: remote, tls: session, limits: configuration.limits, now: now)
        let flags = EpollFlag.readable | EpollFlag.writable | EpollFlag.peerClosedWrite | EpollFlag.edgeTriggered
        if epoll.add(fd, events: flags, token: key.token) != nil {
            close(fd)
            return
        }
        if Int(fd) >= connections.count {
            connections.append(contentsOf: repeatElement(nil, count: max(Int(fd) + 1, connections.count * 2) - connections.count))
        }
        connections[Int(fd)] = connection
        connectionCount += 1
        counters.open.add(1, ordering: .relaxed)
        counters.accepted.add(1, ordering: .relaxed)
        updateDeadline(of: connection)
    }

    /// Over the connection limit (or shutting down): a 503 problem, then close.
    private func reject(_ fd: Int32) {
        counters.rejected.add(1, ordering: .relaxed)
        if tls == nil {
            var response: [UInt8] = []
            let problem = ProblemDetails(
                status: .serviceUnavailable,
                detail: isShuttingDown
                    ? "The server is shutting down."
                    : "The server is at its limit of \(configuration.maxConnections) open connections; retry later."
            )
            var answer = problem.response
            answer.headers.add(name: "Retry-After", value: "1")
            ResponseSerializer.serialize(answer, requestMethod: "GET", version: .http1_1, keepAlive: false, requestID: nil, into: &response)
            _ = response.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
            _ = read(fd, readBuffer.baseAddress, readBuffer.count)   // unread input would turn close into a reset
            shutdown(fd, Int32(SHUT_WR))
        }
        close(fd)
    }

    private func pauseAccepting(code: Int32) {
        stopListening()
        acceptResumesAt = now + Self.acceptPause
        if now >= nextExhaustionLog {
            nextExhaustionLog = now + Self.exhaustionLogInterval
            logger.warning(
                "accept failed; pausing new connections on this loop for 100 ms",
                metadata: [
                    "error": "\(String(cString: strerror(code)))", "loop": "\(index)",
                    "open": "\(counters.open.load(ordering: .relaxed))",
                ]
            )
        }
    }

    // MARK: Connections

    func remove(_ connection: Connection) {
        let fd = connection.fd
        if Int(fd) < connections.count, connections[Int(fd)] === connection {
            connections[Int(fd)] = nil
            connectionCount -= 1
            counters.open.subtract(1, ordering: .relaxed)
        }
        close(fd)   // also removes it from the epoll set
    }

    private func updateDeadline(of connection: Connection) {
        guard connection.phase != .closed else { return }
        let deadline = connection.nextDeadline(timeouts).at
        if deadline < connection.scheduledCheck || connection.scheduledCheck <= now {
            connection.scheduledCheck = deadlines.schedule(connection.key, at: deadline)
        }
    }

    private func sweepDeadlines() {
        due.removeAll(keepingCapacity: true)
        deadlines.takeDue(now: now, into: &due)
        for key in due {
            guard Int(key.fd) < connections.count, let connection = connections[Int(key.fd)],
                  connection.key == key
            else { continue }
            let (deadline, kind) = connection.nextDeadline(timeouts)
            if deadline <= now {
                connection.timedOut(kind, loop: self)
                updateDeadline(of: connection)
            } else if connection.scheduledCheck > now, connection.scheduledCheck <= deadline {
                continue   // a later entry of this connection already covers it
            } else {
                connection.scheduledCheck = deadlines.schedule(key, at: deadline)
            }
        }
    }

    // MARK: Output buffers

    /// One output buffer per loop, lent to whichever connection is answering and returned when
    /// its output has been written: responses need no allocation, idle connections no memory.
    private var spareOutput: [UInt8] = []
    private static let largestKeptOutputBuffer = 1 << 20

    func lendOutputBuffer(to buffer: inout [UInt8]) {
        swap(&buffer, &spareOutput)
    }

    func recycleOutputBuffer(_ buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        if buffer.capacity > spareOutput.capacity, buffer.capacity <= Self.largestKeptOutputBuffer {
            swap(&buffer, &spareOutput)
        }
        buffer = []
    }

    // MARK: Shutdown

    private func beginShutdown() {
        shuttingDown = true
        shutdownDeadline = now + configuration.shutdownGracePeriod.nanoseconds
        stopListening()
        for case let connection? in connections where connection.isIdle {
            connection.finishIdle(loop: self)
            updateDeadline(of: connection)
        }
    }

    // MARK: Access log

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
