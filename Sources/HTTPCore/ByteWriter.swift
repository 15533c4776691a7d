#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes bytes into memory the caller sized in advance (an upper bound), with plain copies.
struct ByteWriter {
    private let start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0

    init(_ start: UnsafeMutablePointer<UInt8>) {
        self.start = start
    }

    @inline(__always)
    mutating func write(_ text: StaticString) {
        memcpy(start + count, text.utf8Start, text.utf8CodeUnitCount)
        count += text.utf8CodeUnitCount
    }

    @inline(__always)
    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        memcpy(start + count, base, bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func write(_ byte: UInt8) {
        start[count] = byte
        count += 1
    }

    /// Writes `text` as UTF-8, turning control bytes (CR, LF, NUL, …; not HTAB) into spaces so that a
    /// field value can never end its line (no response splitting).
    mutating func writeFieldText(_ text: String) {
        let from = count
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            write(UnsafeRawBufferPointer(utf8))
        }
        if copied == nil {
            for byte in text.utf8 { write(byte) }
        }
        let written = UnsafeBufferPointer(start: start, count: count)
        var i = from
        while true {
            i = ByteScanning.skipPrintable(written, from: i, to: count)
            if i == count { break }
            let byte = start[i]
            if byte < 0x20 && byte != 0x09 || byte == 0x7F { start[i] = 0x20 }
            i += 1
        }
    }

    /// Writes a non-negative integer in decimal.
    mutating func writeDecimal(_ value: Int) {
        var digits = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        var number = value
        var index = count + digits - 1
        while index >= count {
            start[index] = 0x30 + UInt8(number % 10)
            number /= 10
            index -= 1
        }
        count += digits
    }

    /// The largest number of bytes `writeDecimal` writes.
    static let maxDecimalDigits = 20
}
