/// The format of a precomputed body.
enum BodyFormat: Int, Sendable, CaseIterable {
    case compactJSON = 0
    case prettyJSON = 1
    /// `text/plain` (units only).
    case plainText = 2
    /// `application/akn+xml`: Akoma Ntoso 3.0 (documents, `/full` and units).
    case akomaNtoso = 3
}
