import HPACK
@testable import HTTP2
import HTTPCore
import Testing

@Suite("HTTP/2 connection: exchanges, flow control, shutdown")
struct HTTP2ConnectionTests {
    @Test func serverPrefaceIsSettingsThenAConnectionWindowIncrease() {
        let peer = Peer(handshake: false)
        let frames = peer.read()
        #expect(frames.first == .settings(ack: false, parameters: HTTP2Configuration().announcedSettings))
        #expect(frames.dropFirst().first == .windowUpdate(stream: 0, increment: UInt32((1 << 20) - 65_535)))
    }

    @Test func getIsReportedAsARequestAndAnsweredWithHeadersAndData() {
        let peer = Peer()
        let events = peer.request(1, Peer.fields("/v1/documents?x=1", extra: [("accept", "application/json"), ("cookie", "a=1"), ("cookie", "b=2")]))
        guard case .request(1, let box)? = events.first else { Issue.record("no request: \(events)"); return }
        #expect(box.request.method == "GET" && box.request.path == "/v1/documents" && box.request.query == "x=1")
        #expect(box.request.headers["host"] == "example.org")
        #expect(box.request.headers["cookie"] == "a=1; b=2")
        peer.answer(events[0])
        let frames = peer.read()
        guard case .headers(1, let block, false, true, _)? = frames.first else { Issue.record("\(frames)"); return }
        let fields = peer.decodeHeaders(block)
        #expect(fields[":status"] == "200" && fields["content-type"] == "text/plain" && fields["content-length"] == "5")
        #expect(fields["x-request-id"] == "id-1" && fields["date"] != nil)
        #expect(frames.dataBytes(on: 1) == 5 && frames.endsStream(1))
        #expect(peer.connection.openStreamCount == 0)
    }

    @Test func responseFieldNamesAreLoweredAndConnectionSpecificFieldsDropped() {
        let peer = Peer()
        peer.request(1)
        peer.connection.respond(
            to: 1,
            with: HTTPResponse(status: .ok, headers: ["Content-Type": "a", "Connection": "close", "Transfer-Encoding": "chunked",
                                                      "Keep-Alive": "5", "X-Thing": "v\r\nx"], body: [1]),
            requestMethod: "GET", requestID: nil)
        let frames = peer.read()
        guard case .headers(1, let block, false, true, _)? = frames.first else { Issue.record("\(frames)"); return }
        let fields = try! peer.decoder.decode(block).fields
        #expect(fields.map(\.name) == [":status", "content-type", "x-thing", "date", "content-length"])
        #expect(fields.first { $0.name == "x-thing" }?.value == "v  x")
        #expect(frames.dataBytes(on: 1) == 1)
    }

    @Test func headGetsTheLengthOfTheGetBodyAndNoData() {
        let peer = Peer()
        let events = peer.request(1, Peer.fields(method: "HEAD"))
        peer.answer(events[0], body: [UInt8](repeating: 1, count: 1234))
        let frames = peer.read()
        guard case .headers(1, let block, true, true, _)? = frames.first else { Issue.record("\(frames)"); return }
        #expect(peer.decodeHeaders(block)["content-length"] == "1234")
        #expect(frames.dataBytes(on: 1) == 0)
    }

    @Test func notModifiedCarriesNoBodyAndNoLength() {
        let peer = Peer()
        let events = peer.request(1)
        peer.answer(events[0], body: [1, 2, 3], status: .notModified)
        let frames = peer.read()
        guard case .headers(1, let block, true, true, _)? = frames.first else { Issue.record("\(frames)"); return }
        #expect(peer.decodeHeaders(block)["content-length"] == nil)
    }

    @Test func requestBodyIsDeliveredWhenItMatchesContentLength() {
        let peer = Peer()
        peer.request(1, Peer.fields(method: "POST", extra: [("content-length", "4")]), endStream: false)
        let events = peer.send(peer.data(1, [1, 2], endStream: false) + peer.data(1, [3, 4], endStream: true))
        guard case .request(1, let box)? = events.first else { Issue.record("\(events)"); return }
        #expect(box.request.body == [1, 2, 3, 4])
    }

    @Test func trailersAreAddedToTheRequest() {
        let peer = Peer()
        peer.request(1, Peer.fields(method: "POST"), endStream: false)
        peer.send(peer.data(1, [1], endStream: false))
        let events = peer.send(peer.headersFrame(1, [("x-checksum", "abc")], endStream: true))
        guard case .request(1, let box)? = events.first else { Issue.record("\(events)"); return }
        #expect(box.request.headers["x-checksum"] == "abc")
    }

    @Test func largeBodyIsSentOnlyWithinTheStreamWindowAndResumesWhenItOpens() {
        let peer = Peer()
        var settings: [UInt8] = []
        FrameEncoder.settings([Frame.Setting(.initialWindowSize, 1000)], into: &settings)
        peer.send(settings)
        _ = peer.read()
        let events = peer.request(1)
        peer.answer(events[0], body: [UInt8](repeating: 7, count: 5000))
        var frames = peer.read()
        #expect(frames.dataBytes(on: 1) == 1000)
        #expect(!frames.endsStream(1))
        var update: [UInt8] = []
        FrameEncoder.windowUpdate(1, increment: 10_000, into: &update)
        peer.send(update)
        frames = peer.read()
        #expect(frames.dataBytes(on: 1) == 4000 && frames.endsStream(1))
    }

    @Test func connectionWindowLimitsAllStreamsTogether() {
        let peer = Peer()
        for id in stride(from: UInt32(1), through: 5, by: 2) {
            let events = peer.request(id)
            peer.answer(events[0], body: [UInt8](repeating: 1, count: 40_000))
        }
        var frames = peer.read()
        let sent: [Int] = [frames.dataBytes(on: 1), frames.dataBytes(on: 3), frames.dataBytes(on: 5)]
        #expect(sent.reduce(0, +) == 65_535)
        #expect(sent.allSatisfy { $0 <= 65_535 })
        var update: [UInt8] = []
        FrameEncoder.windowUpdate(0, increment: 100_000, into: &update)
        for id in [UInt32(1), 3, 5] { FrameEncoder.windowUpdate(id, increment: 100_000, into: &update) }
        peer.send(update)
        frames = peer.read()
        let rest: Int = frames.dataBytes(on: 1) + frames.dataBytes(on: 3) + frames.dataBytes(on: 5)
        #expect(rest == 120_000 - 65_535)
    }

    @Test func largeBodiesLeaveAsSlicesOfTheHandlersBufferNotCopies() {
        let peer = Peer()
        let events = peer.request(1)
        let body = [UInt8](repeating: 9, count: 10_000)
        peer.answer(events[0], body: body)
        var referenced: [([UInt8], Range<Int>)] = []
        peer.connection.takeOutput(budget: 1 << 20, now: peer.now) { segment in
            if case .body(let bytes, let range) = segment { referenced.append((bytes, range)) }
        }
        let bodyBase = body.withUnsafeBufferPointer { $0.baseAddress }
        #expect(referenced.map(\.1.count).reduce(0, +) == 10_000)
        #expect(referenced.allSatisfy { $0.0.withUnsafeBufferPointer { $0.baseAddress } == bodyBase })
    }

    @Test func settingsAndPingAreAcknowledged() {
        let peer = Peer()
        var bytes: [UInt8] = []
        FrameEncoder.settings([Frame.Setting(.headerTableSize, 0)], into: &bytes)
        FrameEncoder.ping(77, ack: false, into: &bytes)
        peer.send(bytes)
        let frames = peer.read()
        #expect(frames.contains(.settings(ack: true, parameters: [])))
        #expect(frames.contains(.ping(ack: true, opaque: 77)))
    }

    @Test func settingsNotAcknowledgedInTimeEndTheConnection() {
        let peer = Peer(handshake: false)
        var bytes = ConnectionPreface.bytes
        FrameEncoder.settings([], into: &bytes)
        peer.send(bytes)
        _ = peer.read()
        peer.now += 11_000_000_000
        peer.connection.checkTimeouts(now: peer.now)
        #expect(peer.read().goaway == .settingsTimeout)
        #expect(peer.connection.wantsClose)
    }

    @Test func idleConnectionIsClosedWithGoawayNoError() {
        let peer = Peer()
        peer.now += 61_000_000_000
        #expect(peer.connection.nextDeadline <= peer.now)
        peer.connection.checkTimeouts(now: peer.now)
        #expect(peer.read().goaway == .noError)
        #expect(peer.connection.wantsClose)
    }

    @Test func gracefulShutdownAnswersEveryAcceptedStreamAndIgnoresLaterOnes() {
        let peer = Peer()
        peer.request(1, endStream: false)          // in flight: body still coming
        peer.connection.beginGracefulShutdown(now: peer.now)
        var frames = peer.read()
        #expect(frames.contains(.goaway(lastStream: 0x7FFF_FFFF, code: .noError)))
        #expect(frames.contains(.ping(ack: false, opaque: HTTP2Connection.shutdownPingOpaque)))
        peer.request(3)                            // crossed the first GOAWAY: still accepted
        var ack: [UInt8] = []
        FrameEncoder.ping(HTTP2Connection.shutdownPingOpaque, ack: true, into: &ack)
        peer.send(ack)
        frames = peer.read()
        #expect(frames.contains(.goaway(lastStream: 3, code: .noError)))
        peer.request(5)                            // after the final GOAWAY: ignored
        let late = peer.send(peer.data(1, [], endStream: true))
        for event in peer.events { peer.answer(event) }
        frames = peer.read()
        #expect(late.count == 1)
        #expect(frames.endsStream(1) && frames.endsStream(3) && !frames.endsStream(5))
        #expect(peer.connection.wantsClose)
    }
}
