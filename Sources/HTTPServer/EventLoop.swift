import CEpoll
import Glibc
import HTTPCore
import Logging

/// One thread running one epoll instance: accepts connections from its listener, drives every
/// connection it accepted, sweeps their deadlines, and winds down on shutdown.
///
/// All state here is confined to the loop's thread; the only ways in from outside are the
/// `EventLoopHandle` (eventfd, shutdown flag, handler replacement) and the counters, which other
/// threads only read. Connections and sessions see the loop only through `ConnectionContext`.
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

    private let index: Int
    private let context: ConnectionContext
    private let epoll: Epoll
    private let tls: TLSContext?
    private let allCounters: [LoopCounters]
    private let handle: EventLoopHandle
    private let listenerFD: Int32
    private var listening = false
    private var shuttingDown = false
    private var acceptResumesAt: UInt64?
    private var nextExhaustionLog: UInt64 = 0

    /// Connections by file descriptor.
    private var connections: [Connection?] = []
    private var connectionCount = 0
    private var nextGeneration: UInt32 = 0
    private var deadlines: DeadlineBuckets
    private var nextSweep: UInt64
    private var due: [ConnectionKey] = []
    private let events: UnsafeMutableBufferPointer<epoll_event>

    init(setup: EventLoopSetup) {
        index = setup.index
        let now = MonotonicClock.now()
        context = ConnectionContext(
            configuration: setup.configuration, handler: setup.handler, logger: setup.logger,
            counters: setup.counters, loopHandle: setup.handle, now: now)
        tls = setup.tls
        allCounters = setup.allCounters
        handle = setup.handle
        listenerFD = setup.listenerFD
        epoll = Epoll(adopting: setup.epollFD)
        deadlines = DeadlineBuckets(granularity: Self.sweepInterval, now: now)
        nextSweep = now + Self.sweepInterval
        events = .allocate(capacity: 512)
    }

    deinit { events.deallocate() }

    private var configuration: ServerConfiguration { context.configuration }
    private var logger: Logger { context.logger }
    private var now: UInt64 { context.now }

    /// Runs until shutdown completes (every connection closed or the grace period over).
    func run() {
        _ = epoll.add(handle.wakeFD, events: EpollFlag.readable, token: ConnectionKey.wakeToken)
        startListening()
        while true {
            let count = epoll.wait(into: events, timeoutMilliseconds: waitTimeout())
            context.now = MonotonicClock.now()
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
            if shuttingDown, connectionCount == 0 || now >= context.shutdownDeadline { break }
        }
        for case let connection? in connections {
            connection.close()
            forget(connection)
        }
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
            if let replacement = handle.takeReplacementHandler() { context.handler = replacement }
            if handle.shutdownRequested.load(ordering: .acquiring), !shuttingDown { beginShutdown() }
        default:
            let key = ConnectionKey(token: token)
            guard key.fd >= 0, Int(key.fd) < connections.count,
                  let connection = connections[Int(key.fd)], connection.key == key
            else { return }
            connection.handle(events: flags)
            settle(connection)
        }
    }

    // MARK: Accepting

    private func startListening() {
        guard !listening else { return }
        if let code = epoll.add(listenerFD, events: EpollFlag.readable, token: ConnectionKey.listenerToken) {
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

    /// Open connections over every loop (read on accept only).
    private var openConnectionsEverywhere: Int {
        allCounters.reduce(0) { $0 + $1.open.load(ordering: .relaxed) }
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
            if context.isShuttingDown || openConnectionsEverywhere >= configuration.maxConnections {
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
        let peer = ConnectionPeer(remoteAddress: remote, isSecure: tls != nil)
        let connection = Connection(key: key, peer: peer, tls: session, context: context)
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
        context.counters.open.add(1, ordering: .relaxed)
        context.counters.accepted.add(1, ordering: .relaxed)
        settle(connection)
    }

    /// Over the connection limit (or shutting down): a 503 problem, then close.
    private func reject(_ fd: Int32) {
        context.counters.rejected.add(1, ordering: .relaxed)
        if tls == nil {
            var response: [UInt8] = []
            let problem = ProblemDetails(
                status: .serviceUnavailable,
                detail: context.isShuttingDown
                    ? "The server is shutting down."
                    : "The server is at its limit of \(configuration.maxConnections) open connections; retry later.",
                type: ProblemTypeURI.serviceUnavailable
            )
            var answer = problem.response
            answer.headers.add(name: "Retry-After", value: "1")
            ResponseSerializer.serialize(answer, requestMethod: "GET", version: .http1_1, keepAlive: false, requestID: nil, into: &response)
            _ = response.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
            _ = read(fd, context.readBuffer.baseAddress, context.readBuffer.count)   // unread input would turn close into a reset
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
                    "open": "\(openConnectionsEverywhere)",
                ]
            )
        }
    }

    // MARK: Connections

    /// After any call into `connection`: forget it when it closed, else make sure its next
    /// deadline has a timer entry.
    private func settle(_ connection: Connection) {
        if connection.phase == .closed {
            forget(connection)
            return
        }
        let deadline = connection.nextDeadline
        if deadline < connection.scheduledCheck || connection.scheduledCheck <= now {
            connection.scheduledCheck = deadlines.schedule(connection.key, at: deadline)
        }
    }

    private func forget(_ connection: Connection) {
        let fd = connection.fd
        if Int(fd) < connections.count, connections[Int(fd)] === connection {
            connections[Int(fd)] = nil
            connectionCount -= 1
            context.counters.open.subtract(1, ordering: .relaxed)
        }
    }

    private func sweepDeadlines() {
        due.removeAll(keepingCapacity: true)
        deadlines.takeDue(now: now, into: &due)
        for key in due {
            guard Int(key.fd) < connections.count, let connection = connections[Int(key.fd)],
                  connection.key == key
            else { continue }
            let deadline = connection.nextDeadline
            if deadline <= now {
                connection.deadlinePassed()
                settle(connection)
            } else if connection.scheduledCheck > now, connection.scheduledCheck <= deadline {
                continue   // a later entry of this connection already covers it
            } else {
                connection.scheduledCheck = deadlines.schedule(key, at: deadline)
            }
        }
    }

    // MARK: Shutdown

    private func beginShutdown() {
        shuttingDown = true
        context.markShutdown()
        stopListening()
        for case let connection? in connections {
            connection.beginGracefulShutdown()
            settle(connection)
        }
    }
}
