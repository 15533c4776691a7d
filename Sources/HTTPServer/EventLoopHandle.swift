import CEpoll
import Glibc
import HTTPCore
import Synchronization

/// The thread-safe side of an event loop: other threads use it to ask the loop to shut down or
/// to answer with a new handler. Everything else about a loop is confined to its own thread.
final class EventLoopHandle: Sendable {
    /// An eventfd the loop watches; writing to it wakes the loop from `epoll_wait`.
    let wakeFD: Int32
    let shutdownRequested = Atomic<Bool>(false)
    /// A handler the loop takes on its next wake-up (touched only then, never per request).
    private let replacementHandler = Mutex<(any HTTPHandler)?>(nil)

    init() throws(SocketError) {
        wakeFD = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard wakeFD >= 0 else { throw SocketError(operation: "eventfd", target: "event loop", code: errno) }
    }

    deinit { close(wakeFD) }

    func requestShutdown() {
        shutdownRequested.store(true, ordering: .releasing)
        wake()
    }

    /// Asks the loop to answer every later request with `handler`.
    func post(handler: any HTTPHandler) {
        replacementHandler.withLock { $0 = handler }
        wake()
    }

    /// The handler posted since the last call, if any (the loop's side).
    func takeReplacementHandler() -> (any HTTPHandler)? {
        replacementHandler.withLock { pending in
            defer { pending = nil }
            return pending
        }
    }

    private func wake() {
        var one: UInt64 = 1
        _ = write(wakeFD, &one, 8)
    }
}
