/// Integer representation with an N-bit prefix (RFC 7541 §5.1).
public enum HPACKInteger {
    /// Largest value the decoder accepts: every length and index a sane peer sends fits easily,
    /// and refusing more keeps arithmetic far from overflow (five continuation bytes at most).
    public static let maxValue = (1 << 28) - 1

    /// Appends `value` with a `prefixBits`-bit prefix; `flags` holds the bits above the prefix.
    public static func encode(_ value: Int, prefixBits: Int, flags: UInt8, into output: inout [UInt8]) {
        precondition(value >= 0 && (1...8).contains(prefixBits))
        let limit = (1 << prefixBits) - 1
        if value < limit {
            output.append(flags | UInt8(value))
            return
        }
        output.append(flags | UInt8(limit))
        var rest = value - limit
        while rest >= 128 {
            output.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        output.append(UInt8(rest))
    }

    /// Decodes an integer whose prefix starts at `bytes[position]`, advancing `position` past it.
    public static func decode(
        _ bytes: UnsafeRawBufferPointer, position: inout Int, prefixBits: Int
    ) throws(HPACKError) -> Int {
        guard position < bytes.count else { throw .truncated }
        let limit = (1 << prefixBits) - 1
        var value = Int(bytes[position]) & limit
        position += 1
        if value < limit { return value }
        var shift = 0
        while true {
            guard position < bytes.count else { throw .truncated }
            let byte = bytes[position]
            position += 1
            value += Int(byte & 0x7F) << shift
            if value > maxValue { throw .integerOverflow }
            if byte & 0x80 == 0 { return value }
            shift += 7
            if shift > 28 { throw .integerOverflow }
        }
    }
}
