import Glibc

/// A system call on a socket failed: which call, on what, and the `errno` it returned.
public struct SocketError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The failing operation, e.g. `bind`.
    public var operation: String
    /// What it was applied to, e.g. `[::1]:8080`.
    public var target: String
    /// The `errno` value.
    public var code: Int32

    public init(operation: String, target: String, code: Int32) {
        self.operation = operation
        self.target = target
        self.code = code
    }

    public var description: String {
        "\(operation) \(target): \(String(cString: strerror(code))) (errno \(code))"
    }
}
