import Foundation
import Glibc
import HTTPCore
import HTTPServer
import Logging
import Synchronization
import Testing

/// Answers every request with `bodySize` bytes and counts the requests it was given.
private final class CountingHandler: HTTPHandler {
    let answered = Atomic<Int>(0)
    let bodySize: Int
    init(bodySize: Int) { self.bodySize = bodySize }

    func handle(_ request: HTTPRequest, context: RequestContext) -> HTTPResponse {
        answered.add(1, ordering: .relaxed)
        return HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain"], body: Array(repeating: UInt8(ascii: "x"), count: bodySize))
    }
}

/// Pipelined HTTP/1.1 requests wait while the kernel's send queue (`SIOCOUTQ`) is over
/// `maxUnacknowledgedKernelBytes`, not only while our own queue is full.
@Suite("Kernel send queue bounds pipelining", .timeLimit(.minutes(1)))
struct KernelSendQueueTests {
    static let bodySize = 100_000
    static let pipelined = 6

    private static func start(_ handler: CountingHandler, writeTimeout: Duration = .seconds(30),
                              minimumRate: Int = 0) throws -> HTTPServer {
        var configuration = ServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.eventLoopCount = 1
        configuration.maxUnacknowledgedKernelBytes = 32 << 10
        configuration.writeTimeout = writeTimeout
        configuration.minimumResponseRate = MinimumTransferRate(bytesPerSecond: minimumRate, window: .seconds(1))
        configuration.idleTimeout = .seconds(60)   // longer than any test here: never what closes
        var logger = Logger(label: "KernelSendQueueTests")
        logger.logLevel = .critical
        let server = try HTTPServer(configuration: configuration, handler: handler, logger: logger)
        try server.start()
        return server
    }

    private static var pipeline: String {
        String(repeating: "GET /doc HTTP/1.1\r\nHost: t\r\n\r\n", count: pipelined)
    }

    @Test func aNonReaderGetsNoFurtherAnswerWhileTheKernelHoldsItsFirstOne() throws {
        let handler = CountingHandler(bodySize: Self.bodySize)
        let server = try Self.start(handler)
        defer { server.shutdown() }
        let client = try RawClient(port: server.boundPort, timeout: 10, receiveBuffer: 8192)
        try client.send(Self.pipeline)
        Thread.sleep(forTimeInterval: 1.5)   // several deadline sweeps: nothing may resume it
        #expect(handler.answered.load(ordering: .relaxed) == 1)
        // Reading now releases the rest: re-checked on the sweep, as no EPOLLOUT edge comes.
        for _ in 0..<Self.pipelined {
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.body.count == Self.bodySize)
        }
        #expect(handler.answered.load(ordering: .relaxed) == Self.pipelined)
    }

    @Test func aPipeliningReaderGetsEveryAnswer() throws {
        let handler = CountingHandler(bodySize: Self.bodySize)
        let server = try Self.start(handler)
        defer { server.shutdown() }
        let client = try RawClient(port: server.boundPort, timeout: 10)
        try client.send(Self.pipeline)
        for _ in 0..<Self.pipelined {
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.body.count == Self.bodySize)
        }
    }

    @Test func aNonReaderHeldByTheKernelIsClosedAfterTheWriteTimeout() throws {
        let handler = CountingHandler(bodySize: Self.bodySize)
        let server = try Self.start(handler, writeTimeout: .seconds(1))
        defer { server.shutdown() }
        let client = try RawClient(port: server.boundPort, timeout: 10, receiveBuffer: 8192)
        try client.send(Self.pipeline)
        var closed = false
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if handler.answered.load(ordering: .relaxed) > 0, server.connectionCounts().open == 0 {
                closed = true
                break
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(closed)
        #expect(handler.answered.load(ordering: .relaxed) == 1)
        _ = client
    }

    /// One long response, written whole into the kernel's queue (no pipelining, nothing held
    /// back): our queue is empty, yet the client never reads it.
    @Test func aNonReaderOfOneResponseThatTheKernelHoldsIsClosedAfterTheWriteTimeout() throws {
        let handler = CountingHandler(bodySize: Self.bodySize)
        let server = try Self.start(handler, writeTimeout: .seconds(1))
        defer { server.shutdown() }
        let client = try RawClient(port: server.boundPort, timeout: 10, receiveBuffer: 8192)
        try client.send("GET /doc HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(Self.waitUntilClosed(server, handler))
        _ = client
    }

    /// The same, for a client that reads a few bytes now and then, below the minimum rate.
    @Test func aTrickleReaderOfOneResponseThatTheKernelHoldsIsClosedByTheMinimumRate() throws {
        let handler = CountingHandler(bodySize: Self.bodySize)
        let server = try Self.start(handler, minimumRate: 10_000)
        defer { server.shutdown() }
        let client = try RawClient(port: server.boundPort, timeout: 10, receiveBuffer: 8192)
        try client.send("GET /doc HTTP/1.1\r\nHost: t\r\n\r\n")
        // 16 bytes every 100 ms: 160 B/s, far below the 10,000 B/s required.
        #expect(Self.waitUntilClosed(server, handler) { _ = client.readSome(16) })
        #expect(server.connectionCounts().slowReadersClosed == 1)
    }

    /// Polls every 100 ms (calling `meanwhile`) until the server has answered and holds no
    /// connection; false after 15 s.
    private static func waitUntilClosed(_ server: HTTPServer, _ handler: CountingHandler, meanwhile: () -> Void = {}) -> Bool {
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if handler.answered.load(ordering: .relaxed) > 0, server.connectionCounts().open == 0 { return true }
            meanwhile()
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }
}
