import HPACK
@testable import HTTP2
import HTTPCore
import Testing

/// Each known HTTP/2 attack, with the defence on (the default configuration) and off (the limit
/// raised out of reach): the test fails if the defence is removed.
@Suite("HTTP/2 connection: attacks")
struct HTTP2AttackTests {
    static var unlimited: HTTP2Configuration {
        var c = HTTP2Configuration()
        let huge = FloodBudget.Rate(burst: 1 << 30, perSecond: 1 << 20)
        c.resetBudget = huge
        c.settingsBudget = huge
        c.pingBudget = huge
        c.emptyFrameBudget = huge
        c.windowUpdateBudget = huge
        c.maxContinuationFrames = 1 << 30
        c.maxHeaderBlockBytes = 1 << 30
        c.maxPendingControlBytes = 1 << 40
        c.maxConcurrentStreams = 1 << 20
        return c
    }

    /// Rapid reset (CVE-2023-44487): HEADERS then RST_STREAM, over and over.
    private func rapidReset(_ configuration: HTTP2Configuration, streams: Int) -> HTTP2ErrorCode? {
        let peer = Peer(configuration)
        var bytes: [UInt8] = []
        for i in 0..<streams {
            let id = UInt32(2 * i + 1)
            bytes += peer.headersFrame(id, Peer.fields(), endStream: false)
            FrameEncoder.rstStream(id, code: .cancel, into: &bytes)
        }
        peer.send(bytes)
        return peer.read().goaway
    }

    @Test func rapidResetEndsTheConnectionWithEnhanceYourCalm() {
        #expect(rapidReset(HTTP2Configuration(), streams: 1000) == .enhanceYourCalm)
        #expect(rapidReset(Self.unlimited, streams: 1000) == nil)
    }

    @Test func resetsAtAModestPaceAreAllowed() {
        let peer = Peer()
        for i in 0..<400 {
            let id = UInt32(2 * i + 1)
            var bytes = peer.headersFrame(id, Peer.fields(), endStream: false)
            FrameEncoder.rstStream(id, code: .cancel, into: &bytes)
            peer.send(bytes)
            peer.now += 100_000_000   // ten a second, below the refill rate
        }
        #expect(peer.read().goaway == nil)
    }

    @Test func streamsBeyondMaxConcurrentStreamsAreRefused() {
        var configuration = HTTP2Configuration()
        configuration.maxConcurrentStreams = 2
        let peer = Peer(configuration)
        peer.request(1, endStream: false)
        peer.request(3, endStream: false)
        peer.request(5, endStream: false)
        let frames = peer.read()
        #expect(frames.reset(of: 5) == .refusedStream)
        #expect(frames.reset(of: 1) == nil && frames.reset(of: 3) == nil)
    }

    /// CONTINUATION flood (CVE-2024-27316): a header block that never ends.
    private func continuationFlood(_ configuration: HTTP2Configuration, frames: Int, fragment: Int) -> HTTP2ErrorCode? {
        let peer = Peer(configuration)
        peer.send(peer.headersFrame(1, Peer.fields(), endStream: true, endHeaders: false))
        for _ in 0..<frames {
            var bytes: [UInt8] = []
            FrameEncoder.header(length: fragment, type: .continuation, flags: 0, stream: 1, into: &bytes)
            // Literal fields without indexing, new name "x", value of 'a's: valid HPACK, never-ending.
            bytes += [UInt8](repeating: 0x61, count: fragment)
            peer.send(bytes)
            if peer.connection.wantsClose { break }
        }
        return peer.read().goaway
    }

    @Test func continuationFloodOfManyFramesIsRefused() {
        #expect(continuationFlood(HTTP2Configuration(), frames: 10_000, fragment: 1) == .enhanceYourCalm)
        #expect(continuationFlood(Self.unlimited, frames: 10_000, fragment: 1) == nil)
    }

    @Test func continuationFloodOfLargeFramesIsRefusedOnceTheBlockExceedsItsBound() {
        var configuration = HTTP2Configuration()
        configuration.maxContinuationFrames = 1 << 20
        #expect(continuationFlood(configuration, frames: 1000, fragment: 16_000) == .enhanceYourCalm)
        #expect(continuationFlood(Self.unlimited, frames: 100, fragment: 16_000) == nil)
    }

    @Test func headerBlockLeftUnfinishedTimesOut() {
        let peer = Peer()
        peer.send(peer.headersFrame(1, Peer.fields(), endHeaders: false))
        peer.now += 11_000_000_000
        peer.connection.checkTimeouts(now: peer.now)
        #expect(peer.read().goaway == .enhanceYourCalm)
    }

    @Test func hpackBombIsAnswered431WithoutExpandingIt() {
        let peer = Peer()
        var block: [UInt8] = [0x82, 0x87, 0x84, 0x40, 0x01, UInt8(ascii: "x")]   // GET https / , then x: aaaa… indexed
        HPACKInteger.encode(4000, prefixBits: 7, flags: 0, into: &block)
        block += [UInt8](repeating: UInt8(ascii: "a"), count: 4000)
        block += [UInt8](repeating: 0x80 | 62, count: 8000)                          // x: aaaa… 8 000 times = 32 MB
        var bytes: [UInt8] = []
        FrameEncoder.headers(block, stream: 1, endStream: true, maxFrameSize: 16_384, into: &bytes)
        let events = peer.send(bytes)
        guard case .rejected(1, 431, _, _)? = events.first else { Issue.record("\(events)"); return }
        #expect(peer.connection.phase == .open)
    }

    private func flood(_ configuration: HTTP2Configuration, count: Int, frame: (inout [UInt8]) -> Void) -> HTTP2ErrorCode? {
        let peer = Peer(configuration)
        peer.request(1, endStream: false)
        var bytes: [UInt8] = []
        for _ in 0..<count { frame(&bytes) }
        peer.send(bytes)
        return peer.read().goaway
    }

    @Test func settingsFloodIsRefused() {
        let write: (inout [UInt8]) -> Void = { FrameEncoder.settings([], into: &$0) }
        #expect(flood(HTTP2Configuration(), count: 1000, frame: write) == .enhanceYourCalm)
        #expect(flood(Self.unlimited, count: 1000, frame: write) == nil)
    }

    @Test func pingFloodIsRefused() {
        let write: (inout [UInt8]) -> Void = { FrameEncoder.ping(1, ack: false, into: &$0) }
        #expect(flood(HTTP2Configuration(), count: 1000, frame: write) == .enhanceYourCalm)
        #expect(flood(Self.unlimited, count: 1000, frame: write) == nil)
    }

    @Test func emptyDataFloodIsRefused() {
        let write: (inout [UInt8]) -> Void = { FrameEncoder.data([][...], stream: 1, endStream: false, into: &$0) }
        #expect(flood(HTTP2Configuration(), count: 1000, frame: write) == .enhanceYourCalm)
        #expect(flood(Self.unlimited, count: 1000, frame: write) == nil)
    }

    @Test func windowUpdateFloodIsRefused() {
        let write: (inout [UInt8]) -> Void = { FrameEncoder.windowUpdate(1, increment: 1, into: &$0) }
        #expect(flood(HTTP2Configuration(), count: 5000, frame: write) == .enhanceYourCalm)
        #expect(flood(Self.unlimited, count: 5000, frame: write) == nil)
    }

    @Test func peerThatCausesControlFramesWithoutReadingIsClosed() {
        // Within every rate budget, but the ACKs pile up unread.
        var configuration = Self.unlimited
        configuration.maxPendingControlBytes = HTTP2Configuration().maxPendingControlBytes
        let peer = Peer(configuration)
        var bytes: [UInt8] = []
        for _ in 0..<5000 { FrameEncoder.ping(1, ack: false, into: &bytes) }
        peer.send(bytes)
        #expect(peer.connection.wantsClose)
        let unbounded = Peer(Self.unlimited)
        unbounded.send(bytes)
        #expect(!unbounded.connection.wantsClose)
    }

    @Test func streamWhoseWindowNeverOpensIsResetAfterTheStallTimeout() {
        let peer = Peer()
        var settings: [UInt8] = []
        FrameEncoder.settings([Frame.Setting(.initialWindowSize, 0)], into: &settings)
        peer.send(settings)
        let events = peer.request(1)
        peer.answer(events[0], body: [UInt8](repeating: 1, count: 100_000))
        #expect(peer.read().dataBytes(on: 1) == 0)
        peer.now += 31_000_000_000
        peer.connection.checkTimeouts(now: peer.now)
        #expect(peer.read().reset(of: 1) == .cancel)
        #expect(peer.connection.openStreamCount == 0)
    }

    @Test func connectionWhoseWindowNeverOpensIsClosedAfterTheStallTimeout() {
        let peer = Peer()
        let events = peer.request(1)
        peer.answer(events[0], body: [UInt8](repeating: 1, count: 100_000))
        #expect(peer.read().dataBytes(on: 1) == 16_384 * 3 + 16_383)
        peer.now += 31_000_000_000
        peer.connection.checkTimeouts(now: peer.now)
        #expect(peer.connection.wantsClose)
    }

    @Test func oversizedBodyIsAnswered413AndTheRestDiscarded() {
        var configuration = HTTP2Configuration()
        configuration.maxBodyBytes = 100
        let peer = Peer(configuration)
        peer.request(1, Peer.fields(method: "POST"), endStream: false)
        let events = peer.send(peer.data(1, [UInt8](repeating: 0, count: 101), endStream: false))
        guard case .rejected(1, 413, _, _)? = events.first else { Issue.record("\(events)"); return }
        peer.answer(events[0])
        let frames = peer.read()
        #expect(frames.endsStream(1) && frames.reset(of: 1) == .noError)
    }
}
