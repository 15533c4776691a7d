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

    /// What the handler's own fields say about the fields the server manages (found while
    /// visiting them), so that the server-added part can be decided without visiting them again.
    public struct HandlerFieldSummary: Sendable, Equatable {
        public var hasDate = false
        /// A kept (HEAD, 304) handler `Content-Length`.
        public var hasContentLength = false
        public var hasConnection = false
        public var hasRequestID = false

        public init() {}
    }

    /// Passes every handler field that is kept to `visit` (with its role, in the handler's order)
    /// and returns the fields the server adds. Fields with role `.connection` and
    /// `.otherConnectionSpecific` are passed on for the protocol to decide.
    public static func visitFields(
        of response: HTTPResponse, framing: ResponseFraming, requestID: String?,
        _ visit: (HTTPHeaders.Field, ResponseFieldRole) -> Void
    ) -> AddedFields {
        let summary = visitHandlerFields(response.headers, framing: framing, visit)
        return addedFields(after: summary, framing: framing, bodyCount: response.body.count, requestID: requestID)
    }

    /// The handler-field half of ``visitFields(of:framing:requestID:_:)``: which fields are kept
    /// depends only on `headers` and `framing.keepsHandlerContentLength`, so a transport may cache
    /// what it derives from a shared header set under that pair.
    public static func visitHandlerFields(
        _ headers: HTTPHeaders, framing: ResponseFraming, _ visit: (HTTPHeaders.Field, ResponseFieldRole) -> Void
    ) -> HandlerFieldSummary {
        var summary = HandlerFieldSummary()
        for field in headers {
            let role = ResponseFieldRole(name: field.name)
            switch role {
            case .contentLength:
                guard framing.keepsHandlerContentLength else { continue }
                summary.hasContentLength = true
            case .transferEncoding:
                continue
            case .connection:
                summary.hasConnection = true
            case .date:
                summary.hasDate = true
            case .requestID:
                summary.hasRequestID = true
            case .otherConnectionSpecific, .other:
                break
            }
            visit(field, role)
        }
        return summary
    }

    /// The server-added half of ``visitFields(of:framing:requestID:_:)``.
    public static func addedFields(
        after summary: HandlerFieldSummary, framing: ResponseFraming, bodyCount: Int, requestID: String?
    ) -> AddedFields {
        AddedFields(
            date: !summary.hasDate,
            contentLength: framing.serverSetsContentLength(handlerSetOne: summary.hasContentLength) ? bodyCount : nil,
            requestID: summary.hasRequestID ? nil : requestID,
            handlerSetConnection: summary.hasConnection
        )
    }

    // MARK: HTTP/2

    /// The `:status` value: the code, clamped to three digits.
    public static func http2Status(_ code: Int) -> String {
        String(min(max(code, 100), 999))
    }

    /// The handler's fields as HTTP/2 sends them, in order: lowercase names, connection-specific
    /// fields removed, control characters replaced.
    public static func visitHTTP2HandlerFields(
        _ headers: HTTPHeaders, framing: ResponseFraming, _ visit: (_ name: String, _ value: String) -> Void
    ) -> HandlerFieldSummary {
        visitHandlerFields(headers, framing: framing) { field, role in
            switch role {
            case .connection, .otherConnectionSpecific, .transferEncoding: return
            default: visit(FieldText.lowercasedName(field.name), FieldText.sanitized(field.value))
            }
        }
    }

    /// A field the server adds to an HTTP/2 response, after the handler's.
    public enum HTTP2AddedField: Sendable, Equatable {
        case date
        case contentLength(Int)
        /// Already sanitized.
        case requestID(String)

        public var name: String {
            switch self {
            case .date: "date"
            case .contentLength: "content-length"
            case .requestID: "x-request-id"
            }
        }

        /// The value (`date`: the current time).
        public var value: String {
            switch self {
            case .date: HTTPDate.now()
            case .contentLength(let length): String(length)
            case .requestID(let id): id
            }
        }
    }

    /// Passes the server-added fields to `visit` in the order HTTP/2 sends them.
    public static func visitHTTP2AddedFields(_ added: AddedFields, _ visit: (HTTP2AddedField) -> Void) {
        if added.date { visit(.date) }
        if let length = added.contentLength { visit(.contentLength(length)) }
        if let id = added.requestID { visit(.requestID(FieldText.sanitized(id))) }
    }

    /// The response's fields for an HTTP/2 HEADERS frame: `:status`, then the handler's fields
    /// (``visitHTTP2HandlerFields(_:framing:_:)``), then the server's
    /// (``visitHTTP2AddedFields(_:_:)``). Send DATA only when
    /// `ResponseFraming(statusCode:requestMethod:).sendsBody`.
    public static func http2FieldList(
        for response: HTTPResponse, requestMethod: String, requestID: String?
    ) -> [(name: String, value: String)] {
        let framing = ResponseFraming(statusCode: response.status.code, requestMethod: requestMethod)
        var list: [(name: String, value: String)] = [(":status", http2Status(response.status.code))]
        list.reserveCapacity(response.headers.count + 4)
        let summary = visitHTTP2HandlerFields(response.headers, framing: framing) { list.append(($0, $1)) }
        let added = addedFields(after: summary, framing: framing, bodyCount: response.body.count, requestID: requestID)
        visitHTTP2AddedFields(added) { list.append(($0.name, $0.value)) }
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

    /// A field name in lowercase ASCII (HTTP/2 requires lowercase names), control characters
    /// replaced. Allocates nothing for a name that is already lowercase or one of `commonNames`.
    public static func lowercasedName(_ name: String) -> String {
        let bytes = name.utf8
        if !bytes.contains(where: { $0 &- 65 < 26 || $0 < 0x20 || $0 == 0x7F }) { return name }
        for common in commonNames where common.utf8.count == bytes.count && common.caseInsensitiveEquals(name) {
            return common
        }
        return String(decoding: sanitized(name).utf8.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Response field names handlers commonly set in mixed case, as lowercase literals.
    static let commonNames: [String] = [
        "content-type", "content-length", "content-encoding", "content-language", "etag", "cache-control",
        "vary", "allow", "date", "last-modified", "location", "retry-after", "link", "x-request-id",
        "access-control-allow-origin", "access-control-expose-headers", "access-control-allow-methods",
        "access-control-allow-headers", "access-control-max-age", "x-content-type-options", "referrer-policy",
        "content-security-policy", "strict-transport-security", "www-authenticate",
    ]
}
