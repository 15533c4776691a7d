/// Measures elapsed wall-clock time in milliseconds.
struct Stopwatch {
    private let clock = ContinuousClock()
    private var start: ContinuousClock.Instant

    init() { start = clock.now }

    /// Milliseconds since the start or the previous lap, and restarts.
    mutating func lap() -> Double {
        let now = clock.now
        let elapsed = start.duration(to: now)
        start = now
        let (seconds, attoseconds) = elapsed.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
