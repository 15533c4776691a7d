extension Array where Element == UInt8 {
    /// Appends the UTF-8 bytes of a literal.
    @inline(__always)
    mutating func appendLiteral(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends a non-negative integer in decimal, without building a String.
    mutating func appendDecimal(_ value: Int) {
        var digitCount = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            digitCount += 1
        }
        let start = count
        append(contentsOf: repeatElement(0x30, count: digitCount))
        var number = value
        var index = start + digitCount - 1
        while index >= start {
            self[index] = 0x30 + UInt8(number % 10)
            number /= 10
            index -= 1
        }
    }

    /// Appends the UTF-8 bytes of `text`, replacing control bytes (CR, LF, NUL, …, but not HTAB) by
    /// spaces so that a value can never end the line it is written on (no response splitting).
    mutating func appendFieldText(_ text: String) {
        let start = count
        append(contentsOf: text.utf8)
        withUnsafeMutableBufferPointer { buffer in
            for index in start..<buffer.count where buffer[index] < 0x20 && buffer[index] != 0x09 || buffer[index] == 0x7F {
                buffer[index] = 0x20
            }
        }
    }
}
