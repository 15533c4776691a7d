#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Word-at-a-time scans over validated byte ranges: eight bytes per step with bit tricks
/// (every test is exact as a yes/no answer for the whole word), then byte by byte near the end.
enum ByteScanning {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Some byte of `word` is less than `limit` (limit ≤ 128).
    @inline(__always)
    private static func hasByte(_ word: UInt64, lessThan limit: UInt64) -> Bool {
        (word &- ones &* limit) & ~word & highBits != 0
    }

    /// Some byte of `word` is greater than `limit` (limit < 128).
    @inline(__always)
    private static func hasByte(_ word: UInt64, greaterThan limit: UInt64) -> Bool {
        ((word &+ ones &* (127 - limit)) | word) & highBits != 0
    }

    /// Some byte of `word` equals `byte`.
    @inline(__always)
    private static func hasByte(_ word: UInt64, equalTo byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highBits != 0
    }

    /// The first index in `start..<end` whose byte is not printable ASCII or SP (0x20–0x7E), or `end`.
    @inline(__always)
    static func skipPrintable(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var i = start
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if hasByte(word, lessThan: 0x20) || hasByte(word, greaterThan: 0x7E) { break }
                i += 8
            }
        }
        while i < end, buffer[i] &- 0x20 < 0x5F { i += 1 }
        return i
    }

    /// High bit set in each byte of `word` equal to `byte`; the lowest set bit is always exact (bits
    /// above it may be false positives from borrows), which is all `trailingZeroBitCount` needs.
    @inline(__always)
    private static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highBits
    }

    /// The index of the first NUL, CR or LF in `start..<end`, or `end`: one pass finds where a line ends
    /// and whether a forbidden byte comes first.
    @inline(__always)
    static func firstLineSpecial(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var i = start
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= end {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let found = matches(word, 0x0A) | matches(word, 0x0D) | matches(word, 0)
                if found != 0 { return i + found.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < end {
            let byte = buffer[i]
            if byte == 0x0A || byte == 0x0D || byte == 0 { return i }
            i += 1
        }
        return end
    }

    /// Whether every byte of `start..<end` is a request-target byte: visible ASCII (0x21–0x7E) except `#`.
    @inline(__always)
    static func allTargetBytes(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var i = start
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if hasByte(word, lessThan: 0x21) || hasByte(word, greaterThan: 0x7E) || hasByte(word, equalTo: 0x23) {
                    return false
                }
                i += 8
            }
        }
        while i < end {
            if !ByteClass.isTargetChar(buffer[i]) { return false }
            i += 1
        }
        return true
    }

    /// The index of the first `byte` in `start..<end` (memchr: vectorized by the C library), or nil.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end, let base = buffer.baseAddress,
            let found = memchr(base + start, Int32(byte), end - start)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}
