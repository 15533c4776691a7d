/// Cuts the peer's bytes into frames (RFC 9113 §4.1) and checks each frame's shape (§6).
///
/// Push-style and pure: `append` bytes as they arrive, then call `nextFrame()` until it returns
/// nil. Never buffers more than one frame beyond what it was given: a frame longer than
/// `maxFrameSize` (our SETTINGS_MAX_FRAME_SIZE) is a FRAME_SIZE_ERROR as soon as its header is read.
public struct FrameDecoder: Sendable {
    public var maxFrameSize: Int
    private var buffer: [UInt8] = []
    private var start = 0

    public init(maxFrameSize: Int = 16_384) {
        self.maxFrameSize = maxFrameSize
    }

    /// Bytes received but not yet returned as frames.
    public var bufferedByteCount: Int { buffer.count - start }

    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        if start > 0, start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > 65_536, start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    public mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }

    /// The next complete frame, or nil when more bytes are needed.
    public mutating func nextFrame() throws(HTTP2Error) -> Frame? {
        guard buffer.count - start >= 9 else { return nil }
        let length = Int(buffer[start]) << 16 | Int(buffer[start + 1]) << 8 | Int(buffer[start + 2])
        guard length <= maxFrameSize else {
            throw .connection(.frameSizeError, "frame of \(length) octets exceeds SETTINGS_MAX_FRAME_SIZE \(maxFrameSize)")
        }
        guard buffer.count - start >= 9 + length else { return nil }
        let type = buffer[start + 3]
        let flags = buffer[start + 4]
        let stream = readUInt32(at: start + 5) & 0x7FFF_FFFF
        let payload = start + 9
        start = payload + length
        return try Self.frame(type: type, flags: flags, stream: stream, payload: buffer[payload..<payload + length])
    }

    private func readUInt32(at index: Int) -> UInt32 {
        UInt32(buffer[index]) << 24 | UInt32(buffer[index + 1]) << 16 | UInt32(buffer[index + 2]) << 8 | UInt32(buffer[index + 3])
    }

    static func uint32(_ bytes: ArraySlice<UInt8>, at offset: Int) -> UInt32 {
        let i = bytes.startIndex + offset
        return UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
    }

    static func frame(type: UInt8, flags: UInt8, stream: UInt32, payload: ArraySlice<UInt8>) throws(HTTP2Error) -> Frame {
        guard let known = FrameType(rawValue: type) else { return .unknown(type: type, stream: stream) }
        let length = payload.count
        switch known {
        case .data:
            guard stream != 0 else { throw .connection(.protocolError, "DATA on stream 0") }
            let body = try unpad(payload, flags: flags, frame: "DATA")
            return .data(stream: stream, payload: Array(body), endStream: flags & FrameFlag.endStream != 0, flowControlled: length)
        case .headers:
            guard stream != 0 else { throw .connection(.protocolError, "HEADERS on stream 0") }
            var fragment = try unpad(payload, flags: flags, frame: "HEADERS")
            var dependsOn: UInt32?
            if flags & FrameFlag.priority != 0 {
                guard fragment.count >= 5 else { throw .connection(.frameSizeError, "HEADERS too short for its priority fields") }
                dependsOn = uint32(fragment, at: 0) & 0x7FFF_FFFF
                fragment = fragment.dropFirst(5)
            }
            return .headers(
                stream: stream, fragment: Array(fragment), endStream: flags & FrameFlag.endStream != 0,
                endHeaders: flags & FrameFlag.endHeaders != 0, dependsOn: dependsOn)
        case .priority:
            guard stream != 0 else { throw .connection(.protocolError, "PRIORITY on stream 0") }
            guard length == 5 else { throw .stream(stream, .frameSizeError, "PRIORITY of \(length) octets") }
            return .priority(stream: stream, dependsOn: uint32(payload, at: 0) & 0x7FFF_FFFF)
        case .rstStream:
            guard stream != 0 else { throw .connection(.protocolError, "RST_STREAM on stream 0") }
            guard length == 4 else { throw .connection(.frameSizeError, "RST_STREAM of \(length) octets") }
            return .rstStream(stream: stream, code: HTTP2ErrorCode(rawValue: uint32(payload, at: 0)))
        case .settings:
            guard stream == 0 else { throw .connection(.protocolError, "SETTINGS on stream \(stream)") }
            let ack = flags & FrameFlag.ack != 0
            guard !ack || length == 0 else { throw .connection(.frameSizeError, "SETTINGS ACK with a payload") }
            guard length % 6 == 0 else { throw .connection(.frameSizeError, "SETTINGS of \(length) octets") }
            var parameters: [Frame.Setting] = []
            parameters.reserveCapacity(length / 6)
            var offset = payload.startIndex
            while offset < payload.endIndex {
                let identifier = UInt16(payload[offset]) << 8 | UInt16(payload[offset + 1])
                parameters.append(Frame.Setting(identifier: identifier, value: uint32(payload, at: offset + 2 - payload.startIndex)))
                offset += 6
            }
            return .settings(ack: ack, parameters: parameters)
        case .pushPromise:
            return .pushPromise(stream: stream)
        case .ping:
            guard stream == 0 else { throw .connection(.protocolError, "PING on stream \(stream)") }
            guard length == 8 else { throw .connection(.frameSizeError, "PING of \(length) octets") }
            let opaque = UInt64(uint32(payload, at: 0)) << 32 | UInt64(uint32(payload, at: 4))
            return .ping(ack: flags & FrameFlag.ack != 0, opaque: opaque)
        case .goaway:
            guard stream == 0 else { throw .connection(.protocolError, "GOAWAY on stream \(stream)") }
            guard length >= 8 else { throw .connection(.frameSizeError, "GOAWAY of \(length) octets") }
            return .goaway(lastStream: uint32(payload, at: 0) & 0x7FFF_FFFF, code: HTTP2ErrorCode(rawValue: uint32(payload, at: 4)))
        case .windowUpdate:
            guard length == 4 else { throw .connection(.frameSizeError, "WINDOW_UPDATE of \(length) octets") }
            return .windowUpdate(stream: stream, increment: uint32(payload, at: 0) & 0x7FFF_FFFF)
        case .continuation:
            guard stream != 0 else { throw .connection(.protocolError, "CONTINUATION on stream 0") }
            return .continuation(stream: stream, fragment: Array(payload), endHeaders: flags & FrameFlag.endHeaders != 0)
        }
    }

    /// The payload without its padding (§6.1): pad length octet, then data, then padding.
    private static func unpad(_ payload: ArraySlice<UInt8>, flags: UInt8, frame: String) throws(HTTP2Error) -> ArraySlice<UInt8> {
        guard flags & FrameFlag.padded != 0 else { return payload }
        guard let padLength = payload.first.map(Int.init) else {
            throw .connection(.frameSizeError, "padded \(frame) without a pad length")
        }
        guard padLength < payload.count else {
            throw .connection(.protocolError, "\(frame) padding of \(padLength) octets fills the frame")
        }
        return payload[(payload.startIndex + 1)..<(payload.endIndex - padLength)]
    }
}
