import CEpoll
import Glibc

/// Creates non-blocking listening sockets.
enum ListeningSocket {
    /// A socket bound to `address` and listening (only bound when `backlog` is nil). With `reusePort`, further sockets may bind the
    /// same port (one per event loop) and the kernel spreads connections over them.
    static func open(at address: SocketAddress, reusePort: Bool, backlog: Int32?) throws(SocketError) -> Int32 {
        let fd = socket(address.family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SocketError(operation: "socket", target: address.text, code: errno) }
        do throws(SocketError) {
            try setOption(fd, SOL_SOCKET, SO_REUSEADDR, 1, address)
            if reusePort { try setOption(fd, SOL_SOCKET, SO_REUSEPORT, 1, address) }
            var storage = address.storage
            let status = withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, address.length) }
            }
            guard status == 0 else { throw SocketError(operation: "bind", target: address.text, code: errno) }
            guard let backlog else { return fd }
            guard listen(fd, backlog) == 0 else { throw SocketError(operation: "listen", target: address.text, code: errno) }
            return fd
        } catch {
            close(fd)
            throw error
        }
    }

    /// Fails with EADDRINUSE when another socket (even one of another process that set
    /// `SO_REUSEPORT`, which would otherwise silently share the port) already listens there.
    static func checkPortIsFree(_ address: SocketAddress) throws(SocketError) {
        let fd = try open(at: address, reusePort: false, backlog: nil)
        close(fd)
    }

    private static func setOption(_ fd: Int32, _ level: Int32, _ name: Int32, _ value: Int32, _ address: SocketAddress) throws(SocketError) {
        var value = value
        guard setsockopt(fd, level, name, &value, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw SocketError(operation: "setsockopt(\(name))", target: address.text, code: errno)
        }
    }
}
