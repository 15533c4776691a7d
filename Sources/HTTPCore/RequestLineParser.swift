/// The parsed parts of a request-line (RFC 9112 §3): byte ranges into the parser's buffer.
struct RequestLine {
    var method: Range<Int>
    var target: Range<Int>
    /// Index of the `?` that starts the query, when there is one.
    var querySeparator: Int?
    var version: HTTPVersion
    /// Absolute-form only: the authority (`host[:port]`), which replaces the Host field.
    var authority: Range<Int>?
    /// Absolute-form only: where the path starts (nil when the target has no path: `/` then).
    var originStart: Int?
}

/// Validates one request-line: `method SP request-target SP HTTP-version`, single spaces, no CR/LF.
///
/// Rules chosen (strict, RFC 9112 §3):
/// - method: one or more `tchar`; case-sensitive, any token accepted (the router answers 405/501);
/// - target: origin-form (starts with `/`), absolute-form with scheme `http` or `https`
///   (RFC 9112 §3.2.2: the server must accept it; its authority then stands for Host), or `*` for
///   OPTIONS only; authority-form and other schemes → 400; bytes must be visible ASCII other
///   than `#` (raw non-ASCII, spaces and controls → 400);
/// - version: `HTTP/1.1` or `HTTP/1.0`; other HTTP/1.x minor versions are answered as HTTP/1.1
///   (RFC 9110 §2.5, §6.2); another well-formed `HTTP/d.d` → 505; anything else → 400.
enum RequestLineParser {
    static func parse(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) throws(HTTPParseError) -> RequestLine {
        var i = start
        while i < end, ByteClass.isTokenChar(buffer[i]) { i += 1 }
        if i < end, buffer[i] != ByteClass.space {
            throw invalidByte(
                buffer[i], otherwise: .invalidMethod,
                "The method contains \(describe(buffer[i])); a method is a token (RFC 9110 §9.1)")
        }
        if i == start {
            throw HTTPParseError(.invalidRequestLine, "The request-line must start with a method (RFC 9112 §3)")
        }
        guard i < end else {
            throw HTTPParseError(.invalidRequestLine, "The request-line has no request-target and no HTTP version (RFC 9112 §3)")
        }
        let method = start..<i
        i += 1

        let targetStart = i
        i = ByteScanning.firstIndex(of: ByteClass.space, in: buffer, from: i, to: end) ?? end
        if !ByteScanning.allTargetBytes(buffer, from: targetStart, to: i) {
            var bad = targetStart
            while ByteClass.isTargetChar(buffer[bad]) { bad += 1 }
            throw invalidByte(
                buffer[bad], otherwise: .invalidTarget,
                "The request-target contains \(describe(buffer[bad])); it must be percent-encoded ASCII (RFC 3986 §2)")
        }
        let querySeparator = ByteScanning.firstIndex(of: 0x3F, in: buffer, from: targetStart, to: i)
        if i == targetStart {
            throw HTTPParseError(.invalidRequestLine, "Method, request-target and version must be separated by single spaces (RFC 9112 §3)")
        }
        guard i < end else {
            throw HTTPParseError(.invalidRequestLine, "The request-line has no HTTP version (RFC 9112 §3)")
        }
        let target = targetStart..<i
        let absolute = try validateForm(buffer, target: target, method: method)
        i += 1

        let version = try parseVersion(buffer, from: i, to: end)
        return RequestLine(
            method: method, target: target, querySeparator: querySeparator, version: version,
            authority: absolute?.authority, originStart: absolute?.originStart)
    }

    /// Returns the authority and path start of an absolute-form target, nil for the other forms.
    private static func validateForm(
        _ buffer: UnsafeBufferPointer<UInt8>, target: Range<Int>, method: Range<Int>
    ) throws(HTTPParseError) -> (authority: Range<Int>, originStart: Int?)? {
        let first = buffer[target.lowerBound]
        if first == 0x2F { return nil }  // "/": origin-form
        if first == 0x2A, target.count == 1 {  // "*": asterisk-form, OPTIONS only (RFC 9112 §3.2.4)
            if method.count == 7, ASCIIBytes.equal(buffer, method, "OPTIONS") { return nil }
            throw HTTPParseError(.invalidTarget, "The request-target * is only allowed with OPTIONS (RFC 9112 §3.2.4)")
        }
        let start = target.lowerBound
        var authorityStart: Int?
        if target.count >= 7, ASCIIBytes.equalIgnoringCase(buffer, start..<start + 7, "http://") {
            authorityStart = start + 7
        } else if target.count >= 8, ASCIIBytes.equalIgnoringCase(buffer, start..<start + 8, "https://") {
            authorityStart = start + 8
        }
        guard let authorityStart else {
            throw HTTPParseError(
                .invalidTarget,
                "The request-target must be a path starting with / (origin-form) or an http(s) URI (absolute-form); authority-form and other schemes are not served here (RFC 9112 §3.2)")
        }
        var index = authorityStart
        while index < target.upperBound, buffer[index] != 0x2F, buffer[index] != 0x3F { index += 1 }
        let authority = authorityStart..<index
        try HostAuthority.validate(buffer, authority, allowsEmpty: false, what: "The request-target's authority")
        return (authority, index < target.upperBound && buffer[index] == 0x2F ? index : nil)
    }

    private static func parseVersion(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) throws(HTTPParseError) -> HTTPVersion {
        if end - start == 8, ASCIIBytes.equal(buffer, start..<start + 5, "HTTP/"),
            ByteClass.isDigit(buffer[start + 5]), buffer[start + 6] == 0x2E, ByteClass.isDigit(buffer[start + 7])
        {
            let major = buffer[start + 5] - 0x30, minor = buffer[start + 7] - 0x30
            if major == 1 { return minor == 0 ? .http1_0 : .http1_1 }
            throw HTTPParseError(.unsupportedVersion, "HTTP/\(major).\(minor) is not supported; use HTTP/1.1 or HTTP/1.0")
        }
        let shown = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<min(end, start + 32)]), as: UTF8.self)
        throw HTTPParseError(.invalidVersion, "The HTTP version \(JSONString.quote(shown)) is malformed; expected HTTP/1.1 (RFC 9112 §2.3)")
    }

    /// A bare CR or a NUL gets its own kind wherever it appears; any other bad byte gets `kind`.
    static func invalidByte(_ byte: UInt8, otherwise kind: HTTPParseError.Kind, _ detail: String) -> HTTPParseError {
        if byte == ByteClass.cr {
            return HTTPParseError(.bareCarriageReturn, "A CR must be followed by LF; a bare CR is not allowed (RFC 9112 §2.2)")
        }
        if byte == 0 {
            return HTTPParseError(.nulByte, "The request head contains a NUL byte")
        }
        return HTTPParseError(kind, detail)
    }

    static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21, byte < 0x7F { return "the character '\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "the byte 0x\(hex.count == 1 ? "0" + hex : hex)"
    }
}
