import HTTPCore

/// The stable, machine-readable `type` URI of each kind of problem the API reports (RFC 9457
/// §3.1.1). Tag URIs (RFC 4151): they identify, they are not meant to be dereferenced; each is
/// documented in `openapi.yaml` (`components.schemas.Problem`). Never change a value: clients
/// branch on it.
enum ProblemType: String, Sendable, CaseIterable {
    /// No document with that id (`/v1/documents/udhr`).
    case unknownDocument = "unknown-document"
    /// The document exists but has no unit, number or footnote by that name.
    case unknownUnit = "unknown-unit"
    /// The authentic text numbers the provision differently from the source (`ICCPR preamble,
    /// para. 3`): the problem names the printed units that hold it.
    case numberedDifferently = "numbered-differently"
    /// No route has this path.
    case unknownResource = "unknown-resource"
    /// `/v1/resolve` could not read the citation.
    case unreadableCitation = "unreadable-citation"
    /// A query parameter or path number is malformed, unknown, repeated or out of range.
    case badParameter = "bad-parameter"
    /// A path segment is not valid percent-encoded UTF-8.
    case malformedPath = "malformed-path"
    /// `Accept` allows none of the offered media types.
    case notAcceptable = "not-acceptable"
    /// A method other than GET, HEAD, OPTIONS.
    case methodNotAllowed = "method-not-allowed"
    /// An unexpected failure (logged with the request id).
    case internalError = "internal-error"

    /// The scheme shared with the HTTP layer's problems.
    static let prefix = ProblemTypeURI.prefix

    var uri: String { ProblemTypeURI.named(rawValue) }
}
