/// A route the API serves: its path template exactly as `openapi.yaml` spells it (also the
/// `route` label in `/metrics`) and its slot, the position in which it was registered (it indexes
/// the responder table and the metrics counters). Routes are made by ``RouterBuilder``.
struct Route: Sendable, Hashable {
    let slot: Int
    let template: String

    /// Methods every route answers (all resources are read-only).
    static let allowedMethods = "GET, HEAD, OPTIONS"

    /// The label used in metrics for requests that matched no route.
    static let unmatchedLabel = "unmatched"
}
