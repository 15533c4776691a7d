/// How incoming connections are spread over the event loops.
public enum ListenerDistribution: Sendable, Equatable {
    /// Each loop has its own listening socket bound to the same port with `SO_REUSEPORT`; the
    /// kernel hashes each new connection to one of them. Even spread, no shared accept queue.
    case reusePort
    /// One listening socket registered in every loop with `EPOLLEXCLUSIVE`; the kernel wakes one
    /// waiting loop per connection, so an idle loop tends to take it.
    case sharedExclusive
}
