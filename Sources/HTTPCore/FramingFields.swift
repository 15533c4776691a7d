/// Reads the two fields that decide how a request body is framed (RFC 9112 §6).
enum FramingFields {
    /// The value of one `Content-Length` field: decimal digits, or a comma-separated list of identical
    /// decimal values (RFC 9110 §8.6). Signs, spaces inside a number, empty elements and values beyond
    /// `Int.max` → 400; differing values in the list → 400 (duplicateContentLength).
    static func contentLength(
        _ buffer: UnsafeBufferPointer<UInt8>, _ value: Range<Int>
    ) throws(HTTPParseError) -> Int {
        var result: Int?
        var elementStart = value.lowerBound
        while true {
            var elementEnd = elementStart
            while elementEnd < value.upperBound, buffer[elementEnd] != ByteClass.comma { elementEnd += 1 }
            let element = ASCIIBytes.trimmingWhitespace(buffer, elementStart..<elementEnd)
            let length = try decimal(buffer, element)
            if let result, result != length {
                throw HTTPParseError(
                    .duplicateContentLength,
                    "The Content-Length list has values that differ (\(result) and \(length)) (RFC 9110 §8.6)")
            }
            result = length
            if elementEnd == value.upperBound { return length }
            elementStart = elementEnd + 1
        }
    }

    private static func decimal(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws(HTTPParseError) -> Int {
        guard !range.isEmpty else {
            throw HTTPParseError(.invalidContentLength, "Content-Length is empty; it must be decimal digits (RFC 9110 §8.6)")
        }
        var number = 0
        for index in range {
            let byte = buffer[index]
            guard ByteClass.isDigit(byte) else {
                throw HTTPParseError(
                    .invalidContentLength,
                    "Content-Length contains \(RequestLineParser.describe(byte)); it must be decimal digits only (RFC 9110 §8.6)")
            }
            let (times10, overflow1) = number.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(byte - 0x30))
            guard !overflow1, !overflow2 else {
                throw HTTPParseError(.invalidContentLength, "Content-Length is too large to be a length")
            }
            number = sum
        }
        return number
    }

    /// Checks the codings of one `Transfer-Encoding` field, in order, continuing from earlier fields
    /// (`chunkedAlready`: chunked was the last coding so far). Returns whether chunked is now final.
    /// Only `chunked`, once, as the last coding is accepted; any other coding → 400. Empty list elements
    /// are ignored (RFC 9110 §5.6.1).
    static func transferCodings(
        _ buffer: UnsafeBufferPointer<UInt8>, _ value: Range<Int>, chunkedAlready: Bool
    ) throws(HTTPParseError) -> Bool {
        var chunked = chunkedAlready
        var elementStart = value.lowerBound
        while elementStart <= value.upperBound {
            var elementEnd = elementStart
            while elementEnd < value.upperBound, buffer[elementEnd] != ByteClass.comma { elementEnd += 1 }
            let coding = ASCIIBytes.trimmingWhitespace(buffer, elementStart..<elementEnd)
            elementStart = elementEnd + 1
            if coding.isEmpty { continue }
            guard ASCIIBytes.equalIgnoringCase(buffer, coding, "chunked") else {
                let name = ASCIIBytes.string(buffer, coding.lowerBound..<min(coding.upperBound, coding.lowerBound + 64))
                throw HTTPParseError(
                    .unsupportedTransferCoding,
                    "The transfer coding \(JSONString.quote(name)) is not supported; only chunked is (RFC 9112 §6.1)")
            }
            if chunked {
                throw HTTPParseError(
                    .invalidTransferEncoding, "chunked must not be applied more than once (RFC 9112 §6.1)")
            }
            chunked = true
        }
        return chunked
    }
}
