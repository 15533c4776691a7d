/// The format of a precomputed body.
enum BodyFormat: Int, Sendable, CaseIterable {
    case compactJSON = 0
    case prettyJSON = 1
    /// `text/plain` (units only).
    case plainText = 2
}
