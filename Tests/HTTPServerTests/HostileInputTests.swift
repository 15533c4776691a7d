import Testing

/// One malformed or oversized request and the status RFC 9110/9112 (and issue 3) require.
struct HostileCase: CustomTestStringConvertible, Sendable {
    var name: String
    var request: String
    var status: Int
    var testDescription: String { name }
}

let hostileCases: [HostileCase] = [
    HostileCase(name: "request line over 8 KiB", request: "GET /\(String(repeating: "a", count: 9000)) HTTP/1.1\r\nHost: t\r\n\r\n", status: 414),
    HostileCase(name: "header section over 32 KiB", request: "GET / HTTP/1.1\r\nHost: t\r\nX-Big: \(String(repeating: "b", count: 33 * 1024))\r\n\r\n", status: 431),
    HostileCase(name: "more than 100 header fields", request: "GET / HTTP/1.1\r\nHost: t\r\n" + (1...101).map { "X-F\($0): v\r\n" }.joined() + "\r\n", status: 431),
    HostileCase(name: "body over the limit, announced and not sent", request: "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 2000000\r\n\r\n", status: 413),
    HostileCase(name: "Content-Length with Transfer-Encoding", request: "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", status: 400),
    HostileCase(name: "differing duplicate Content-Length", request: "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", status: 400),
    HostileCase(name: "Content-Length not plain digits", request: "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: +3\r\n\r\nabc", status: 400),
    HostileCase(name: "Content-Length that overflows", request: "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 99999999999999999999999\r\n\r\n", status: 400),
    HostileCase(name: "transfer coding other than chunked", request: "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: gzip\r\n\r\n", status: 400),
    HostileCase(name: "invalid chunk size", request: "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", status: 400),
    HostileCase(name: "overflowing chunk size", request: "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffffffff\r\n", status: 400),
    HostileCase(name: "obs-fold", request: "GET / HTTP/1.1\r\nHost: t\r\nX-A: one\r\n two\r\n\r\n", status: 400),
    HostileCase(name: "whitespace before the colon", request: "GET / HTTP/1.1\r\nHost : t\r\n\r\n", status: 400),
    HostileCase(name: "bare CR", request: "GET / HTTP/1.1\r\nHost: t\r\nX-A: a\rb\r\n\r\n", status: 400),
    HostileCase(name: "NUL byte", request: "GET / HTTP/1.1\r\nHost: t\r\nX-A: a\u{0}b\r\n\r\n", status: 400),
    HostileCase(name: "invalid method", request: "G(T / HTTP/1.1\r\nHost: t\r\n\r\n", status: 400),
    HostileCase(name: "invalid version", request: "GET / HTTQ/1.1\r\nHost: t\r\n\r\n", status: 400),
    HostileCase(name: "missing Host on HTTP/1.1", request: "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", status: 400),
    HostileCase(name: "duplicate Host", request: "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", status: 400),
]

@Suite("Hostile input is answered, closed, and harms no one else", .timeLimit(.minutes(1)))
struct HostileInputTests {
    @Test(arguments: hostileCases)
    func hostileRequestIsRejectedWithItsStatusAndTheConnectionCloses(_ hostile: HostileCase) throws {
        let server = try TestServer()
        defer { server.stop() }
        let attacker = try server.client()
        try attacker.send(hostile.request)
        let response = try attacker.readResponse()
        #expect(response.status == hostile.status)
        #expect(response.header("Connection")?.lowercased() == "close")
        #expect(response.header("Content-Type") == "application/problem+json; charset=utf-8")
        #expect(response.text.contains("\"status\":\(hostile.status)"))
        #expect(attacker.isClosedByServer(allowingReset: false))   // FIN after the answer, no reset

        let next = try server.client()
        try next.send("GET /next HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try next.readResponse().text == "GET /next\n")
    }

    @Test func oversizedBodyIsRefusedBeforeTheClientSendsIt() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        // Only the head is sent: the 413 must come without waiting for 2 MB that never arrive.
        try client.send("PUT /upload HTTP/1.1\r\nHost: t\r\nContent-Length: 2000000\r\n\r\n")
        #expect(try client.readResponse().status == 413)
    }

    @Test func garbageIsAnsweredWith400() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xFC, 0x03, 0x03, 13, 10, 13, 10])
        #expect(try client.readResponse().status == 400)
        #expect(client.isClosedByServer())
    }
}
