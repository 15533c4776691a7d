import HTTPCore
import Synchronization

/// Connection counters shared by every event loop; lock-free atomics, read by `/metrics`.
final class ServerCounters: Sendable {
    let open = Atomic<Int>(0)
    let accepted = Atomic<Int>(0)
    let rejected = Atomic<Int>(0)

    var snapshot: ServerStatistics {
        ServerStatistics(
            openConnections: open.load(ordering: .relaxed),
            acceptedConnections: accepted.load(ordering: .relaxed),
            rejectedConnections: rejected.load(ordering: .relaxed)
        )
    }
}
