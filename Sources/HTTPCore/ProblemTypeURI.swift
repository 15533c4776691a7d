/// The scheme of every problem `type` URI the service sends (RFC 9457 §3.1.1): tag URIs
/// (RFC 4151) `tag:rights-api,2026:problem/<name>`, which identify a kind of problem and are not
/// meant to be dereferenced. The HTTP layer names its own kinds here; the API's kinds
/// (`RightsAPI.ProblemType`) use the same ``prefix``. Never change a published name: clients
/// branch on it.
public enum ProblemTypeURI {
    public static let prefix = "tag:rights-api,2026:problem/"

    /// `prefix` + `name` (a lowercase, hyphenated name).
    public static func named(_ name: String) -> String { prefix + name }

    /// The request head was not complete within the header timeout (408).
    public static let requestTimeout = named("request-timeout")
    /// Over the connection limit or shutting down (503).
    public static let serviceUnavailable = named("service-unavailable")
    /// A query component that is not valid percent-encoded UTF-8 (400).
    public static let malformedQuery = named("malformed-query")
    /// A method the server does not implement at all, e.g. HTTP/2 CONNECT (501).
    public static let methodNotImplemented = named("method-not-implemented")
}
