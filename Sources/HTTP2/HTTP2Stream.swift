/// One stream's state on the server side (RFC 9113 §5.1): the request as it arrives, the
/// response as it leaves, and both flow-control windows.
struct HTTP2Stream {
    /// Validated request head, until the request is complete and handed out.
    var head: RequestHead?
    var body: [UInt8] = []
    /// The peer sent END_STREAM (half-closed remote).
    var receivedEnd = false
    /// Request bytes arriving from now on are dropped (the stream was answered early: 413, 431, …).
    var discardsInput = false
    /// How many more octets we may send on this stream (may go negative after a SETTINGS change).
    var sendWindow: Int
    /// How many more octets the peer may send on this stream.
    var receiveWindow: Int
    /// A response was queued (HEADERS sent or about to be).
    var responding = false
    /// The response body, and the part of it still to send.
    var responseBody: [UInt8] = []
    var pending: Range<Int> = 0..<0
    /// We sent END_STREAM (half-closed local).
    var sentEnd = false
    /// Waiting in the send queue.
    var queued = false
    /// Since when the response has been waiting for this stream's window to open.
    var stalledSince: UInt64?
    /// Method of the request, for HEAD rules of an early answer.
    var method = "GET"
}
