import Foundation
import Testing

@Suite("Connection limit", .timeLimit(.minutes(1)))
struct ConnectionLimitTests {
    @Test func connectionOverTheLimitIsAnsweredWith503AndClosed() throws {
        let server = try TestServer { $0.maxConnections = 2 }
        defer { server.stop() }
        let first = try server.client()
        let second = try server.client()
        for client in [first, second] {
            try client.send("GET /held HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().status == 200)
        }
        let third = try server.client()
        let refused = try third.readResponse()
        #expect(refused.status == 503)
        #expect(refused.header("Content-Type") == "application/problem+json; charset=utf-8")
        #expect(refused.header("Connection")?.lowercased() == "close")
        #expect(third.isClosedByServer())
        let statistics = server.server.connectionCounts()
        #expect(statistics.open == 2)
        #expect(statistics.rejected == 1)

        // Room again once a connection closes.
        try first.send("GET /bye HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        _ = try first.readResponse()
        #expect(first.isClosedByServer())
        first.hangUp()
        Thread.sleep(forTimeInterval: 0.1)
        let fourth = try server.client()
        try fourth.send("GET /welcome HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try fourth.readResponse().status == 200)
    }
}
