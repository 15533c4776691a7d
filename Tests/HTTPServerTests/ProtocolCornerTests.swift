import Foundation
import HTTPServer
import Testing

/// RFC 9110/9112 corners over real sockets.
@Suite("Protocol corners over real sockets", .timeLimit(.minutes(1)))
struct ProtocolCornerTests {
    @Test func expectContinueGets100BeforeTheBodyThenTheAnswer() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("POST /upload HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        let interim = try client.readResponse()
        #expect(interim.status == 100)
        try client.send("hello")
        let final = try client.readResponse()
        #expect(final.status == 200)
        #expect(final.text == "POST /upload\nhello")
    }

    @Test func expectContinueWithATooLargeBodyGetsTheFinalStatusWithoutSendingTheBody() throws {
        let server = try TestServer { $0.limits.maxBodyBytes = 100 }
        defer { server.stop() }
        let client = try server.client()
        try client.send("POST /upload HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 1000\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 413)
        #expect(response.header("Connection")?.lowercased() == "close")
        #expect(client.isClosedByServer())
    }

    @Test func absoluteFormTargetIsServedByItsPath() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET http://example.org:8080/item?x=1 HTTP/1.1\r\nHost: ignored.example\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "GET /item?x=1\n")
    }

    @Test func http12IsAnsweredAsHTTP11() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET /v HTTP/1.2\r\nHost: t\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.header("Connection") == nil)   // kept alive like HTTP/1.1
    }

    @Test func hostWithANonNumericPortIs400() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: example.org:http\r\n\r\n")
        #expect(try client.readResponse().status == 400)
    }

    @Test func http2PrefaceOnCleartextStartsAnHTTP2SessionOnTheSamePort() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
        // The server's connection preface is a SETTINGS frame (RFC 9113 §3.4): type 0x4 at byte 3.
        let header = try client.readBytes(9)
        #expect(header[3] == 0x4)
        #expect(header[4] & 0x1 == 0)   // not an ACK
    }
}

/// The minimum response rate (`ServerConfiguration.minimumResponseRate`).
@Suite("Slow readers", .timeLimit(.minutes(1)))
struct SlowReaderTests {
    static func configure(_ configuration: inout ServerConfiguration) {
        configuration.eventLoopCount = 1
        configuration.minimumResponseRate = MinimumTransferRate(bytesPerSecond: 200_000, window: .seconds(1))
        configuration.writeTimeout = .seconds(30)   // progress alone would keep the trickle reader
    }

    static func waitForOpenConnections(_ server: TestServer, atMost count: Int, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if server.server.connectionCounts().open <= count { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    @Test func aClientReadingSlowerThanTheMinimumRateIsClosed() throws {
        let server = try TestServer(Self.configure)
        defer { server.stop() }
        let reader = try RawClient(port: server.port, receiveBuffer: 4096)
        try reader.send("GET /big/16000000 HTTP/1.1\r\nHost: t\r\n\r\n")
        // About 20 KB/s: a byte of progress every 50 ms, far below 200 KB/s.
        var closed = false
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if reader.readSome(1000) == 0 {
                closed = true
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(closed)
        #expect(Self.waitForOpenConnections(server, atMost: 0, seconds: 5))
    }

    @Test func aClientReadingAtFullSpeedIsNotClosed() throws {
        let server = try TestServer(Self.configure)
        defer { server.stop() }
        let reader = try server.client()
        try reader.send("GET /big/16000000 HTTP/1.1\r\nHost: t\r\n\r\n")
        let response = try reader.readResponse()
        #expect(response.body.count == 16_000_000)
    }
}
