/// What `HTTPRequestParser.nextRequest()` found in the bytes buffered so far.
public enum HTTPParseResult: Sendable, Equatable {
    /// No complete request yet: feed more bytes.
    case needMoreData
    /// One complete request; call `nextRequest()` again for a pipelined one.
    case request(HTTPRequest)
    /// The bytes are not a valid request: answer `error.problem.response` and close the connection.
    case failure(HTTPParseError)
}
