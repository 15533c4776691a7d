/// A route's path split into segments: literals match exactly, parameters capture one
/// percent-decoded segment.
struct PathPattern: Sendable {
    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    let segments: [Segment]

    /// Parses `/v1/documents/{doc}/provisions/{eId}`; `/` is the empty pattern.
    init(template: String) {
        segments = template.split(separator: "/", omittingEmptySubsequences: true).map { part in
            if part.hasPrefix("{") && part.hasSuffix("}") {
                .parameter(String(part.dropFirst().dropLast()))
            } else {
                .literal(String(part))
            }
        }
    }

    /// Whether `self` should be tried before `other`: at the first segment where they differ in
    /// kind, a literal beats a parameter (`/v1/documents/iccpr/articles` before `/v1/documents/{doc}/full`).
    func isMoreSpecific(than other: PathPattern) -> Bool {
        for (mine, theirs) in zip(segments, other.segments) {
            switch (mine, theirs) {
            case (.literal, .parameter): return true
            case (.parameter, .literal): return false
            default: continue
            }
        }
        return false
    }
}
