/// Writes a response (status line, header fields, body) into one byte buffer, so that the server can
/// send it with one write.
///
/// Rules:
/// - the status line always says `HTTP/1.1`, also to HTTP/1.0 clients (RFC 9110 §2.5 allows it);
/// - `Date` is added unless the handler set one;
/// - a response that carries a body gets `Content-Length` = the body's length (a handler-set
///   `Content-Length` is replaced, never doubled: a wrong value would desynchronize the connection);
/// - a response to HEAD carries no body; its `Content-Length` is the handler's, or else the length of the
///   body the GET would have sent (the handler's response body);
/// - 304 carries no body and no `Content-Length` unless the handler set one;
/// - 1xx and 204 carry neither a body nor `Content-Length` (RFC 9110 §8.6), whatever the handler set;
/// - a handler-set `Transfer-Encoding` is dropped (the serializer frames every body by length);
/// - `keepAlive == false` → `Connection: close` (a handler-set `Connection` is replaced);
///   HTTP/1.0 with `keepAlive` → `Connection: keep-alive` unless the handler set `Connection`;
/// - `X-Request-Id` is added when `requestID` is given and the handler did not set one;
/// - control characters in names and values are replaced by spaces (no response splitting).
///
/// Speed: one pass sums an upper bound of the head's size, a second copies the head's bytes into
/// scratch memory of that size (status lines of the usual statuses are precomputed; no String is
/// built); then head and body are appended to the caller's buffer, whose capacity is reused.
public enum ResponseSerializer {
    public static func serialize(
        _ response: HTTPResponse, requestMethod: String, version: HTTPVersion,
        keepAlive: Bool, requestID: String?, into buffer: inout [UInt8]
    ) {
        let code = response.status.code
        let forbidsLength = (100..<200).contains(code) || code == 204
        let isHead = requestMethod == "HEAD"
        let sendsBody = !forbidsLength && code != 304 && !isHead

        // Upper bound of the head: status line, every handler field, and each field the serializer may add.
        var bound = 16 + response.status.reason.utf8.count
        for field in response.headers { bound += field.name.utf8.count + field.value.utf8.count + 4 }
        bound += 8 + HTTPDate.length  // Date
        bound += 18 + ByteWriter.maxDecimalDigits  // Content-Length
        bound += 24  // Connection: keep-alive / close
        bound += 16 + (requestID?.utf8.count ?? 0)  // X-Request-Id
        bound += 2  // empty line

        // The head is written into scratch memory (on the stack when small), then appended with the
        // body: the caller's buffer keeps its capacity, so a reused buffer never reallocates.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { scratch in
            var writer = ByteWriter(scratch.baseAddress!)
            writeHead(
                response, code: code, forbidsLength: forbidsLength, sendsBody: sendsBody, version: version,
                keepAlive: keepAlive, requestID: requestID, to: &writer)
            let bodyCount = sendsBody ? response.body.count : 0
            if buffer.capacity - buffer.count < writer.count + bodyCount {
                buffer.reserveCapacity(buffer.count + writer.count + bodyCount)
            }
            buffer.append(contentsOf: UnsafeBufferPointer(start: scratch.baseAddress, count: writer.count))
        }
        if sendsBody { buffer.append(contentsOf: response.body) }
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
        _ response: HTTPResponse, code: Int, forbidsLength: Bool, sendsBody: Bool, version: HTTPVersion,
        keepAlive: Bool, requestID: String?, to writer: inout ByteWriter
    ) {
        if let line = StatusLines.canonical(response.status) {
            writer.write(line)
        } else {
            writer.write("HTTP/1.1 ")
            writer.writeDecimal(min(max(code, 100), 999))
            writer.write(0x20)
            writer.writeFieldText(response.status.reason)
            writer.write("\r\n")
        }

        var hasDate = false, hasLength = false, hasConnection = false, hasRequestID = false
        for field in response.headers {
            switch FieldRole(name: field.name) {
            case .contentLength:
                if forbidsLength || sendsBody { continue }
                hasLength = true
            case .transferEncoding:
                continue
            case .connection:
                if !keepAlive { continue }
                hasConnection = true
            case .date:
                hasDate = true
            case .requestID:
                hasRequestID = true
            case .other:
                break
            }
            writer.writeFieldText(field.name)
            writer.write(": ")
            writer.writeFieldText(field.value)
            writer.write("\r\n")
        }

        if !hasDate {
            writer.write("Date: ")
            HTTPDate.writeNow(to: &writer)
            writer.write("\r\n")
        }
        if !forbidsLength, !hasLength, code != 304 {
            writer.write("Content-Length: ")
            writer.writeDecimal(response.body.count)
            writer.write("\r\n")
        }
        if !keepAlive {
            writer.write("Connection: close\r\n")
        } else if version == .http1_0, !hasConnection {
            writer.write("Connection: keep-alive\r\n")
        }
        if let requestID, !hasRequestID {
            writer.write("X-Request-Id: ")
            writer.writeFieldText(requestID)
            writer.write("\r\n")
        }
        writer.write("\r\n")
    }
}

/// The header fields the serializer manages itself.
private enum FieldRole {
    case date, contentLength, transferEncoding, connection, requestID, other

    init(name: String) {
        switch name.utf8.count {
        case 4 where name.caseInsensitiveEquals("Date"): self = .date
        case 10 where name.caseInsensitiveEquals("Connection"): self = .connection
        case 12 where name.caseInsensitiveEquals("X-Request-Id"): self = .requestID
        case 14 where name.caseInsensitiveEquals("Content-Length"): self = .contentLength
        case 17 where name.caseInsensitiveEquals("Transfer-Encoding"): self = .transferEncoding
        default: self = .other
        }
    }
}
