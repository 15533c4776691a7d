import CEpoll
import Glibc

/// A thin owner of one epoll instance. Registrations carry a 64-bit token (`ConnectionKey`).
struct Epoll: ~Copyable {
    let fd: Int32

    /// Creates an epoll instance and returns its descriptor (to be adopted by one loop).
    static func create() throws(SocketError) -> Int32 {
        let fd = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard fd >= 0 else { throw SocketError(operation: "epoll_create1", target: "event loop", code: errno) }
        return fd
    }

    /// Takes ownership of `fd`: it is closed with this value.
    init(adopting fd: Int32) {
        self.fd = fd
    }

    deinit { close(fd) }

    /// Registers `target`; returns the errno on failure.
    func add(_ target: Int32, events: UInt32, token: UInt64) -> Int32? {
        control(EPOLL_CTL_ADD, target, events: events, token: token)
    }

    func remove(_ target: Int32) {
        _ = control(EPOLL_CTL_DEL, target, events: 0, token: 0)
    }

    /// Waits up to `timeoutMilliseconds` (-1 = forever); returns how many events were stored.
    func wait(into events: UnsafeMutableBufferPointer<epoll_event>, timeoutMilliseconds: Int32) -> Int {
        let count = epoll_wait(fd, events.baseAddress, Int32(events.count), timeoutMilliseconds)
        return count < 0 ? 0 : Int(count)   // EINTR: report nothing, the caller loops
    }

    private func control(_ operation: Int32, _ target: Int32, events: UInt32, token: UInt64) -> Int32? {
        var event = epoll_event()
        event.events = events
        event.data.u64 = token
        return epoll_ctl(fd, operation, target, &event) == 0 ? nil : errno
    }
}

/// epoll flag values as `UInt32` (Swift imports them as an enum).
enum EpollFlag {
    static let readable = EPOLLIN.rawValue
    static let writable = EPOLLOUT.rawValue
    static let peerClosedWrite = EPOLLRDHUP.rawValue
    static let hangUp = EPOLLHUP.rawValue
    static let error = EPOLLERR.rawValue
    static let edgeTriggered = EPOLLET.rawValue
}
