/// Evaluates `If-None-Match` (RFC 9110 §13.1.2) against the selected representation's ETag.
enum EntityTagMatcher {
    /// True when the condition is *false* (the client's copy is current → 304): the header is `*`,
    /// or one of its entity-tags matches `current` by weak comparison (`W/` prefixes ignored).
    static func noneMatchFails(header: String?, current: String) -> Bool {
        guard let header else { return false }
        let currentOpaque = opaque(Substring(current))
        var rest = Substring(header)
        while !rest.isEmpty {
            let comma = rest.firstIndex(of: ",") ?? rest.endIndex
            let tag = HeaderListScanner.trim(rest[..<comma])
            if tag == "*" || opaque(tag) == currentOpaque { return true }
            rest = comma == rest.endIndex ? rest[comma...] : rest[rest.index(after: comma)...]
        }
        return false
    }

    /// The opaque-tag of an entity-tag: the quoted string, without a `W/` weakness prefix.
    private static func opaque(_ tag: Substring) -> Substring {
        tag.hasPrefix("W/") ? tag.dropFirst(2) : tag
    }
}
