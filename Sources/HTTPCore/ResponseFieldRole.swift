/// The header fields a server manages itself rather than passing on as the handler set them.
public enum ResponseFieldRole: Sendable, Equatable {
    case date, contentLength, transferEncoding, connection, requestID
    /// `Keep-Alive`, `Proxy-Connection`, `Upgrade`: connection-specific fields that HTTP/1.1
    /// passes on and HTTP/2 must not send (RFC 9113 §8.2.2). `Connection` and
    /// `Transfer-Encoding` have their own roles.
    case otherConnectionSpecific
    case other

    public init(name: String) {
        switch name.utf8.count {
        case 4 where name.caseInsensitiveEquals("Date"): self = .date
        case 7 where name.caseInsensitiveEquals("Upgrade"): self = .otherConnectionSpecific
        case 10 where name.caseInsensitiveEquals("Connection"): self = .connection
        case 10 where name.caseInsensitiveEquals("Keep-Alive"): self = .otherConnectionSpecific
        case 12 where name.caseInsensitiveEquals("X-Request-Id"): self = .requestID
        case 14 where name.caseInsensitiveEquals("Content-Length"): self = .contentLength
        case 16 where name.caseInsensitiveEquals("Proxy-Connection"): self = .otherConnectionSpecific
        case 17 where name.caseInsensitiveEquals("Transfer-Encoding"): self = .transferEncoding
        default: self = .other
        }
    }
}
