/// Writes a response (status line, header fields, body) as HTTP/1.1 bytes, so that the server can
/// send it with one write.
///
/// Which fields go out is decided by `ResponseNormalization` (shared with HTTP/2: `Date`,
/// `Content-Length`, body rules for HEAD/304/204/1xx, `X-Request-Id`, control characters). What
/// is HTTP/1.1's own:
/// - the status line always says `HTTP/1.1`, also to HTTP/1.0 clients (RFC 9110 §2.5 allows it);
/// - `keepAlive == false` → `Connection: close` (a handler-set `Connection` is replaced);
///   HTTP/1.0 with `keepAlive` → `Connection: keep-alive` unless the handler set `Connection`;
/// - other connection-specific fields the handler set (`Keep-Alive`, `Upgrade`) are passed on.
///
/// Speed: one pass sums an upper bound of the head's size, a second copies the head's bytes into
/// scratch memory of that size (status lines of the usual statuses are precomputed; no String is
/// built); then the head is appended to the caller's buffer, whose capacity is reused.
public enum ResponseSerializer {
    /// Appends head and body (when the framing sends one) to `buffer`.
    public static func serialize(
        _ response: HTTPResponse, requestMethod: String, version: HTTPVersion,
        keepAlive: Bool, requestID: String?, into buffer: inout [UInt8]
    ) {
        let framing = appendHead(
            response, requestMethod: requestMethod, version: version, keepAlive: keepAlive,
            requestID: requestID, into: &buffer, reservingBody: true)
        if framing.sendsBody { buffer.append(contentsOf: response.body) }
    }

    /// Appends only the head (status line, fields, empty line) and returns the framing: the caller
    /// sends `response.body` after it when `sendsBody` (e.g. by reference, without copying it).
    /// `reservingBody` grows `buffer` once for head and body when the body will be appended too.
    @discardableResult
    public static func appendHead(
        _ response: HTTPResponse, requestMethod: String, version: HTTPVersion,
        keepAlive: Bool, requestID: String?, into buffer: inout [UInt8], reservingBody: Bool = false
    ) -> ResponseFraming {
        let framing = ResponseFraming(statusCode: response.status.code, requestMethod: requestMethod)

        // Upper bound of the head: status line, every handler field, and each field the serializer may add.
        var bound = 16 + response.status.reason.utf8.count
        for field in response.headers { bound += field.name.utf8.count + field.value.utf8.count + 4 }
        bound += 8 + HTTPDate.length  // Date
        bound += 18 + ByteWriter.maxDecimalDigits  // Content-Length
        bound += 24  // Connection: keep-alive / close
        bound += 16 + (requestID?.utf8.count ?? 0)  // X-Request-Id
        bound += 2  // empty line

        // The head is written into scratch memory (on the stack when small), then appended: the
        // caller's buffer keeps its capacity, so a reused buffer never reallocates.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { scratch in
            var writer = ByteWriter(scratch.baseAddress!)
            writeHead(response, framing: framing, version: version, keepAlive: keepAlive, requestID: requestID, to: &writer)
            let bodyCount = reservingBody && framing.sendsBody ? response.body.count : 0
            if buffer.capacity - buffer.count < writer.count + bodyCount {
                buffer.reserveCapacity(buffer.count + writer.count + bodyCount)
            }
            buffer.append(contentsOf: UnsafeBufferPointer(start: scratch.baseAddress, count: writer.count))
        }
        return framing
    }

    /// The serialized response as a new buffer (convenience for tests and one-off responses).
    public static func serialize(
        _ response: HTTPResponse, requestMethod: String, version: HTTPVersion,
        keepAlive: Bool, requestID: String?
    ) -> [UInt8] {
        var buffer: [UInt8] = []
        serialize(
            response, requestMethod: requestMethod, version: version, keepAlive: keepAlive,
            requestID: requestID, into: &buffer)
        return buffer
    }

    private static func writeHead(
        _ response: HTTPResponse, framing: ResponseFraming, version: HTTPVersion,
        keepAlive: Bool, requestID: String?, to writer: inout ByteWriter
    ) {
        if let line = StatusLines.canonical(response.status) {
            writer.write(line)
        } else {
            writer.write("HTTP/1.1 ")
            writer.writeDecimal(min(max(framing.statusCode, 100), 999))
            writer.write(0x20)
            writer.writeFieldText(response.status.reason)
            writer.write("\r\n")
        }

        let added = ResponseNormalization.visitFields(of: response, framing: framing, requestID: requestID) { field, role in
            if role == .connection, !keepAlive { return }   // replaced by `Connection: close` below
            writer.writeFieldText(field.name)
            writer.write(": ")
            writer.writeFieldText(field.value)
            writer.write("\r\n")
        }

        if added.date {
            writer.write("Date: ")
            HTTPDate.writeNow(to: &writer)
            writer.write("\r\n")
        }
        if let length = added.contentLength {
            writer.write("Content-Length: ")
            writer.writeDecimal(length)
            writer.write("\r\n")
        }
        if !keepAlive {
            writer.write("Connection: close\r\n")
        } else if version == .http1_0, !added.handlerSetConnection {
            writer.write("Connection: keep-alive\r\n")
        }
        if let requestID = added.requestID {
            writer.write("X-Request-Id: ")
            writer.writeFieldText(requestID)
            writer.write("\r\n")
        }
        writer.write("\r\n")
    }
}
