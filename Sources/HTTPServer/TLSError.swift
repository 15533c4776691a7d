import COpenSSL

/// A TLS setup or connection failure, with the OpenSSL error queue drained into it.
public struct TLSError: Error, Sendable, CustomStringConvertible {
    /// What failed, naming the file where one is involved.
    public var reason: String
    /// OpenSSL's own messages, oldest first.
    public var openSSLErrors: [String]

    init(_ reason: String, drainingQueue: Bool = true) {
        self.reason = reason
        openSSLErrors = drainingQueue ? TLSError.drainQueue() : []
    }

    public var description: String {
        openSSLErrors.isEmpty ? reason : "\(reason) (\(openSSLErrors.joined(separator: "; ")))"
    }

    /// Takes every pending error off this thread's OpenSSL error queue.
    static func drainQueue() -> [String] {
        var messages: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            messages.append(String(cText: buffer))
        }
        return messages
    }
}
