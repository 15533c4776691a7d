import HPACK
@testable import HTTP2
import HTTPCore

/// A client talking to an `HTTP2Connection` in memory: builds frames, feeds them, reads back
/// every frame the server wrote, and keeps the clock.
final class Peer {
    let connection: HTTP2Connection
    var now: UInt64 = 1_000_000_000
    var encoder = HPACKEncoder()
    var decoder = HPACKDecoder()
    var reader = FrameDecoder(maxFrameSize: 1 << 24)
    var events: [HTTP2Event] = []

    init(_ configuration: HTTP2Configuration = HTTP2Configuration(), handshake: Bool = true) {
        connection = HTTP2Connection(configuration: configuration, now: now)
        if handshake {
            var bytes = ConnectionPreface.bytes
            FrameEncoder.settings([], into: &bytes)
            FrameEncoder.settingsAck(into: &bytes)
            send(bytes)
            _ = read()
        }
    }

    @discardableResult
    func send(_ bytes: [UInt8]) -> [HTTP2Event] {
        let produced = bytes.withUnsafeBytes { connection.receive($0, now: now) }
        events += produced
        return produced
    }

    static func fields(_ path: String = "/", method: String = "GET", extra: [(String, String)] = []) -> [(String, String)] {
        [(":method", method), (":scheme", "https"), (":path", path), (":authority", "example.org")] + extra
    }

    func headerBlock(_ fields: [(String, String)]) -> [UInt8] {
        var block: [UInt8] = []
        encoder.encode(fields.map { HeaderField(name: $0.0, value: $0.1) }, into: &block)
        return block
    }

    func headersFrame(_ stream: UInt32, _ fields: [(String, String)], endStream: Bool = true, endHeaders: Bool = true) -> [UInt8] {
        let block = headerBlock(fields)
        var out: [UInt8] = []
        var flags: UInt8 = endHeaders ? FrameFlag.endHeaders : 0
        if endStream { flags |= FrameFlag.endStream }
        FrameEncoder.header(length: block.count, type: .headers, flags: flags, stream: stream, into: &out)
        return out + block
    }

    @discardableResult
    func request(_ stream: UInt32, _ fields: [(String, String)] = Peer.fields(), endStream: Bool = true) -> [HTTP2Event] {
        send(headersFrame(stream, fields, endStream: endStream))
    }

    func data(_ stream: UInt32, _ payload: [UInt8], endStream: Bool) -> [UInt8] {
        var out: [UInt8] = []
        FrameEncoder.data(payload[...], stream: stream, endStream: endStream, into: &out)
        return out
    }

    /// Every frame the server has written since the last read (header blocks decoded apart).
    func read(budget: Int = 1 << 30) -> [Frame] {
        connection.takeOutput(budget: budget, now: now) { segment in
            switch segment {
            case .bytes(let bytes): reader.append(bytes)
            case .body(let body, let range): reader.append(Array(body[range]))
            }
        }
        var frames: [Frame] = []
        while let frame = try! reader.nextFrame() { frames.append(frame) }
        connection.outputDrained()
        return frames
    }

    func answer(_ event: HTTP2Event, body: [UInt8] = Array("hello".utf8), status: HTTPStatus = .ok) {
        switch event {
        case .request(let stream, let box):
            connection.respond(
                to: stream, with: HTTPResponse(status: status, headers: ["Content-Type": "text/plain"], body: body),
                requestMethod: box.request.method, requestID: "id-1")
        case .rejected(let stream, let status, let detail, let method):
            connection.respond(
                to: stream, with: ProblemDetails(status: HTTPStatus(code: status, reason: ""), detail: detail).response,
                requestMethod: method, requestID: nil)
        }
    }

    func decodeHeaders(_ fragment: [UInt8]) -> [String: String] {
        var result: [String: String] = [:]
        for field in try! decoder.decode(fragment).fields { result[field.name] = field.value }
        return result
    }
}

extension [Frame] {
    var goaway: HTTP2ErrorCode? {
        for case .goaway(_, let code) in self { return code }
        return nil
    }

    func reset(of stream: UInt32) -> HTTP2ErrorCode? {
        for case .rstStream(stream, let code) in self { return code }
        return nil
    }

    func dataBytes(on stream: UInt32) -> Int {
        var total = 0
        for case .data(stream, let payload, _, _) in self { total += payload.count }
        return total
    }

    func endsStream(_ stream: UInt32) -> Bool {
        contains { frame in
            switch frame {
            case .data(stream, _, true, _): true
            case .headers(stream, _, true, _, _): true
            default: false
            }
        }
    }
}
