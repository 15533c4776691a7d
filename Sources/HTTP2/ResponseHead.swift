public import HTTPCore
public import HPACK

/// Turns a handler's `HTTPResponse` into HTTP/2 response fields with the HTTP/1.1 serializer's
/// rules (`ResponseSerializer`), adjusted for HTTP/2 (RFC 9113 §8.2, §8.3.2):
/// - `:status` first, then the handler's fields with names lowercased;
/// - connection-specific fields (`connection`, `keep-alive`, `proxy-connection`,
///   `transfer-encoding`, `upgrade`) are dropped;
/// - `date` is added unless the handler set one; `x-request-id` when given and not set;
/// - `content-length` = the body's length when a body is sent; for HEAD the handler's value or the
///   length the GET would send; none for 1xx/204; for 304 only the handler's;
/// - control characters in values become spaces.
public enum ResponseHead {
    /// The fields, and whether a body follows (false for HEAD, 1xx, 204, 304 and empty bodies).
    public static func fields(
        for response: HTTPResponse, requestMethod: String, requestID: String?, date: String
    ) -> (fields: [HeaderField], sendsBody: Bool) {
        let code = response.status.code
        let forbidsLength = (100..<200).contains(code) || code == 204
        let sendsBody = !forbidsLength && code != 304 && requestMethod != "HEAD"
        var fields: [HeaderField] = [HeaderField(name: ":status", value: String(min(max(code, 100), 999)))]
        fields.reserveCapacity(response.headers.count + 4)
        var hasDate = false, hasLength = false, hasRequestID = false
        for field in response.headers {
            let name = lowercased(field.name)
            switch name {
            case "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade":
                continue
            case "content-length":
                if forbidsLength || sendsBody { continue }
                hasLength = true
            case "date":
                hasDate = true
            case "x-request-id":
                hasRequestID = true
            default:
                break
            }
            fields.append(HeaderField(name: name, value: sanitized(field.value)))
        }
        if !hasDate { fields.append(HeaderField(name: "date", value: date)) }
        if !forbidsLength, !hasLength, code != 304 {
            fields.append(HeaderField(name: "content-length", value: String(response.body.count)))
        }
        if let requestID, !hasRequestID { fields.append(HeaderField(name: "x-request-id", value: sanitized(requestID))) }
        return (fields, sendsBody && !response.body.isEmpty)
    }

    private static func lowercased(_ name: String) -> String {
        name.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 < 0x21 || $0 == 0x7F }) ? String(decoding: name.utf8.map { byte in
            if byte >= 0x41 && byte <= 0x5A { return byte | 0x20 }
            return byte < 0x21 || byte == 0x7F ? UInt8(ascii: "-") : byte
        }, as: UTF8.self) : name
    }

    private static func sanitized(_ value: String) -> String {
        value.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 || $0 == 0x7F })
            ? String(decoding: value.utf8.map { $0 < 0x20 && $0 != 0x09 || $0 == 0x7F ? 0x20 : $0 }, as: UTF8.self)
            : value
    }
}
