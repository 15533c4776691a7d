/// Splits a comma-separated header value (RFC 9110 §5.6.1) into elements and reads each
/// element's `q` parameter (RFC 9110 §12.4.2) without allocating per element.
enum HeaderListScanner {
    /// Calls `body` with each non-empty element's first token (before `;`, trimmed) and its
    /// quality (1.0 when absent; 0 when the `q` value is malformed, so a bad weight never grants).
    static func forEachElement(in value: String, _ body: (Substring, Double) -> Void) {
        var rest = Substring(value)
        while !rest.isEmpty {
            let comma = rest.firstIndex(of: ",") ?? rest.endIndex
            let element = rest[..<comma]
            rest = comma == rest.endIndex ? rest[comma...] : rest[rest.index(after: comma)...]
            let semicolon = element.firstIndex(of: ";") ?? element.endIndex
            let token = trim(element[..<semicolon])
            if token.isEmpty { continue }
            var quality = 1.0
            var parameters = semicolon == element.endIndex ? element[semicolon...] : element[element.index(after: semicolon)...]
            while !parameters.isEmpty {
                let next = parameters.firstIndex(of: ";") ?? parameters.endIndex
                let parameter = trim(parameters[..<next])
                parameters = next == parameters.endIndex ? parameters[next...] : parameters[parameters.index(after: next)...]
                guard let equals = parameter.firstIndex(of: "="), trim(parameter[..<equals]).caseInsensitiveEquals("q") else { continue }
                let raw = trim(parameter[parameter.index(after: equals)...])
                if raw.count <= 5, let parsed = Double(raw), parsed >= 0, parsed <= 1 {
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
