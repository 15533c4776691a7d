/// Validates `host[:port]` as it appears in a `Host` field and in an absolute-form target's
/// authority (RFC 9110 §4.2.1, §7.2; RFC 3986 §3.2.2–3.2.3): a reg-name or IPv4 address, or an
/// IP literal in brackets; an optional port of at most five digits, at most 65535; no userinfo.
enum HostAuthority {
    static func validate(
        _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, allowsEmpty: Bool, what: String
    ) throws(HTTPParseError) {
        if range.isEmpty {
            if allowsEmpty { return }
            throw HTTPParseError(.invalidHost, "\(what) has an empty host (RFC 9110 §4.2.1)")
        }
        for index in range where !ByteClass.isHostChar(buffer[index]) {
            throw HTTPParseError(
                .invalidHost,
                "\(what) contains \(RequestLineParser.describe(buffer[index])); expected host[:port] (RFC 9110 §7.2)")
        }
        var index = range.lowerBound
        if buffer[index] == 0x5B {   // "[": IP literal
            index += 1
            while index < range.upperBound, buffer[index] != 0x5D {
                let byte = buffer[index]
                guard ByteClass.isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66) || byte == 0x3A || byte == 0x2E else {
                    throw HTTPParseError(.invalidHost, "\(what) has a malformed IP literal (RFC 3986 §3.2.2)")
                }
                index += 1
            }
            guard index < range.upperBound, index > range.lowerBound + 1 else {
                throw HTTPParseError(.invalidHost, "\(what) has an IP literal without its closing ] (RFC 3986 §3.2.2)")
            }
            index += 1
        } else {
            while index < range.upperBound, buffer[index] != 0x3A {
                if buffer[index] == 0x5B || buffer[index] == 0x5D {
                    throw HTTPParseError(.invalidHost, "\(what) has [ or ] outside an IP literal (RFC 3986 §3.2.2)")
                }
                index += 1
            }
            if index == range.lowerBound {
                throw HTTPParseError(.invalidHost, "\(what) has a port but no host (RFC 9110 §4.2.1)")
            }
        }
        guard index < range.upperBound else { return }
        guard buffer[index] == 0x3A else {
            throw HTTPParseError(.invalidHost, "\(what) has characters after the IP literal other than :port (RFC 3986 §3.2.3)")
        }
        index += 1
        var port = 0
        var digits = 0
        while index < range.upperBound {
            guard ByteClass.isDigit(buffer[index]) else {
                throw HTTPParseError(.invalidHost, "\(what) has a port that is not a number (RFC 3986 §3.2.3)")
            }
            port = port * 10 + Int(buffer[index] - 0x30)
            digits += 1
            guard digits <= 5, port <= 65535 else {
                throw HTTPParseError(.invalidHost, "\(what) has a port above 65535 (RFC 3986 §3.2.3)")
            }
            index += 1
        }
    }
}
