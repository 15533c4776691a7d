import HPACK
@testable import HTTP2
import HTTPCore
import Testing

/// Violations of RFC 9113 and the error each one gets: stream errors reset one stream, the
/// connection carries on; connection errors end it with GOAWAY.
@Suite("HTTP/2 connection: protocol errors")
struct HTTP2ProtocolErrorTests {
    static let malformed: [(String, [(String, String)])] = [
        ("uppercase field name", Peer.fields(extra: [("Accept", "x")])),
        ("connection field", Peer.fields(extra: [("connection", "close")])),
        ("transfer-encoding field", Peer.fields(extra: [("transfer-encoding", "chunked")])),
        ("upgrade field", Peer.fields(extra: [("upgrade", "h2c")])),
        ("te other than trailers", Peer.fields(extra: [("te", "gzip")])),
        ("missing :path", [(":method", "GET"), (":scheme", "https")]),
        ("empty :path", [(":method", "GET"), (":scheme", "https"), (":path", "")]),
        ("relative :path", [(":method", "GET"), (":scheme", "https"), (":path", "v1")]),
        ("repeated :method", Peer.fields() + [(":method", "GET")]),
        ("pseudo-header after a regular field", [(":method", "GET"), ("accept", "x"), (":scheme", "https"), (":path", "/")]),
        ("unknown pseudo-header", Peer.fields(extra: [(":protocol", "x")])),
        ("response pseudo-header", Peer.fields() + [(":status", "200")]),
        ("value with a newline", Peer.fields(extra: [("x-a", "a\nb")])),
        ("value with leading space", Peer.fields(extra: [("x-a", " a")])),
        ("non-numeric content-length", Peer.fields(extra: [("content-length", "1x")])),
    ]

    @Test(arguments: malformed.indices)
    func malformedRequestResetsItsStreamWithProtocolError(_ index: Int) {
        let (name, fields) = Self.malformed[index]
        let peer = Peer()
        let events = peer.request(1, fields)
        let frames = peer.read()
        #expect(events.isEmpty, "\(name)")
        #expect(frames.reset(of: 1) == .protocolError, "\(name)")
        #expect(frames.goaway == nil, "\(name)")
        // The connection carries on.
        #expect(peer.request(3).count == 1, "\(name)")
    }

    @Test func contentLengthDisagreeingWithDataResetsTheStream() {
        let peer = Peer()
        peer.request(1, Peer.fields(method: "POST", extra: [("content-length", "5")]), endStream: false)
        let events = peer.send(peer.data(1, [1, 2], endStream: true))
        #expect(events.isEmpty)
        #expect(peer.read().reset(of: 1) == .protocolError)
    }

    @Test func trailersWithoutEndStreamResetTheStream() {
        let peer = Peer()
        peer.request(1, Peer.fields(method: "POST"), endStream: false)
        peer.send(peer.headersFrame(1, [("x-a", "b")], endStream: false))
        #expect(peer.read().reset(of: 1) == .protocolError)
    }

    @Test func connectIsAnswered501() {
        let peer = Peer()
        let events = peer.request(1, [(":method", "CONNECT"), (":authority", "example.org:443")])
        guard case .rejected(1, 501, _, _)? = events.first else { Issue.record("\(events)"); return }
    }

    @Test func firstFrameOtherThanSettingsIsAProtocolError() {
        let peer = Peer(handshake: false)
        var bytes = ConnectionPreface.bytes
        FrameEncoder.ping(1, ack: false, into: &bytes)
        peer.send(bytes)
        #expect(peer.read().goaway == .protocolError)
        #expect(peer.connection.wantsClose)
    }

    @Test func wrongPrefaceClosesTheConnection() {
        let peer = Peer(handshake: false)
        peer.send(Array("GET / HTTP/1.1\r\n\r\n".utf8))
        #expect(peer.connection.wantsClose)
    }

    @Test func evenStreamIdIsAProtocolError() {
        let peer = Peer()
        peer.request(2)
        #expect(peer.read().goaway == .protocolError)
    }

    @Test func decreasingStreamIdIsAStreamClosedConnectionError() {
        let peer = Peer()
        peer.request(5)
        peer.request(3)
        #expect(peer.read().goaway == .streamClosed)
    }

    @Test func dataOnAnIdleStreamIsAProtocolError() {
        let peer = Peer()
        peer.send(peer.data(1, [1], endStream: true))
        #expect(peer.read().goaway == .protocolError)
    }

    @Test func dataBeyondTheStreamWindowIsAFlowControlError() {
        var configuration = HTTP2Configuration()
        configuration.initialStreamWindow = 10
        let peer = Peer(configuration)
        peer.request(1, Peer.fields(method: "POST"), endStream: false)
        peer.send(peer.data(1, [UInt8](repeating: 0, count: 11), endStream: false))
        #expect(peer.read().reset(of: 1) == .flowControlError)
    }

    @Test func dataBeyondTheConnectionWindowIsAFlowControlConnectionError() {
        var configuration = HTTP2Configuration()
        configuration.connectionWindow = 65_535
        configuration.initialStreamWindow = 1 << 20
        configuration.maxBodyBytes = 1 << 22
        let peer = Peer(configuration)
        peer.request(1, Peer.fields(method: "POST"), endStream: false)
        for _ in 0..<4 { peer.send(peer.data(1, [UInt8](repeating: 0, count: 16_384), endStream: false)) }
        #expect(peer.read().goaway == .flowControlError)
    }

    @Test func frameInsideAHeaderBlockIsAProtocolError() {
        let peer = Peer()
        peer.send(peer.headersFrame(1, Peer.fields(), endHeaders: false))
        var ping: [UInt8] = []
        FrameEncoder.ping(1, ack: false, into: &ping)
        peer.send(ping)
        #expect(peer.read().goaway == .protocolError)
    }

    @Test func pushPromiseFromAClientIsAProtocolError() {
        let peer = Peer()
        var bytes: [UInt8] = []
        FrameEncoder.header(length: 4, type: .pushPromise, flags: FrameFlag.endHeaders, stream: 1, into: &bytes)
        peer.send(bytes + [0, 0, 0, 2])
        #expect(peer.read().goaway == .protocolError)
    }

    @Test func invalidHPACKIsACompressionError() {
        let peer = Peer()
        var bytes: [UInt8] = []
        FrameEncoder.header(length: 1, type: .headers, flags: FrameFlag.endHeaders | FrameFlag.endStream, stream: 1, into: &bytes)
        peer.send(bytes + [0x80])
        #expect(peer.read().goaway == .compressionError)
    }

    @Test func windowUpdateOverflowingTheConnectionWindowIsAFlowControlError() {
        let peer = Peer()
        var bytes: [UInt8] = []
        FrameEncoder.windowUpdate(0, increment: 0x7FFF_FFFF, into: &bytes)
        peer.send(bytes)
        #expect(peer.read().goaway == .flowControlError)
    }

    @Test func zeroWindowIncrementOnAStreamResetsIt() {
        let peer = Peer()
        peer.request(1, endStream: false)
        var bytes: [UInt8] = []
        FrameEncoder.windowUpdate(1, increment: 0, into: &bytes)
        peer.send(bytes)
        #expect(peer.read().reset(of: 1) == .protocolError)
    }

    @Test func invalidSettingsValuesEndTheConnection() {
        for (setting, code) in [(Frame.Setting(.enablePush, 2), HTTP2ErrorCode.protocolError),
                                (Frame.Setting(.initialWindowSize, 0x8000_0000), .flowControlError),
                                (Frame.Setting(.maxFrameSize, 100), .protocolError)] {
            let peer = Peer()
            var bytes: [UInt8] = []
            FrameEncoder.settings([setting], into: &bytes)
            peer.send(bytes)
            #expect(peer.read().goaway == code)
        }
    }

    @Test func priorityIsAcceptedAndIgnored() {
        let peer = Peer()
        var bytes: [UInt8] = []
        FrameEncoder.header(length: 5, type: .priority, flags: 0, stream: 3, into: &bytes)
        bytes += [0, 0, 0, 1, 16]
        peer.send(bytes)
        #expect(peer.read().isEmpty)
        #expect(peer.request(3).count == 1)
    }
}
