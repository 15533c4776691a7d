/// Reads a chunk-size line of a chunked body (RFC 9112 §7.1): `1*HEXDIG *( BWS ";" chunk-ext ) CRLF`.
///
/// Rules chosen: the size is one or more hex digits and must fit in an `Int` (overflow → 400); chunk
/// extensions are allowed and ignored, but must start with `;` after optional whitespace and hold only
/// field-value bytes (no controls).
enum ChunkSizeLineParser {
    static func parse(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) throws(HTTPParseError) -> Int {
        var i = start
        var size = 0
        while i < end, let digit = ByteClass.hexValue(buffer[i]) {
            guard size <= (Int.max - digit) / 16 else {
                throw HTTPParseError(.invalidChunkSize, "A chunk size overflows")
            }
            size = size * 16 + digit
            i += 1
        }
        guard i > start else {
            if i < end {
                throw RequestLineParser.invalidByte(
                    buffer[i], otherwise: .invalidChunkSize,
                    "A chunk size must be hexadecimal digits, found \(RequestLineParser.describe(buffer[i])) (RFC 9112 §7.1)")
            }
            throw HTTPParseError(.invalidChunkSize, "A chunk-size line is empty (RFC 9112 §7.1)")
        }
        while i < end, ByteClass.isWhitespace(buffer[i]) { i += 1 }
        guard i < end else { return size }
        guard buffer[i] == ByteClass.semicolon else {
            throw RequestLineParser.invalidByte(
                buffer[i], otherwise: .invalidChunkSize,
                "A chunk size is followed by \(RequestLineParser.describe(buffer[i])); only chunk extensions (;name=value) may follow (RFC 9112 §7.1.1)")
        }
        while i < end {
            guard ByteClass.isFieldValueChar(buffer[i]) else {
                throw RequestLineParser.invalidByte(
                    buffer[i], otherwise: .invalidChunkSize, "A chunk extension contains a control character")
            }
            i += 1
        }
        return size
    }
}
