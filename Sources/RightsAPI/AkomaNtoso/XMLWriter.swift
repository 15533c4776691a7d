/// A small XML 1.0 writer: elements, attributes and escaped text into a byte buffer.
///
/// Structural elements go on their own indented lines; inline content (`inline: true`) is written
/// without added white space, because in mixed content every space is text.
struct XMLWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Depth of inline nesting: no line breaks inside.
    private var inlineDepth = 0

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
        bytes.append(contentsOf: Array(#"<?xml version="1.0" encoding="UTF-8"?>"#.utf8))
    }

    /// Opens `<name a="v" …>`. At structural level it starts a new indented line; `inline: true`
    /// (or being inside an inline element) keeps its content free of added white space.
    mutating func open(_ name: String, _ attributes: [(String, String)] = [], inline: Bool = false) {
        startTag(name, attributes)
        bytes.append(UInt8(ascii: ">"))
        if inline || inlineDepth > 0 { inlineDepth += 1 } else { depth += 1 }
    }

    /// Closes the element opened last (the caller names it).
    mutating func close(_ name: String) {
        if inlineDepth > 0 {
            inlineDepth -= 1
        } else {
            depth -= 1
            newline()
        }
        bytes.append(contentsOf: Array("</\(name)>".utf8))
    }

    /// `<name a="v" …/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        startTag(name, attributes)
        bytes.append(contentsOf: [UInt8(ascii: "/"), UInt8(ascii: ">")])
    }

    /// Escaped character data (`&`, `<`, `>`); characters XML forbids are dropped.
    mutating func text(_ text: String) {
        for scalar in text.unicodeScalars { appendEscaped(scalar, inAttribute: false) }
    }

    /// Ends the document with a newline.
    mutating func finish() {
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func startTag(_ name: String, _ attributes: [(String, String)]) {
        if inlineDepth == 0 { newline() }
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: Array(name.utf8))
        for (key, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: Array(key.utf8))
            bytes.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
            for scalar in value.unicodeScalars { appendEscaped(scalar, inAttribute: true) }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: [UInt8](repeating: UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func appendEscaped(_ scalar: Unicode.Scalar, inAttribute: Bool) {
        switch scalar {
        case "&": bytes.append(contentsOf: Array("&amp;".utf8))
        case "<": bytes.append(contentsOf: Array("&lt;".utf8))
        case ">": bytes.append(contentsOf: Array("&gt;".utf8))
        case "\"" where inAttribute: bytes.append(contentsOf: Array("&quot;".utf8))
        case "\n" where inAttribute: bytes.append(contentsOf: Array("&#10;".utf8))
        case "\t" where inAttribute: bytes.append(contentsOf: Array("&#9;".utf8))
        default:
            guard XMLWriter.isAllowed(scalar) else { return }
            bytes.append(contentsOf: Array(String(scalar).utf8))
        }
    }

    /// XML 1.0 `Char`: tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and above.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || value >= 0x10000
    }
}
