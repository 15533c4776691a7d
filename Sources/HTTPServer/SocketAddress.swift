import CEpoll
import Glibc

/// An IPv4 or IPv6 socket address, resolved once at startup and formatted for logs.
struct SocketAddress: Sendable {
    var storage: sockaddr_storage
    var length: socklen_t

    /// Resolves `host` (a literal or a name) for a passive TCP socket on `port`.
    static func resolve(host: String, port: Int) throws(HTTPServerError) -> SocketAddress {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var result: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &result)
        guard status == 0, let first = result else {
            throw .invalidAddress(host: host, port: port, reason: String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(result) }
        var address = SocketAddress(storage: sockaddr_storage(), length: first.pointee.ai_addrlen)
        withUnsafeMutableBytes(of: &address.storage) { storage in
            storage.copyMemory(from: UnsafeRawBufferPointer(start: first.pointee.ai_addr, count: Int(first.pointee.ai_addrlen)))
        }
        return address
    }

    var family: Int32 { Int32(storage.ss_family) }

    /// The port in host byte order.
    var port: Int {
        withUnsafeBytes(of: storage) { raw in
            switch family {
            case AF_INET: Int(UInt16(bigEndian: raw.load(fromByteOffset: 2, as: UInt16.self)))
            case AF_INET6: Int(UInt16(bigEndian: raw.load(fromByteOffset: 2, as: UInt16.self)))
            default: 0
            }
        }
    }

    /// `127.0.0.1:8080` or `[::1]:8080`.
    var text: String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        return withUnsafeBytes(of: storage) { raw -> String in
            switch family {
            case AF_INET:
                let ok = inet_ntop(AF_INET, raw.baseAddress! + 4, &buffer, socklen_t(buffer.count)) != nil
                return ok ? "\(String(cText: buffer)):\(port)" : "?:\(port)"
            case AF_INET6:
                let ok = inet_ntop(AF_INET6, raw.baseAddress! + 8, &buffer, socklen_t(buffer.count)) != nil
                return ok ? "[\(String(cText: buffer))]:\(port)" : "[?]:\(port)"
            default:
                return "unknown"
            }
        }
    }

    /// The address a socket is bound to.
    static func local(of fd: Int32) -> SocketAddress? {
        var address = SocketAddress(storage: sockaddr_storage(), length: socklen_t(MemoryLayout<sockaddr_storage>.size))
        let status = withUnsafeMutablePointer(to: &address.storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &address.length) }
        }
        return status == 0 ? address : nil
    }
}
