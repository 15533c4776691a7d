/// Which reading of the texts a representation carries, chosen with `?reading=`.
enum TextReading: String, Sendable, CaseIterable {
    /// The text exactly as the source prints it (the default).
    case printed
    /// The recorded errata applied: each erratum's `intended` in place of its `printed`, offsets moved.
    case corrected

    /// Parses the query value: exactly `printed` or `corrected`.
    init?(queryValue: String) {
        self.init(rawValue: queryValue)
    }

    /// The response header that names the reading of a body.
    static let headerName = "Reading"
}
