/// Percent-decoding of one path segment or query component (RFC 3986 §2.1), validating that the
/// decoded bytes are UTF-8. Invalid escapes and invalid UTF-8 are reported, never repaired.
enum PathDecoding {
    enum Failure: Error, Equatable {
        case invalidEscape(String)
        case invalidUTF8(String)

        var detail: String {
            switch self {
            case .invalidEscape(let raw): "'\(raw)' contains an invalid percent-escape (RFC 3986 §2.1: '%' must be followed by two hex digits)"
            case .invalidUTF8(let raw): "'\(raw)' does not percent-decode to valid UTF-8"
            }
        }
    }

    /// Decodes `raw`; with `plusAsSpace` (query components, `application/x-www-form-urlencoded`) `+` means space.
    static func decode(_ raw: Substring, plusAsSpace: Bool = false) throws(Failure) -> String {
        let utf8 = raw.utf8
        if !utf8.contains(UInt8(ascii: "%")) && !(plusAsSpace && utf8.contains(UInt8(ascii: "+"))) {
            return String(raw)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%") {
                let first = utf8.index(after: index)
                guard first != utf8.endIndex, let high = hexValue(utf8[first]) else { throw .invalidEscape(String(raw)) }
                let second = utf8.index(after: first)
                guard second != utf8.endIndex, let low = hexValue(utf8[second]) else { throw .invalidEscape(String(raw)) }
                bytes.append(high << 4 | low)
                index = utf8.index(after: second)
            } else {
                bytes.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index = utf8.index(after: index)
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .invalidUTF8(String(raw)) }
        return text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
