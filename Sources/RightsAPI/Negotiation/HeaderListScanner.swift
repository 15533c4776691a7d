/// Splits a comma-separated header value (RFC 9110 §5.6.1) into elements and reads each
/// element's `q` parameter (RFC 9110 §12.4.2) without allocating per element.
enum HeaderListScanner {
    /// Calls `body` with each non-empty element's first token (before `;`, trimmed) and its
    /// quality (1.0 when absent; 0 when the `q` value is malformed, so a bad weight never grants).
    static func forEachElement(in value: String, _ body: (Substring, Double) -> Void) {
        for element in value.split(separator: ",") {
            var parts = element.split(separator: ";", omittingEmptySubsequences: false).makeIterator()
            guard let first = parts.next() else { continue }
            let token = trim(first)
            if token.isEmpty { continue }
            var quality = 1.0
            while let parameter = parts.next() {
                let trimmed = trim(parameter)
                guard trimmed.count >= 2,
                      let equals = trimmed.firstIndex(of: "="),
                      trim(trimmed[..<equals]).caseInsensitiveEquals("q")
                else { continue }
                let raw = trim(trimmed[trimmed.index(after: equals)...])
                if let parsed = Double(raw), parsed >= 0, parsed <= 1, raw.count <= 5 {
                    quality = parsed
                } else {
                    quality = 0
                }
            }
            body(token, quality)
        }
    }

    static func trim(_ text: Substring) -> Substring {
        var text = text
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}

extension Substring {
    /// ASCII case-insensitive comparison without copying (tokens, RFC 9110 §5.1).
    func caseInsensitiveEquals(_ other: String) -> Bool {
        let a = utf8, b = other.utf8
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) where x != y {
            let lx = (x >= 65 && x <= 90) ? x | 0x20 : x
            let ly = (y >= 65 && y <= 90) ? y | 0x20 : y
            if lx != ly { return false }
        }
        return true
    }
}
