import Testing

@Suite("Connection handling over real sockets", .timeLimit(.minutes(1)))
struct ConnectionHandlingTests {
    @Test func keepAliveConnectionServesSeveralRequests() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        for index in 1...3 {
            try client.send("GET /item/\(index) HTTP/1.1\r\nHost: test\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.text == "GET /item/\(index)\n")
            #expect(response.header("Connection") == nil)
        }
        #expect(server.server.connectionCounts().accepted == 1)
    }

    @Test func pipelinedRequestsSentInOneWriteAreAnsweredInOrder() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send(
            "GET /first HTTP/1.1\r\nHost: test\r\n\r\n"
                + "POST /second HTTP/1.1\r\nHost: test\r\nContent-Length: 4\r\n\r\nbody"
                + "GET /third HTTP/1.1\r\nHost: test\r\n\r\n"
        )
        #expect(try client.readResponse().text == "GET /first\n")
        #expect(try client.readResponse().text == "POST /second\nbody")
        #expect(try client.readResponse().text == "GET /third\n")
    }

    @Test func chunkedRequestBodyReachesTheHandler() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("POST /upload HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n")
        #expect(try client.readResponse().text == "POST /upload\nWikipedia")
    }

    @Test func http10RequestClosesTheConnectionByDefault() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET /old HTTP/1.0\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "GET /old\n")
        #expect(response.header("Connection")?.lowercased() == "close")
        #expect(client.isClosedByServer())
    }

    @Test func http10RequestWithKeepAliveStaysOpen() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try client.readResponse().header("Connection")?.lowercased() == "keep-alive")
        try client.send("GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try client.readResponse().text == "GET /b\n")
    }

    @Test func connectionCloseFromTheClientIsHonoured() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET /last HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\nGET /ignored HTTP/1.1\r\nHost: test\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.text == "GET /last\n")
        #expect(response.header("Connection")?.lowercased() == "close")
        #expect(client.isClosedByServer())
    }

    @Test func headResponseHasContentLengthButNoBody() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("HEAD /big/1000 HTTP/1.1\r\nHost: test\r\n\r\n")
        let head = try client.readResponse(bodyless: true)
        #expect(head.status == 200)
        #expect(head.header("Content-Length") == "1000")
        // The next bytes on the connection must be the next response, not a body.
        try client.send("GET /after HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(try client.readResponse().text == "GET /after\n")
    }

    @Test func everyResponseCarriesDateAndContentType() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET /x HTTP/1.1\r\nHost: test\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.header("Date")?.hasSuffix("GMT") == true)
        #expect(response.header("Content-Type") == "text/plain")
    }

    @Test func clientRequestIDIsEchoedWhenWellFormed() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET /x HTTP/1.1\r\nHost: test\r\nX-Request-Id: abc-123_X.y\r\n\r\n")
        #expect(try client.readResponse().header("X-Request-Id") == "abc-123_X.y")
    }

    @Test func malformedClientRequestIDIsReplacedByAGeneratedOne() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET /x HTTP/1.1\r\nHost: test\r\nX-Request-Id: bad id;\r\n\r\n")
        let first = try client.readResponse().header("X-Request-Id")
        try client.send("GET /x HTTP/1.1\r\nHost: test\r\nX-Request-Id: \(String(repeating: "a", count: 129))\r\n\r\n")
        let second = try client.readResponse().header("X-Request-Id")
        #expect(first != nil && first != "bad id;")
        #expect(second != nil && second?.count != 129)
        #expect(first != second)
    }

    @Test func requestSentBeforeHalfCloseIsStillAnswered() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET /then-eof HTTP/1.1\r\nHost: test\r\n\r\n")
        client.shutdownWrite()
        #expect(try client.readResponse().text == "GET /then-eof\n")
        #expect(client.isClosedByServer())
    }

    @Test func serverListensOnIPv6Loopback() throws {
        let server = try TestServer { $0.host = "::1" }
        defer { server.stop() }
        let client = try RawClient(port: server.port, host: "::1")
        try client.send("GET /v6 HTTP/1.1\r\nHost: [::1]\r\n\r\n")
        #expect(try client.readResponse().text == "GET /v6\n")
    }

    @Test func secondServerOnAnOccupiedPortFailsToStart() throws {
        let first = try TestServer()
        defer { first.stop() }
        #expect(throws: (any Error).self) {
            _ = try TestServer { $0.port = first.port }
        }
    }
}
