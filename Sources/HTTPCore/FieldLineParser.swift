/// The name and the OWS-trimmed value of one field line, as byte ranges into the parser's buffer.
struct FieldLine {
    var name: Range<Int>
    var value: Range<Int>
}

/// Validates one field line (RFC 9112 §5): `field-name ":" OWS field-value OWS`.
///
/// Rules chosen (strict): a line starting with SP/HTAB is obs-fold → 400; the name is one or more `tchar`
/// with no whitespace before the colon → 400; a value may hold VCHAR, SP, HTAB and obs-text (0x80–0xFF),
/// any other control byte → 400 (bare CR and NUL get their own kinds).
enum FieldLineParser {
    static func parse(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) throws(HTTPParseError) -> FieldLine {
        if ByteClass.isWhitespace(buffer[start]) {
            throw HTTPParseError(
                .obsoleteLineFolding,
                "A field line starts with whitespace: line folding (obs-fold) is not accepted (RFC 9112 §5.2)")
        }
        var i = start
        while i < end, ByteClass.isTokenChar(buffer[i]) { i += 1 }
        guard i < end, buffer[i] == ByteClass.colon else {
            guard i < end else {
                throw HTTPParseError(.invalidHeaderName, "A field line has no colon (RFC 9112 §5)")
            }
            let byte = buffer[i]
            if ByteClass.isWhitespace(byte) {
                throw HTTPParseError(
                    .whitespaceBeforeColon, "Whitespace between a field name and the colon is not allowed (RFC 9112 §5.1)")
            }
            throw RequestLineParser.invalidByte(
                byte, otherwise: .invalidHeaderName,
                "A field name contains \(RequestLineParser.describe(byte)); field names are tokens (RFC 9110 §5.1)")
        }
        guard i > start else {
            throw HTTPParseError(.invalidHeaderName, "A field line has an empty field name (RFC 9112 §5)")
        }
        let name = start..<i
        i += 1
        while i < end, ByteClass.isWhitespace(buffer[i]) { i += 1 }
        let valueStart = i
        while true {
            i = ByteScanning.skipPrintable(buffer, from: i, to: end)
            if i == end { break }
            let byte = buffer[i]
            guard ByteClass.isFieldValueChar(byte) else {  // HTAB and obs-text pass; controls do not
                let field = ASCIIBytes.string(buffer, name)
                throw RequestLineParser.invalidByte(
                    byte, otherwise: .invalidHeaderValue,
                    "The value of \(field) contains \(RequestLineParser.describe(byte)); control characters are not allowed (RFC 9110 §5.5)")
            }
            i += 1
        }
        var valueEnd = end
        while valueEnd > valueStart, ByteClass.isWhitespace(buffer[valueEnd - 1]) { valueEnd -= 1 }
        return FieldLine(name: name, value: valueStart..<valueEnd)
    }
}
