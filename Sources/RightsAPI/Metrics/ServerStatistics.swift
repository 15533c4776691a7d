/// The server's live connection counters as `/metrics` shows them. The HTTP layer keeps its own
/// (`HTTPServer.connectionCounts()`); whoever runs both connects them through a
/// ``ServerStatisticsRelay``.
public struct ServerStatistics: Sendable, Equatable {
    /// Connections currently open (plain and TLS).
    public var openConnections: Int
    /// Connections accepted since start.
    public var acceptedConnections: Int
    /// Connections refused or closed because a limit was reached (max connections, EMFILE).
    public var rejectedConnections: Int
    /// Connections reset because the client read its responses below the minimum response rate.
    public var slowReadersClosed: Int

    public init(openConnections: Int = 0, acceptedConnections: Int = 0, rejectedConnections: Int = 0, slowReadersClosed: Int = 0) {
        self.openConnections = openConnections
        self.acceptedConnections = acceptedConnections
        self.rejectedConnections = rejectedConnections
        self.slowReadersClosed = slowReadersClosed
    }
}

/// Something that can report `ServerStatistics`.
public protocol ServerStatisticsSource: Sendable {
    func statisticsSnapshot() -> ServerStatistics
}
