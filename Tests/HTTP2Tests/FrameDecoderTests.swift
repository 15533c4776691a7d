@testable import HTTP2
import Testing

@Suite("HTTP/2 frame decoder")
struct FrameDecoderTests {
    private func decode(_ bytes: [UInt8], maxFrameSize: Int = 16_384) throws(HTTP2Error) -> Frame? {
        var decoder = FrameDecoder(maxFrameSize: maxFrameSize)
        decoder.append(bytes)
        return try decoder.nextFrame()
    }

    private func raw(_ type: UInt8, flags: UInt8 = 0, stream: UInt32, _ payload: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(payload.count >> 16), UInt8((payload.count >> 8) & 0xFF), UInt8(payload.count & 0xFF), type, flags]
        FrameEncoder.appendUInt32(stream, to: &out)
        return out + payload
    }

    @Test func everyFrameTheEncoderWritesDecodesToTheSameFrame() throws {
        var out: [UInt8] = []
        FrameEncoder.settings([Frame.Setting(.maxFrameSize, 20_000)], into: &out)
        FrameEncoder.settingsAck(into: &out)
        FrameEncoder.ping(42, ack: true, into: &out)
        FrameEncoder.goaway(lastStream: 7, code: .enhanceYourCalm, debug: "x", into: &out)
        FrameEncoder.rstStream(3, code: .cancel, into: &out)
        FrameEncoder.windowUpdate(5, increment: 1000, into: &out)
        FrameEncoder.headers([1, 2, 3], stream: 9, endStream: true, maxFrameSize: 2, into: &out)
        FrameEncoder.data([7, 8][...], stream: 9, endStream: false, into: &out)
        var decoder = FrameDecoder()
        decoder.append(out)
        var frames: [Frame] = []
        while let frame = try decoder.nextFrame() { frames.append(frame) }
        #expect(frames == [
            .settings(ack: false, parameters: [Frame.Setting(.maxFrameSize, 20_000)]),
            .settings(ack: true, parameters: []),
            .ping(ack: true, opaque: 42),
            .goaway(lastStream: 7, code: .enhanceYourCalm),
            .rstStream(stream: 3, code: .cancel),
            .windowUpdate(stream: 5, increment: 1000),
            .headers(stream: 9, fragment: [1, 2], endStream: true, endHeaders: false, dependsOn: nil),
            .continuation(stream: 9, fragment: [3], endHeaders: true),
            .data(stream: 9, payload: [7, 8], endStream: false, flowControlled: 2),
        ])
    }

    @Test func frameIsReturnedOnlyOnceAllItsBytesHaveArrived() throws {
        var out: [UInt8] = []
        FrameEncoder.ping(1, ack: false, into: &out)
        var decoder = FrameDecoder()
        for byte in out.dropLast() {
            decoder.append([byte])
            #expect(try decoder.nextFrame() == nil)
        }
        decoder.append([out.last!])
        #expect(try decoder.nextFrame() == .ping(ack: false, opaque: 1))
    }

    @Test func frameLongerThanMaxFrameSizeIsAFrameSizeErrorBeforeItsPayloadArrives() {
        let header: [UInt8] = [0x00, 0x40, 0x01, 0x00, 0x00, 0, 0, 0, 1]   // 16 385 octets of DATA
        #expect(throws: HTTP2Error.connection(.frameSizeError, "frame of 16385 octets exceeds SETTINGS_MAX_FRAME_SIZE 16384")) {
            try decode(header)
        }
    }

    @Test func paddedDataLosesItsPaddingButCountsItForFlowControl() throws {
        let frame = raw(0x0, flags: FrameFlag.padded, stream: 1, [2, 0xAA, 0, 0])
        #expect(try decode(frame) == .data(stream: 1, payload: [0xAA], endStream: false, flowControlled: 4))
    }

    @Test func paddingThatFillsTheFrameIsAProtocolError() {
        #expect(throws: HTTP2Error.connection(.protocolError, "DATA padding of 3 octets fills the frame")) {
            try decode(raw(0x0, flags: FrameFlag.padded, stream: 1, [3, 0, 0]))
        }
    }

    @Test func shapesTheRFCForbidsAreRejectedWithTheirCodes() {
        let cases: [([UInt8], HTTP2ErrorCode)] = [
            (raw(0x0, stream: 0, [1]), .protocolError),               // DATA on stream 0
            (raw(0x1, stream: 0, [1]), .protocolError),               // HEADERS on stream 0
            (raw(0x3, stream: 1, [0, 0, 0]), .frameSizeError),        // RST_STREAM of 3 octets
            (raw(0x4, stream: 1, []), .protocolError),                // SETTINGS on a stream
            (raw(0x4, stream: 0, [0, 1, 0, 0, 0]), .frameSizeError),  // SETTINGS not a multiple of 6
            (raw(0x4, flags: 1, stream: 0, [0, 1, 0, 0, 0, 0]), .frameSizeError),  // ACK with payload
            (raw(0x6, stream: 0, [0, 0, 0, 0]), .frameSizeError),     // PING of 4 octets
            (raw(0x6, stream: 3, [0, 0, 0, 0, 0, 0, 0, 0]), .protocolError),  // PING on a stream
            (raw(0x7, stream: 0, [0, 0, 0, 0]), .frameSizeError),     // GOAWAY too short
            (raw(0x8, stream: 0, [0, 0, 1]), .frameSizeError),        // WINDOW_UPDATE of 3 octets
            (raw(0x9, stream: 0, [1]), .protocolError),               // CONTINUATION on stream 0
        ]
        for (bytes, code) in cases {
            do {
                _ = try decode(bytes)
                Issue.record("accepted \(bytes)")
            } catch {
                guard case .connection(let got, _) = error else { Issue.record("stream error for \(bytes)"); continue }
                #expect(got == code, "\(bytes)")
            }
        }
    }

    @Test func priorityOfWrongLengthIsAStreamError() {
        #expect(throws: HTTP2Error.stream(1, .frameSizeError, "PRIORITY of 4 octets")) {
            try decode(raw(0x2, stream: 1, [0, 0, 0, 0]))
        }
    }

    @Test func unknownFrameTypesAreReturnedToBeIgnored() throws {
        #expect(try decode(raw(0xEE, stream: 1, [1, 2, 3])) == .unknown(type: 0xEE, stream: 1))
    }
}
