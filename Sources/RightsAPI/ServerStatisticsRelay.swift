import Synchronization

/// A `ServerStatisticsSource` that forwards to one connected later: the handler is created before
/// the server (the server takes the handler), so `serve` passes a relay to the handler and
/// connects the server to it once it exists. Read only by `/metrics`, never on the request path.
public final class ServerStatisticsRelay: ServerStatisticsSource {
    private let source = Mutex<(@Sendable () -> ServerStatistics)?>(nil)

    public init() {}

    /// Takes every later snapshot from `snapshot`.
    public func connect(_ snapshot: @escaping @Sendable () -> ServerStatistics) {
        source.withLock { $0 = snapshot }
    }

    /// The connected source's snapshot, or zeros before `connect`.
    public func statisticsSnapshot() -> ServerStatistics {
        let current = source.withLock { $0 }
        return current?() ?? ServerStatistics()
    }
}
