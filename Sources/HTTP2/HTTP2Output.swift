/// What the connection hands its transport to write, in order, during `takeOutput(budget:now:_:)`:
/// frame bytes in the connection's own buffer (valid only during the call: copy them), and DATA
/// payloads that are slices of the handler's response body.
public enum HTTP2OutputSegment {
    case bytes(UnsafeRawBufferPointer)
    /// `range` of a response body, sent from the body's own storage.
    case body([UInt8], range: Range<Int>)
}

/// What the connection asks its owner to do after reading frames.
public enum HTTP2Event: Sendable, Equatable {
    /// A complete, valid request on `stream`: answer it with `HTTP2Connection.respond`.
    case request(stream: UInt32, request: HTTPRequestBox)
    /// A request refused before the handler (431, 413, 501): answer with this problem.
    case rejected(stream: UInt32, status: Int, detail: String, method: String)
}
