import Foundation
import Testing

@Suite("Graceful shutdown", .timeLimit(.minutes(1)))
struct GracefulShutdownTests {
    @Test func requestInFlightAtShutdownIsAnsweredThenTheConnectionCloses() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("GET /sleep/600 HTTP/1.1\r\nHost: t\r\n\r\n")
        Thread.sleep(forTimeInterval: 0.2)   // the handler is running now
        let stopped = DispatchSemaphore(value: 0)
        Thread { server.stop(); stopped.signal() }.start()

        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "slept")
        #expect(response.header("Connection")?.lowercased() == "close")
        #expect(client.isClosedByServer())
        #expect(stopped.wait(timeout: .now() + 5) == .success)
        #expect(throws: (any Error).self) { _ = try RawClient(port: server.port) }
    }

    @Test func idleKeepAliveConnectionsAreClosedAtShutdown() throws {
        let server = try TestServer { $0.shutdownGracePeriod = .seconds(5) }
        let client = try server.client()
        try client.send("GET /x HTTP/1.1\r\nHost: t\r\n\r\n")
        _ = try client.readResponse()
        let started = Date()
        let stopped = DispatchSemaphore(value: 0)
        Thread { server.stop(); stopped.signal() }.start()
        #expect(client.isClosedByServer(allowingReset: false))   // a clean end of stream, not a reset
        #expect(Date().timeIntervalSince(started) < 5)   // at once, not after the 10 s grace period
        client.hangUp()
        #expect(stopped.wait(timeout: .now() + 2) == .success)
    }

    @Test func shutdownGivesUpOnAStalledRequestAfterTheGracePeriod() throws {
        let server = try TestServer { $0.shutdownGracePeriod = .seconds(1) }
        let client = try server.client()
        try client.send("GET /never-finished HTTP/1.1\r\nHost: t\r\n")   // head never completes
        Thread.sleep(forTimeInterval: 0.1)
        let started = Date()
        server.stop()
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed >= 0.9 && elapsed < 10)
        #expect(client.isClosedByServer())
    }
}
