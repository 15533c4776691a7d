import HPACK
@testable import HTTP2
import HTTPCore
import Testing

/// The per-connection cache of encoded shared header sets must never change what the peer
/// decodes: every response is compared with `ResponseNormalization.http2FieldList` (the rules
/// without any cache), decoded with a separate `HPACKDecoder` that follows the whole connection.
@Suite("HTTP/2 header block cache")
struct HeaderBlockCacheTests {
    static func prepared(_ extra: [(String, String)] = []) -> HTTPHeaders {
        var headers = HTTPHeaders([
            ("Content-Type", "application/json; charset=utf-8"), ("ETag", "\"abc\""),
            ("Cache-Control", "public, max-age=3600"), ("Vary", "Accept-Encoding"),
            ("Access-Control-Allow-Origin", "*"),
        ] + extra)
        headers.markShared()
        return headers
    }

    /// Answers one GET (or `method`) on a new stream and returns the decoded response fields
    /// beside the ones `http2FieldList` gives for the same response (date values blanked: both
    /// are checked to be a date, and may fall in different seconds).
    static func exchange(
        _ peer: Peer, stream: UInt32, _ response: HTTPResponse, method: String = "GET"
    ) -> (decoded: [HeaderField], expected: [HeaderField]) {
        peer.request(stream, Peer.fields("/x", method: method))
        peer.connection.respond(to: stream, with: response, requestMethod: method, requestID: "req-\(stream)")
        let frames = peer.read()
        guard case .headers(stream, let block, _, true, _)? = frames.first else {
            Issue.record("no HEADERS: \(frames)")
            return ([], [])
        }
        let expected = ResponseNormalization.http2FieldList(for: response, requestMethod: method, requestID: "req-\(stream)")
            .map { HeaderField(name: $0.name, value: $0.value) }
        return (blankDates(try! peer.decoder.decode(block).fields), blankDates(expected))
    }

    static func blankDates(_ fields: [HeaderField]) -> [HeaderField] {
        fields.map { field in
            guard field.name == "date" else { return field }
            #expect(field.value.utf8.count == HTTPDate.length && field.value.hasSuffix(" GMT"))
            return HeaderField(name: "date", value: "<date>")
        }
    }

    @Test func aRepeatedSharedSetIsServedFromTheCacheAndDecodesToTheSameFields() {
        let peer = Peer()
        let headers = Self.prepared()
        for stream in stride(from: UInt32(1), through: 9, by: 2) {
            let result = Self.exchange(peer, stream: stream, HTTPResponse(status: .ok, headers: headers, body: [1, 2, 3]))
            #expect(result.decoded == result.expected)
        }
        // First answer inserts the fields (not cached), second caches, third to fifth are hits.
        #expect(peer.connection.headerBlockCache.hits == 3)
    }

    @Test func aFieldInsertedBetweenTwoResponsesInvalidatesTheCachedBlock() {
        // A small table: a new entry shifts every dynamic index, so stale bytes would decode to
        // other fields (or fail).
        let peer = Peer()
        var settings: [UInt8] = []
        FrameEncoder.settings([Frame.Setting(.headerTableSize, 512)], into: &settings)
        peer.send(settings)
        _ = peer.read()
        let headers = Self.prepared()
        var stream: UInt32 = 1
        func answer(_ response: HTTPResponse) {
            let result = Self.exchange(peer, stream: stream, response)
            #expect(result.decoded == result.expected)
            stream += 2
        }
        answer(HTTPResponse(status: .ok, headers: headers, body: [1]))
        answer(HTTPResponse(status: .ok, headers: headers, body: [1]))
        let hitsBefore = peer.connection.headerBlockCache.hits
        answer(HTTPResponse(status: .ok, headers: ["X-Other": "one", "X-Another": String(repeating: "v", count: 100)], body: [1]))
        answer(HTTPResponse(status: .ok, headers: headers, body: [1]))
        #expect(peer.connection.headerBlockCache.hits == hitsBefore)   // the table changed: encoded again
        answer(HTTPResponse(status: .ok, headers: headers, body: [1]))
        answer(HTTPResponse(status: .ok, headers: headers, body: [1]))
        #expect(peer.connection.headerBlockCache.hits > hitsBefore)
    }

    @Test func aSharedSetChangedAfterMarkingIsNeverServedFromTheCache() {
        let peer = Peer()
        let headers = Self.prepared()
        var changed = headers
        changed.add(name: "X-Added", value: "yes")
        #expect(changed.sharedIdentity == nil)
        var stream: UInt32 = 1
        for response in [headers, headers, headers, changed, headers, changed] {
            let result = Self.exchange(peer, stream: stream, HTTPResponse(status: .ok, headers: response, body: [1]))
            #expect(result.decoded == result.expected)
            #expect(result.decoded.contains { $0.name == "x-added" } == (response == changed))
            stream += 2
        }
        #expect(peer.connection.headerBlockCache.count == 1)
    }

    @Test func headAnd304KeepTheHandlerContentLengthWhileGetDoesNot() {
        let peer = Peer()
        let headers = Self.prepared([("Content-Length", "99")])
        var stream: UInt32 = 1
        for (method, status) in [("GET", HTTPStatus.ok), ("HEAD", .ok), ("GET", .ok), ("HEAD", .ok), ("GET", .notModified),
                                 ("GET", .ok), ("HEAD", .ok), ("GET", .notModified)] {
            let result = Self.exchange(peer, stream: stream, HTTPResponse(status: status, headers: headers, body: [1, 2]), method: method)
            #expect(result.decoded == result.expected)
            let length = result.decoded.first { $0.name == "content-length" }?.value
            #expect(length == (method == "GET" && status == .ok ? "2" : "99"))
            stream += 2
        }
        #expect(peer.connection.headerBlockCache.count == 2)
        #expect(peer.connection.headerBlockCache.hits >= 4)
    }

    @Test func theCacheHoldsAtMostItsCapacity() {
        let peer = Peer()
        var stream: UInt32 = 1
        for _ in 0..<(HeaderBlockCache.capacity * 2 + 5) {
            let headers = Self.prepared()
            for _ in 0..<2 {
                let result = Self.exchange(peer, stream: stream, HTTPResponse(status: .ok, headers: headers, body: [1]))
                #expect(result.decoded == result.expected)
                stream += 2
            }
        }
        #expect(peer.connection.headerBlockCache.count == HeaderBlockCache.capacity)
    }
}
