import HTTPCore
import Logging

/// Everything an event loop needs, handed from `HTTPServer.start()` to the loop's thread.
struct EventLoopSetup: Sendable {
    var index: Int
    var configuration: ServerConfiguration
    var handler: any HTTPHandler
    var logger: Logger
    var tls: TLSContext?
    var counters: ServerCounters
    /// The epoll instance, created by `start()` so that failure is reported there.
    var epollFD: Int32
    var listenerFD: Int32
    /// The listener is shared with the other loops (registered with `EPOLLEXCLUSIVE`).
    var sharedListener: Bool
    var handle: EventLoopHandle
}
