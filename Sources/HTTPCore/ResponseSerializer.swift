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
public enum ResponseSerializer {
    public static func serialize(
        _ response: HTTPResponse, requestMethod: String, version: HTTPVersion,
        keepAlive: Bool, requestID: String?, into buffer: inout [UInt8]
    ) {
        let code = response.status.code
        let forbidsLength = (100..<200).contains(code) || code == 204
        let isHead = requestMethod == "HEAD"
        let sendsBody = !forbidsLength && code != 304 && !isHead

        var estimate = 160 + (sendsBody ? response.body.count : 0)
        for field in response.headers { estimate += field.name.utf8.count + field.value.utf8.count + 4 }
        buffer.reserveCapacity(buffer.count + estimate)

        appendStatusLine(response.status, to: &buffer)

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
            buffer.appendFieldText(field.name)
            buffer.appendLiteral(": ")
            buffer.appendFieldText(field.value)
            buffer.appendLiteral("\r\n")
        }

        if !hasDate {
            buffer.appendLiteral("Date: ")
            HTTPDate.appendNow(to: &buffer)
            buffer.appendLiteral("\r\n")
        }
        if !forbidsLength, !hasLength, code != 304 {
            buffer.appendLiteral("Content-Length: ")
            buffer.appendDecimal(response.body.count)
            buffer.appendLiteral("\r\n")
        }
        if !keepAlive {
            buffer.appendLiteral("Connection: close\r\n")
        } else if version == .http1_0, !hasConnection {
            buffer.appendLiteral("Connection: keep-alive\r\n")
        }
        if let requestID, !hasRequestID {
            buffer.appendLiteral("X-Request-Id: ")
            buffer.appendFieldText(requestID)
            buffer.appendLiteral("\r\n")
        }
        buffer.appendLiteral("\r\n")
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

    private static func appendStatusLine(_ status: HTTPStatus, to buffer: inout [UInt8]) {
        if let line = StatusLines.canonical(status) {
            buffer.appendLiteral(line)
            return
        }
        buffer.appendLiteral("HTTP/1.1 ")
        buffer.appendDecimal(min(max(status.code, 100), 999))
        buffer.append(0x20)
        buffer.appendFieldText(status.reason)
        buffer.appendLiteral("\r\n")
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
