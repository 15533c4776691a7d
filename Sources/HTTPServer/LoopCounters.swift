import Synchronization

/// One event loop's connection counters: written only by that loop (each loop has its own object,
/// so no cache line is shared on the request path), read by any thread for `/metrics`.
final class LoopCounters: Sendable {
    /// Connections open now.
    let open = Atomic<Int>(0)
    /// Connections accepted since start.
    let accepted = Atomic<Int>(0)
    /// Connections refused at accept (over `maxConnections`, or shutting down).
    let rejected = Atomic<Int>(0)
    /// Connections closed because the client read its responses slower than the minimum rate.
    let closedSlowReaders = Atomic<Int>(0)
}
