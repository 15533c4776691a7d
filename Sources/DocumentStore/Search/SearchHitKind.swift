/// What a search hit is: a unit's text or a footnote's text.
public enum SearchHitKind: String, Sendable, Codable, Equatable {
    case unit
    case footnote
}
