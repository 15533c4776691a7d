public import HTTPCore
public import HTTP2
import Foundation

/// Everything the server needs to know before it starts: where to listen, how many event loops
/// to run, and the limits and timeouts that protect it from slow or hostile clients.
public struct ServerConfiguration: Sendable {
    /// HTTP/2 limits (see `HTTP2Configuration` for each one and why). Its header and idle
    /// timeouts and body limit are taken from this configuration's HTTP/1.1 ones.
    public var http2 = HTTP2Configuration()
    /// Address to bind: an IPv4 or IPv6 literal (`127.0.0.1`, `0.0.0.0`, `::1`, `::`) or a host name.
    public var host = "127.0.0.1"
    /// TCP port; 0 asks the kernel for an ephemeral port (read it back from `HTTPServer.boundPort`).
    public var port = 8080
    /// Number of event loops (threads), one per core by default.
    public var eventLoopCount = ProcessInfo.processInfo.activeProcessorCount
    /// Open connections above which new ones are answered with 503 and closed.
    public var maxConnections = 16_384
    /// A request whose head is not complete this long after its first byte → 408 and close.
    public var headerTimeout: Duration = .seconds(10)
    /// A keep-alive connection with no request in progress for this long is closed silently.
    public var idleTimeout: Duration = .seconds(60)
    /// A response that the client does not read for this long (no write progress) → close.
    public var writeTimeout: Duration = .seconds(30)
    /// A client that reads its responses slower than this, averaged over each window while
    /// output is waiting for it, is closed (a slow reader otherwise keeps its connection and its
    /// queued responses for as long as it reads a byte before every `writeTimeout`).
    public var minimumResponseRate = MinimumTransferRate()
    /// Unsent response bytes above which the server stops reading (and so stops answering
    /// pipelined requests) from that connection until the client catches up. One response is
    /// always produced whole; this bounds what a slow reader can queue beyond it. 64 KiB: with
    /// 4 MiB, 1,000 slow readers pipelining 8 requests for the 239 KB full document pinned 1.9 GB
    /// (scripts/slow-clients.sh); with 64 KiB the same attack stays at ~52 MB.
    public var maxPendingWriteBytes = 64 << 10
    /// Bytes the kernel may hold unacknowledged in a connection's send queue (`SIOCOUTQ`) before
    /// the server stops answering that connection's further pipelined HTTP/1.1 requests. Our
    /// queue holds bodies by reference, but Linux autotunes a socket's send buffer up to
    /// `tcp_wmem` max (4 MiB): without this bound a client that pipelines requests for a 365 KB
    /// document and never reads gets 7–8 whole copies written into kernel memory (2.9 GB for
    /// 1,000 such clients, and the loop's CPU spent copying). Checked only when another request
    /// is already buffered, so non-pipelining clients pay no system call. 0 disables the check.
    public var maxUnacknowledgedKernelBytes = 256 << 10
    /// A TLS handshake not finished within this time → close.
    public var handshakeTimeout: Duration = .seconds(10)
    /// How long a graceful shutdown waits for in-flight requests before closing everything.
    public var shutdownGracePeriod: Duration = .seconds(10)
    /// Request size limits enforced by the parser (414, 431, 413).
    public var limits = HTTPParserLimits()
    /// Serve HTTPS with this certificate and key; nil serves plain HTTP.
    public var tls: TLSConfiguration? = nil
    /// `listen(2)` backlog (the kernel caps it at `net.core.somaxconn`).
    public var listenBacklog = 4096

    public init() {}
}
