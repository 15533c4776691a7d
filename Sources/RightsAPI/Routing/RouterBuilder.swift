/// Collects routes (template + responder) at startup; ``build()`` freezes them into a ``Router``.
/// The API's routes are registered in one place, `APIRoutes.swift`.
struct RouterBuilder {
    private var entries: [(template: String, responder: any RouteResponder)] = []

    /// Adds a route. Templates are `/`-separated literals and `{name}` parameters, spelled exactly
    /// as the path keys of `openapi.yaml`; registering a template twice is a programming error.
    mutating func add(_ template: String, _ responder: some RouteResponder) {
        precondition(!entries.contains { $0.template == template }, "route \(template) registered twice")
        entries.append((template, responder))
    }

    func build() -> Router {
        Router(routes: entries.enumerated().map { slot, entry in
            (Route(slot: slot, template: entry.template), entry.responder)
        })
    }
}
