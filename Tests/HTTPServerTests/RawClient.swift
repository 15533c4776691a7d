import Foundation
import Glibc

/// A blocking TCP client that speaks raw bytes, for tests that must send exactly what a hostile
/// or broken client would. Reads give up after `timeout` seconds.
final class RawClient {
    let fd: Int32
    private var pending: [UInt8] = []

    struct ClientError: Error, CustomStringConvertible {
        var description: String
    }

    /// `receiveBuffer` sets `SO_RCVBUF` before connecting (a small window makes a slow reader).
    init(port: Int, host: String = "127.0.0.1", timeout: Double = 5, receiveBuffer: Int32? = nil) throws {
        let family = host.contains(":") ? AF_INET6 : AF_INET
        fd = socket(family, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ClientError(description: "socket: errno \(errno)") }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        if var size = receiveBuffer {
            setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        var status: Int32
        if family == AF_INET {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = UInt16(port).bigEndian
            inet_pton(AF_INET, host, &address.sin_addr)
            status = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        } else {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = UInt16(port).bigEndian
            inet_pton(AF_INET6, host, &address.sin6_addr)
            status = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        }
        guard status == 0 else {
            let code = errno
            Glibc.close(fd)
            throw ClientError(description: "connect: errno \(code)")
        }
    }

    deinit { Glibc.close(fd) }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw ClientError(description: "send: errno \(errno)") }
            offset += count
        }
    }

    /// Reads more bytes into `pending`; false on end of stream, timeout or error.
    @discardableResult
    private func fill() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        pending += buffer[..<count]
        return true
    }

    /// Reads one response framed by Content-Length (no body when `bodyless`, as for HEAD).
    func readResponse(bodyless: Bool = false) throws -> RawResponse {
        while true {
            if let end = pending.firstRange(of: [13, 10, 13, 10]) {
                let head = String(decoding: pending[..<end.lowerBound], as: UTF8.self)
                var lines = head.components(separatedBy: "\r\n")
                let statusLine = lines.removeFirst()
                let parts = statusLine.split(separator: " ", maxSplits: 2)
                guard parts.count >= 2, let status = Int(parts[1]) else {
                    throw ClientError(description: "bad status line \(statusLine)")
                }
                var headers: [(String, String)] = []
                for line in lines {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
                }
                let length = bodyless ? 0 : Int(headers.first { $0.0.lowercased() == "content-length" }?.1 ?? "0") ?? 0
                while pending.count < end.upperBound + length {
                    guard fill() else { throw ClientError(description: "connection ended inside a body") }
                }
                let body = Array(pending[end.upperBound..<(end.upperBound + length)])
                pending.removeFirst(end.upperBound + length)
                return RawResponse(status: status, headers: headers, body: body)
            }
            guard fill() else {
                throw ClientError(description: "no complete response (got \(pending.count) bytes: \(String(decoding: pending.prefix(200), as: UTF8.self)))")
            }
        }
    }

    /// True when the server closed the connection (end of stream, or a reset unless
    /// `allowingReset` is false) with nothing more to read; false when data arrived or the read
    /// timed out.
    func isClosedByServer(allowingReset: Bool = true) -> Bool {
        guard pending.isEmpty else { return false }
        var byte: UInt8 = 0
        let count = recv(fd, &byte, 1, 0)
        if count == 0 { return true }
        if count < 0 { return allowingReset && errno == ECONNRESET }
        pending.append(byte)
        return false
    }

    /// Reads exactly `count` bytes (throws on end of stream or timeout first).
    func readBytes(_ count: Int) throws -> [UInt8] {
        while pending.count < count {
            guard fill() else { throw ClientError(description: "connection ended after \(pending.count) of \(count) bytes") }
        }
        let bytes = Array(pending[..<count])
        pending.removeFirst(count)
        return bytes
    }

    /// Reads at most `count` bytes (fewer when less is available); 0 on end of stream, timeout or error.
    func readSome(_ count: Int) -> Int {
        if !pending.isEmpty {
            let taken = min(count, pending.count)
            pending.removeFirst(taken)
            return taken
        }
        var buffer = [UInt8](repeating: 0, count: count)
        let received = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        return max(received, 0)
    }

    /// Ends the connection from the client side (the descriptor itself is closed on deinit).
    func hangUp() { Glibc.shutdown(fd, Int32(SHUT_RDWR)) }

    /// Stops the client from sending more (half-close), as `printf ... | nc` does.
    func shutdownWrite() { Glibc.shutdown(fd, Int32(SHUT_WR)) }
}

/// A response as received.
struct RawResponse {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    var text: String { String(decoding: body, as: UTF8.self) }
}
