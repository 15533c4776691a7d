/// The one place that decides which header fields a handler's response carries on the wire, shared
/// by HTTP/1.1 (`ResponseSerializer`) and HTTP/2 (`http2FieldList`), so that both protocols answer
/// every route with the same status, fields and body.
///
/// Rules (protocol-independent):
/// - `Date` is added unless the handler set one;
/// - body and `Content-Length` follow `ResponseFraming`: a response that carries a body gets
///   `Content-Length` = the body's length (a handler-set value is replaced, never doubled); HEAD
///   keeps the handler's or gets the length of the body a GET would carry; 304 keeps only the
///   handler's; 1xx and 204 carry neither;
/// - a handler-set `Transfer-Encoding` is dropped (bodies are framed by length or by frames);
/// - `X-Request-Id` is added when a request id is given and the handler did not set one;
/// - control characters in names and values become spaces (no response splitting).
///
/// Connection management is the protocol's: HTTP/1.1 writes or replaces `Connection`, HTTP/2
/// drops every connection-specific field (`Connection`, `Keep-Alive`, `Proxy-Connection`,
/// `Upgrade`).
public enum ResponseNormalization {
    /// What the server adds after the handler's fields.
    public struct AddedFields: Sendable, Equatable {
        public var date: Bool
        /// `Content-Length` the server writes, or nil.
        public var contentLength: Int?
        /// `X-Request-Id` the server writes, or nil.
        public var requestID: String?
        /// The handler set a `Connection` field (it was passed to `visit`).
        public var handlerSetConnection: Bool
    }

    /// Passes every handler field that is kept to `visit` (with its role, in the handler's order)
    /// and returns the fields the server adds. Fields with role `.connection` and
    /// `.otherConnectionSpecific` are passed on for the protocol to decide.
    public static func visitFields(
        of response: HTTPResponse, framing: ResponseFraming, requestID: String?,
        _ visit: (HTTPHeaders.Field, ResponseFieldRole) -> Void
    ) -> AddedFields {
        var hasDate = false, hasLength = false, hasConnection = false, hasRequestID = false
        for field in response.headers {
            let role = ResponseFieldRole(name: field.name)
            switch role {
            case .contentLength:
                guard framing.keepsHandlerContentLength else { continue }
                hasLength = true
            case .transferEncoding:
                continue
            case .connection:
                hasConnection = true
            case .date:
                hasDate = true
            case .requestID:
                hasRequestID = true
            case .otherConnectionSpecific, .other:
                break
            }
            visit(field, role)
        }
        return AddedFields(
            date: !hasDate,
            contentLength: framing.serverSetsContentLength(handlerSetOne: hasLength) ? response.body.count : nil,
            requestID: hasRequestID ? nil : requestID,
            handlerSetConnection: hasConnection
        )
    }

    /// The response's fields for an HTTP/2 HEADERS frame, `:status` first, then lowercase names
    /// with their values, connection-specific fields removed, control characters replaced.
    /// Send DATA only when `ResponseFraming(statusCode:requestMethod:).sendsBody`.
    public static func http2FieldList(
        for response: HTTPResponse, requestMethod: String, requestID: String?
    ) -> [(name: String, value: String)] {
        let framing = ResponseFraming(statusCode: response.status.code, requestMethod: requestMethod)
        var list: [(name: String, value: String)] = [(":status", String(min(max(response.status.code, 100), 999)))]
        list.reserveCapacity(response.headers.count + 4)
        let added = visitFields(of: response, framing: framing, requestID: requestID) { field, role in
            switch role {
            case .connection, .otherConnectionSpecific, .transferEncoding: return
            default: list.append((FieldText.lowercasedName(field.name), FieldText.sanitized(field.value)))
            }
        }
        if added.date { list.append(("date", HTTPDate.now())) }
        if let length = added.contentLength { list.append(("content-length", String(length))) }
        if let id = added.requestID { list.append(("x-request-id", FieldText.sanitized(id))) }
        return list
    }
}

/// Field text as it may go on the wire.
public enum FieldText {
    /// `text` with control characters (CR, LF, NUL, …, DEL; not HTAB) replaced by spaces.
    public static func sanitized(_ text: String) -> String {
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) else { return text }
        return String(decoding: text.utf8.map { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F ? 0x20 : $0 }, as: UTF8.self)
    }

    /// A field name in lowercase ASCII (HTTP/2 requires lowercase names), control characters replaced.
    public static func lowercasedName(_ name: String) -> String {
        String(decoding: sanitized(name).utf8.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
