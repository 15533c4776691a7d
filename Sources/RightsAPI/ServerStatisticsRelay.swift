public import HTTPCore
import Synchronization

/// A `ServerStatisticsSource` that forwards to one connected later: the handler is created before
/// the server (the server takes the handler), so `serve` passes a relay to the handler and
/// connects the server to it once it exists. Read only by `/metrics`, never on the request path.
public final class ServerStatisticsRelay: ServerStatisticsSource {
    private let source = Mutex<(any ServerStatisticsSource)?>(nil)

    public init() {}

    /// Forwards every later snapshot to `source`.
    public func connect(_ source: any ServerStatisticsSource) {
        self.source.withLock { $0 = source }
    }

    /// The connected source's snapshot, or zeros before `connect`.
    public func statisticsSnapshot() -> ServerStatistics {
        let current = source.withLock { $0 }
        return current?.statisticsSnapshot() ?? ServerStatistics()
    }
}
