import CEpoll
import Glibc
import Synchronization

/// The thread-safe side of an event loop: other threads use it to ask the loop to shut down.
/// Everything else about a loop is confined to its own thread.
final class EventLoopHandle: Sendable {
    /// An eventfd the loop watches; writing to it wakes the loop from `epoll_wait`.
    let wakeFD: Int32
    let shutdownRequested = Atomic<Bool>(false)

    init() throws(SocketError) {
        wakeFD = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard wakeFD >= 0 else { throw SocketError(operation: "eventfd", target: "event loop", code: errno) }
    }

    deinit { close(wakeFD) }

    func requestShutdown() {
        shutdownRequested.store(true, ordering: .releasing)
        var one: UInt64 = 1
        _ = write(wakeFD, &one, 8)
    }
}
