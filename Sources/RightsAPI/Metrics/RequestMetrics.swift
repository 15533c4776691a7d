import Synchronization

/// Request counters and latency histograms, updated lock-free on the request path: one
/// `Atomic<Int>` per route × method × status (relaxed increments), and per route one atomic per
/// latency bucket plus the sum of durations in microseconds. Read by `/metrics`.
final class RequestMetrics: Sendable {
    /// Slot 0 is "unmatched"; route `r` is slot `r.slot + 1`.
    static let routeSlots = 32
    static let methods = ["GET", "HEAD", "OPTIONS", "other"]
    /// Status codes counted individually; anything else is counted under its class (`2xx`…).
    static let statuses = [200, 204, 304, 308, 400, 404, 405, 406, 500, 503]
    static let statusClasses = ["1xx", "2xx", "3xx", "4xx", "5xx"]
    static var statusSlots: Int { statuses.count + statusClasses.count }
    /// Upper bounds in seconds (Prometheus `le`); the last slot is `+Inf`.
    static let bucketBounds: [Double] = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1]
    static let bucketSlots = 16

    private let requests: InlineArray<2048, Atomic<Int>>
    private let buckets: InlineArray<512, Atomic<Int>>
    private let durationMicros: InlineArray<32, Atomic<Int>>

    /// The `route` label of each route slot (slot 0, unmatched, first).
    let routeLabels: [String]

    /// `routeLabels`: the template of every route, by route slot.
    init(routeLabels: [String]) {
        precondition(routeLabels.count + 1 <= Self.routeSlots, "more routes than metrics slots; raise RequestMetrics.routeSlots")
        self.routeLabels = [Route.unmatchedLabel] + routeLabels
        precondition(Self.routeSlots * Self.methods.count * Self.statusSlots <= 2048)
        precondition(Self.bucketBounds.count + 1 <= Self.bucketSlots && Self.routeSlots * Self.bucketSlots <= 512)
        requests = InlineArray { _ in Atomic(0) }
        buckets = InlineArray { _ in Atomic(0) }
        durationMicros = InlineArray { _ in Atomic(0) }
    }

    static func routeSlot(_ route: Route?) -> Int { route.map { $0.slot + 1 } ?? 0 }

    static func methodSlot(_ method: String) -> Int {
        switch method {
        case "GET": 0
        case "HEAD": 1
        case "OPTIONS": 2
        default: 3
        }
    }

    static func statusSlot(_ code: Int) -> Int {
        if let index = statuses.firstIndex(of: code) { return index }
        return statuses.count + min(max(code / 100 - 1, 0), statusClasses.count - 1)
    }

    static func statusLabel(_ slot: Int) -> String {
        slot < statuses.count ? String(statuses[slot]) : statusClasses[slot - statuses.count]
    }

    func record(route: Route?, method: String, status: Int, microseconds: Int) {
        let routeSlot = Self.routeSlot(route)
        let index = (routeSlot * Self.methods.count + Self.methodSlot(method)) * Self.statusSlots + Self.statusSlot(status)
        requests[index].wrappingAdd(1, ordering: .relaxed)
        let seconds = Double(microseconds) / 1_000_000
        var bucket = Self.bucketBounds.count
        for (position, bound) in Self.bucketBounds.enumerated() where seconds <= bound {
            bucket = position
            break
        }
        buckets[routeSlot * Self.bucketSlots + bucket].wrappingAdd(1, ordering: .relaxed)
        durationMicros[routeSlot].wrappingAdd(microseconds, ordering: .relaxed)
    }

    func requestCount(routeSlot: Int, methodSlot: Int, statusSlot: Int) -> Int {
        requests[(routeSlot * Self.methods.count + methodSlot) * Self.statusSlots + statusSlot].load(ordering: .relaxed)
    }

    /// Non-cumulative count of bucket `bucket` (the last is `+Inf`).
    func bucketCount(routeSlot: Int, bucket: Int) -> Int {
        buckets[routeSlot * Self.bucketSlots + bucket].load(ordering: .relaxed)
    }

    func durationSumMicroseconds(routeSlot: Int) -> Int {
        durationMicros[routeSlot].load(ordering: .relaxed)
    }
}
