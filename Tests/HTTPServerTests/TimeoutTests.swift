import Foundation
import Testing

/// Lower bounds are exact (nothing fires before its timeout); upper bounds are loose (10 s for a
/// 1 s timeout), so that a busy machine, where a loop may wait for a core, cannot fail them,
/// while a timeout that never fires still does.
@Suite("Timeouts and slow clients", .timeLimit(.minutes(1)))
struct TimeoutTests {
    @Test func slowlorisHeaderIsAnsweredWith408AfterTheHeaderTimeout() throws {
        let server = try TestServer { $0.headerTimeout = .seconds(1) }
        defer { server.stop() }
        let client = try server.client()
        let started = Date()
        try client.send("GET /slow HTTP/1.1\r\nHost: t\r\nX-Trickle: ")
        Thread.sleep(forTimeInterval: 0.5)
        try client.send("a")   // still trickling: must not extend the deadline
        let response = try client.readResponse()
        let elapsed = Date().timeIntervalSince(started)
        #expect(response.status == 408)
        #expect(response.header("Connection")?.lowercased() == "close")
        #expect(elapsed >= 0.9 && elapsed < 10)
        #expect(client.isClosedByServer())
    }

    @Test func idleKeepAliveConnectionIsClosedSilently() throws {
        let server = try TestServer { $0.idleTimeout = .seconds(1) }
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET /once HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().status == 200)
        let started = Date()
        #expect(client.isClosedByServer())   // end of stream with no bytes: no 408 for an idle connection
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed >= 0.7 && elapsed < 10)
    }

    @Test func connectionThatNeverSendsAnythingIsClosedAfterTheIdleTimeout() throws {
        let server = try TestServer { $0.idleTimeout = .seconds(1) }
        defer { server.stop() }
        let client = try server.client()
        #expect(client.isClosedByServer())
    }

    @Test func clientThatNeverReadsDoesNotStopOthersBeingServed() throws {
        let server = try TestServer {
            $0.eventLoopCount = 1   // same loop for both clients: the hard case
            $0.maxPendingWriteBytes = 256 * 1024
            $0.writeTimeout = .seconds(2)
        }
        defer { server.stop() }
        let hog = try server.client()
        // 64 pipelined requests for 1 MB each, never read: far beyond every socket buffer.
        try hog.send(String(repeating: "GET /big/1048576 HTTP/1.1\r\nHost: t\r\n\r\n", count: 64))
        Thread.sleep(forTimeInterval: 0.3)

        let other = try server.client()
        for index in 0..<20 {
            let started = Date()
            try other.send("GET /other/\(index) HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try other.readResponse().text == "GET /other/\(index)\n")
            // Behind the hog, an answer would wait for its 2 s write timeout.
            #expect(Date().timeIntervalSince(started) < 1.5)
        }
        // The hog made no progress for longer than the write timeout: it is gone.
        let deadline = Date().addingTimeInterval(6)
        while server.server.connectionCounts().open > 1, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(server.server.connectionCounts().open == 1)
    }
}
