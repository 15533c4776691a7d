#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Comparisons and conversions of ASCII byte ranges, without building Strings.
enum ASCIIBytes {
    /// Whether `buffer[range]` equals `text` exactly.
    @inline(__always)
    static func equal(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ text: StaticString) -> Bool {
        guard range.count == text.utf8CodeUnitCount, let base = buffer.baseAddress else { return false }
        return memcmp(base + range.lowerBound, text.utf8Start, range.count) == 0
    }

    /// Whether `buffer[range]` equals `lowercase` ignoring ASCII case (`lowercase` must be lower case).
    @inline(__always)
    static func equalIgnoringCase(
        _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ lowercase: StaticString
    ) -> Bool {
        guard range.count == lowercase.utf8CodeUnitCount else { return false }
        let expected = lowercase.utf8Start
        var i = 0
        for index in range {
            if ByteClass.lower(buffer[index]) != expected[i] { return false }
            i += 1
        }
        return true
    }

    /// `range` without leading and trailing SP/HTAB (OWS).
    @inline(__always)
    static func trimmingWhitespace(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, ByteClass.isWhitespace(buffer[lower]) { lower += 1 }
        while upper > lower, ByteClass.isWhitespace(buffer[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    @inline(__always)
    static func string(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
    }
}
