/// Why the server could not be created or started.
public enum HTTPServerError: Error, Sendable, CustomStringConvertible {
    /// The host could not be resolved to an address to bind.
    case invalidAddress(host: String, port: Int, reason: String)
    /// A configuration value is out of range.
    case invalidConfiguration(String)
    /// `start()` was called on a server that is running or has stopped.
    case alreadyStarted

    public var description: String {
        switch self {
        case let .invalidAddress(host, port, reason): "cannot listen on \(host) port \(port): \(reason)"
        case let .invalidConfiguration(text): "invalid server configuration: \(text)"
        case .alreadyStarted: "the server was already started"
        }
    }
}
