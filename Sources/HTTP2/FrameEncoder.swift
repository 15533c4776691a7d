/// Writes frames (RFC 9113 §6) into byte buffers. DATA payloads are not copied here: the
/// caller appends the 9-octet header and sends the payload from where it lives.
public enum FrameEncoder {
    public static func header(length: Int, type: FrameType, flags: UInt8, stream: UInt32, into out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: length >> 16))
        out.append(UInt8(truncatingIfNeeded: length >> 8))
        out.append(UInt8(truncatingIfNeeded: length))
        out.append(type.rawValue)
        out.append(flags)
        appendUInt32(stream & 0x7FFF_FFFF, to: &out)
    }

    static func appendUInt32(_ value: UInt32, to out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: value >> 24))
        out.append(UInt8(truncatingIfNeeded: value >> 16))
        out.append(UInt8(truncatingIfNeeded: value >> 8))
        out.append(UInt8(truncatingIfNeeded: value))
    }

    public static func settings(_ parameters: [Frame.Setting], into out: inout [UInt8]) {
        header(length: parameters.count * 6, type: .settings, flags: 0, stream: 0, into: &out)
        for parameter in parameters {
            out.append(UInt8(parameter.identifier >> 8))
            out.append(UInt8(parameter.identifier & 0xFF))
            appendUInt32(parameter.value, to: &out)
        }
    }

    public static func settingsAck(into out: inout [UInt8]) {
        header(length: 0, type: .settings, flags: FrameFlag.ack, stream: 0, into: &out)
    }

    public static func ping(_ opaque: UInt64, ack: Bool, into out: inout [UInt8]) {
        header(length: 8, type: .ping, flags: ack ? FrameFlag.ack : 0, stream: 0, into: &out)
        appendUInt32(UInt32(truncatingIfNeeded: opaque >> 32), to: &out)
        appendUInt32(UInt32(truncatingIfNeeded: opaque), to: &out)
    }

    public static func goaway(lastStream: UInt32, code: HTTP2ErrorCode, debug: String, into out: inout [UInt8]) {
        let debugBytes = Array(debug.utf8.prefix(256))
        header(length: 8 + debugBytes.count, type: .goaway, flags: 0, stream: 0, into: &out)
        appendUInt32(lastStream, to: &out)
        appendUInt32(code.rawValue, to: &out)
        out.append(contentsOf: debugBytes)
    }

    public static func rstStream(_ stream: UInt32, code: HTTP2ErrorCode, into out: inout [UInt8]) {
        header(length: 4, type: .rstStream, flags: 0, stream: stream, into: &out)
        appendUInt32(code.rawValue, to: &out)
    }

    public static func windowUpdate(_ stream: UInt32, increment: UInt32, into out: inout [UInt8]) {
        header(length: 4, type: .windowUpdate, flags: 0, stream: stream, into: &out)
        appendUInt32(increment, to: &out)
    }

    /// A header block as HEADERS plus as many CONTINUATION frames as `maxFrameSize` requires.
    public static func headers(
        _ block: [UInt8], stream: UInt32, endStream: Bool, maxFrameSize: Int, into out: inout [UInt8]
    ) {
        var offset = 0
        var first = true
        repeat {
            let count = min(maxFrameSize, block.count - offset)
            let last = offset + count == block.count
            var flags: UInt8 = last ? FrameFlag.endHeaders : 0
            if first, endStream { flags |= FrameFlag.endStream }
            header(length: count, type: first ? .headers : .continuation, flags: flags, stream: stream, into: &out)
            out.append(contentsOf: block[offset..<offset + count])
            offset += count
            first = false
        } while offset < block.count
    }

    /// A header block written by `writeBlock` straight after a HEADERS frame header, which is
    /// filled in afterwards (no block buffer of its own); a block longer than `maxFrameSize` is
    /// moved into HEADERS plus CONTINUATION frames.
    public static func headers(
        stream: UInt32, endStream: Bool, maxFrameSize: Int, into out: inout [UInt8],
        writeBlock: (inout [UInt8]) -> Void
    ) {
        let headerStart = out.count
        out.append(contentsOf: repeatElement(0, count: 9))
        writeBlock(&out)
        let count = out.count - headerStart - 9
        guard count <= maxFrameSize else {
            let block = Array(out[(headerStart + 9)...])
            out.removeSubrange(headerStart...)
            headers(block, stream: stream, endStream: endStream, maxFrameSize: maxFrameSize, into: &out)
            return
        }
        let flags = FrameFlag.endHeaders | (endStream ? FrameFlag.endStream : 0)
        out[headerStart] = UInt8(truncatingIfNeeded: count >> 16)
        out[headerStart + 1] = UInt8(truncatingIfNeeded: count >> 8)
        out[headerStart + 2] = UInt8(truncatingIfNeeded: count)
        out[headerStart + 3] = FrameType.headers.rawValue
        out[headerStart + 4] = flags
        let id = stream & 0x7FFF_FFFF
        for offset in 0..<4 { out[headerStart + 5 + offset] = UInt8(truncatingIfNeeded: id >> UInt32(24 - 8 * offset)) }
    }

    /// A DATA frame's payload in one buffer (for tests and small bodies).
    public static func data(_ payload: ArraySlice<UInt8>, stream: UInt32, endStream: Bool, into out: inout [UInt8]) {
        header(length: payload.count, type: .data, flags: endStream ? FrameFlag.endStream : 0, stream: stream, into: &out)
        out.append(contentsOf: payload)
    }
}
