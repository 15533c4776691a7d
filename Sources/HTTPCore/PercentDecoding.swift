/// Percent-decoding (RFC 3986 §2.1) of the parts of a request-target.
///
/// Path segments: `%XX` becomes the byte XX, `+` stays `+`; the decoded bytes must be valid UTF-8.
/// A `%2F` decodes to `/` inside the segment: split the path at `/` first, then decode each segment,
/// so an encoded slash never creates a new segment.
public enum PercentDecoding {
    /// The decoded segment, or nil when an escape is not `%` + two hex digits or the bytes are not UTF-8.
    public static func decodePathSegment(_ raw: Substring) -> String? {
        decode(raw, plusIsSpace: false)
    }

    /// A query name or value (`application/x-www-form-urlencoded` style: `+` is a space), or nil when an
    /// escape is invalid or the bytes are not UTF-8.
    public static func decodeQueryComponent(_ raw: Substring) -> String? {
        decode(raw, plusIsSpace: true)
    }

    private static func decode(_ raw: Substring, plusIsSpace: Bool) -> String? {
        let utf8 = raw.utf8
        let needsWork = utf8.contains { $0 == 0x25 || (plusIsSpace && $0 == 0x2B) }
        guard needsWork else { return String(raw) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            utf8.formIndex(after: &index)
            switch byte {
            case 0x25:
                guard index < utf8.endIndex, let high = ByteClass.hexValue(utf8[index]) else { return nil }
                utf8.formIndex(after: &index)
                guard index < utf8.endIndex, let low = ByteClass.hexValue(utf8[index]) else { return nil }
                utf8.formIndex(after: &index)
                bytes.append(UInt8(high * 16 + low))
            case 0x2B where plusIsSpace:
                bytes.append(0x20)
            default:
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
