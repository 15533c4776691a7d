import HTTPCore
import Logging

/// Everything an event loop needs, handed from `HTTPServer.start()` to the loop's thread.
struct EventLoopSetup: Sendable {
    var index: Int
    var configuration: ServerConfiguration
    var handler: any HTTPHandler
    var logger: Logger
    var tls: TLSContext?
    /// This loop's counters.
    var counters: LoopCounters
    /// Every loop's counters (the connection limit is server-wide).
    var allCounters: [LoopCounters]
    /// The epoll instance, created by `start()` so that failure is reported there.
    var epollFD: Int32
    /// This loop's `SO_REUSEPORT` listening socket.
    var listenerFD: Int32
    var handle: EventLoopHandle
}
