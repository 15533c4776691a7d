/// A small streaming JSON writer (RFC 8259) that emits members in exactly the order they are
/// written, so every representation has one fixed, documented key order (not alphabetical).
///
/// - Absent optionals are written as `null` (use `optionalString`, `optionalInt`), never omitted,
///   so a client sees the same keys on every object of a kind.
/// - `pretty` indents with two spaces and writes `"key": value`; compact output has no spaces.
/// - Every string *value* passes through `convert` (script conversion for `?script=`); keys do not.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    let pretty: Bool
    let convert: TextConversion?
    private var depth = 0
    private var containerHasElements = false
    private var afterKey = false

    init(pretty: Bool = false, convert: TextConversion? = nil, capacity: Int = 256) {
        self.pretty = pretty
        self.convert = convert
        bytes.reserveCapacity(capacity)
    }

    // MARK: containers

    mutating func beginObject() {
        separateValue()
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        containerHasElements = false
    }

    mutating func endObject() { endContainer(UInt8(ascii: "}")) }

    mutating func beginArray() {
        separateValue()
        bytes.append(UInt8(ascii: "["))
        depth += 1
        containerHasElements = false
    }

    mutating func endArray() { endContainer(UInt8(ascii: "]")) }

    /// Writes a member name; the next call writes its value.
    mutating func key(_ name: StaticString) {
        separateValue()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    // MARK: scalars

    mutating func string(_ value: String) {
        separateValue()
        let text = convert.map { $0.apply(value) } ?? value
        JSONWriter.appendQuoted(text, to: &bytes)
        containerHasElements = true
    }

    /// The language tag of a text whose source is written in `original`, as this writer's script
    /// serves it (``Script/languageTag(original:)``).
    mutating func languageTag(_ original: String) {
        identifier((convert?.script ?? .original).languageTag(original: original))
    }

    /// A string that is never script-converted (identifiers, URLs, enum values).
    mutating func identifier(_ value: String) {
        separateValue()
        JSONWriter.appendQuoted(value, to: &bytes)
        containerHasElements = true
    }

    mutating func int(_ value: Int) {
        separateValue()
        appendInteger(value)
        containerHasElements = true
    }

    mutating func double(_ value: Double) {
        separateValue()
        if value.isFinite {
            if value == value.rounded(), abs(value) < 1e15 {
                appendInteger(Int(value))
                bytes.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: "0")])
            } else {
                bytes.append(contentsOf: value.description.utf8)
            }
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
        containerHasElements = true
    }

    mutating func bool(_ value: Bool) {
        separateValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
        containerHasElements = true
    }

    mutating func null() {
        separateValue()
        bytes.append(contentsOf: "null".utf8)
        containerHasElements = true
    }

    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func optionalIdentifier(_ value: String?) {
        if let value { identifier(value) } else { null() }
    }

    mutating func optionalInt(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    /// Ends a pretty document with a newline (files and terminals expect one).
    mutating func appendNewline() {
        bytes.append(UInt8(ascii: "\n"))
    }

    // MARK: private

    private mutating func separateValue() {
        if afterKey {
            afterKey = false
            return
        }
        if containerHasElements { bytes.append(UInt8(ascii: ",")) }
        if pretty && depth > 0 { newline() }
    }

    private mutating func endContainer(_ closing: UInt8) {
        depth -= 1
        if pretty && containerHasElements { newline() }
        bytes.append(closing)
        containerHasElements = true
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<(depth * 2) { bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func appendInteger(_ value: Int) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Appends `text` as a JSON string: `"` and `\` escaped, control characters as `\n`, `\t`,
    /// `\r` or `\u00XX`, everything else as raw UTF-8.
    static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        bytes.append(UInt8(ascii: "\""))
        text.withUTF8 { utf8 in
            // Copy runs of bytes that need no escaping in bulk; escape the rest one by one.
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                appendEscape(byte, to: &bytes)
                runStart = index + 1
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ byte: UInt8, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }
}
