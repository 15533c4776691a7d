/// What the connection hands its transport to write, in order: frame bytes it built, and DATA
/// payloads that are slices of the handler's response body (shared storage, not copies).
public enum HTTP2OutputChunk: Sendable, Equatable {
    case bytes([UInt8])
    /// `range` of a response body, sent from the body's own storage.
    case body([UInt8], range: Range<Int>)

    public var count: Int {
        switch self {
        case .bytes(let bytes): bytes.count
        case .body(_, let range): range.count
        }
    }
}

/// What the connection asks its owner to do after reading frames.
public enum HTTP2Event: Sendable, Equatable {
    /// A complete, valid request on `stream`: answer it with `HTTP2Connection.respond`.
    case request(stream: UInt32, request: HTTPRequestBox)
    /// A request refused before the handler (431, 413, 501): answer with this problem.
    case rejected(stream: UInt32, status: Int, detail: String, method: String)
}
