import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `rights-api healthcheck`: asks a running server for `/healthz` over loopback and exits 0 on `200`.
///
/// The runtime image has no curl; Docker's HEALTHCHECK runs this instead.
struct HealthCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "healthcheck",
        abstract: "Exit 0 when the server on 127.0.0.1:<port> answers GET /healthz with 200."
    )

    @Option(help: "Port of the running server (env: RIGHTS_API_PORT; default: 8080).")
    var port: Int?

    @Option(help: "Path to probe (default: /healthz).")
    var path: String = "/healthz"

    func run() throws {
        let target = try port ?? EnvironmentFallback.integer("RIGHTS_API_PORT") ?? 8080
        guard let status = LoopbackProbe.status(port: target, path: path, timeoutSeconds: 3), status == 200 else {
            throw ExitCode.failure
        }
    }
}

/// A blocking one-request HTTP/1.1 client for loopback probes.
enum LoopbackProbe {
    static func status(port: Int, path: String, timeoutSeconds: Int) -> Int? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count else {
            return nil
        }
        var head = [UInt8](repeating: 0, count: 64)
        let received = head.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard received >= 12 else { return nil }
        // "HTTP/1.1 200 ..." — the status code is bytes 9..<12.
        return Int(String(decoding: head[9..<12], as: UTF8.self))
    }
}
