public import HTTPCore
public import HPACK

/// A request's header section checked against RFC 9113 §8.1–8.3: what the stream will turn into
/// an `HTTPRequest` once its body is complete.
///
/// Malformed (a stream error, PROTOCOL_ERROR, §8.1.1): a missing, repeated, unknown or late
/// pseudo-header; a response pseudo-header; an uppercase or invalid field name; a value with NUL,
/// CR, LF or surrounding whitespace; a connection-specific field (`connection`, `keep-alive`,
/// `proxy-connection`, `transfer-encoding`, `upgrade`); `te` other than `trailers`; an empty or
/// relative `:path`; a `content-length` that is not one decimal number.
public struct RequestHead: Sendable, Equatable {
    public var method: String
    public var scheme: String
    public var authority: String?
    public var path: String
    /// Regular fields in order, names lowercase; `cookie` crumbs joined with "; " (§8.2.3);
    /// `host` added from `:authority` when absent.
    public var headers: HTTPHeaders
    public var contentLength: Int?

    public static func validate(_ fields: [HeaderField]) -> Result<RequestHead, MalformedRequest> {
        var method: String?, scheme: String?, authority: String?, path: String?
        var regular: [HTTPHeaders.Field] = []
        regular.reserveCapacity(fields.count + 1)
        var cookies: [String] = []
        var contentLength: Int?
        var sawRegular = false
        for field in fields {
            if field.name.utf8.first == UInt8(ascii: ":") {
                guard !sawRegular else { return .failure(.init("pseudo-header \(field.name) after a regular field")) }
                func set(_ slot: inout String?) -> MalformedRequest? {
                    guard slot == nil else { return .init("repeated \(field.name)") }
                    slot = field.value
                    return nil
                }
                let problem: MalformedRequest?
                switch field.name {
                case ":method": problem = set(&method)
                case ":scheme": problem = set(&scheme)
                case ":authority": problem = set(&authority)
                case ":path": problem = set(&path)
                default: problem = .init("unknown or response pseudo-header \(field.name)")
                }
                if let problem { return .failure(problem) }
                continue
            }
            sawRegular = true
            if let problem = checkName(field.name) ?? checkValue(field.value, name: field.name) { return .failure(problem) }
            switch field.name {
            case "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade":
                return .failure(.init("connection-specific field \(field.name)"))
            case "te" where field.value != "trailers":
                return .failure(.init("te other than trailers"))
            case "content-length":
                guard !field.value.isEmpty, field.value.utf8.count <= 18,
                      field.value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(field.value)
                else { return .failure(.init("invalid content-length")) }
                if let contentLength, contentLength != value { return .failure(.init("differing content-length fields")) }
                contentLength = value
            case "cookie":
                cookies.append(field.value)
                continue
            default:
                break
            }
            regular.append(HTTPHeaders.Field(name: field.name, value: field.value))
        }
        guard let method else { return .failure(.init("missing :method")) }
        if let problem = checkToken(method) { return .failure(.init("invalid :method: \(problem)")) }
        if method == "CONNECT" {
            return .failure(.init("CONNECT is not supported", connect: true))
        }
        guard let scheme, let path else { return .failure(.init("missing :scheme or :path")) }
        guard path.utf8.first == UInt8(ascii: "/") || (path == "*" && method == "OPTIONS") else {
            return .failure(.init("empty or relative :path"))
        }
        if let problem = checkValue(path, name: ":path") ?? (path.utf8.contains { $0 <= 0x20 || $0 == 0x7F } ? .init("whitespace in :path") : nil) {
            return .failure(problem)
        }
        if let authority, let problem = checkValue(authority, name: ":authority") { return .failure(problem) }
        if !cookies.isEmpty { regular.append(HTTPHeaders.Field(name: "cookie", value: cookies.joined(separator: "; "))) }
        var headers = HTTPHeaders(fields: regular)
        if let authority, !headers.contains("host") { headers.add(name: "host", value: authority) }
        return .success(RequestHead(
            method: method, scheme: scheme, authority: authority, path: path, headers: headers, contentLength: contentLength))
    }

    /// Trailer fields (§8.1): no pseudo-headers, same field rules. Returned as regular fields.
    public static func validateTrailers(_ fields: [HeaderField]) -> Result<[HTTPHeaders.Field], MalformedRequest> {
        var result: [HTTPHeaders.Field] = []
        for field in fields {
            if field.name.utf8.first == UInt8(ascii: ":") { return .failure(.init("pseudo-header in trailers")) }
            if let problem = checkName(field.name) ?? checkValue(field.value, name: field.name) { return .failure(problem) }
            result.append(HTTPHeaders.Field(name: field.name, value: field.value))
        }
        return .success(result)
    }

    /// The request the handler sees: HTTP/1.1 semantics (the handler does not depend on framing).
    public func request(body: [UInt8]) -> HTTPRequest {
        HTTPRequest(method: method, target: path, version: .http1_1, headers: headers, body: body)
    }

    private static func checkName(_ name: String) -> MalformedRequest? {
        guard !name.isEmpty else { return .init("empty field name") }
        for byte in name.utf8 {
            if byte >= 0x41 && byte <= 0x5A { return .init("uppercase in field name \(name)") }
            if !isTokenByte(byte) { return .init("invalid octet in field name") }
        }
        return nil
    }

    private static func checkToken(_ token: String) -> String? {
        guard !token.isEmpty else { return "empty" }
        return token.utf8.allSatisfy(isTokenByte) ? nil : "not a token"
    }

    private static func checkValue(_ value: String, name: String) -> MalformedRequest? {
        let bytes = value.utf8
        if bytes.contains(where: { $0 == 0 || $0 == 0x0A || $0 == 0x0D }) { return .init("NUL, CR or LF in \(name)") }
        if let first = bytes.first, first == 0x20 || first == 0x09 { return .init("leading whitespace in \(name)") }
        if let last = bytes.last, last == 0x20 || last == 0x09 { return .init("trailing whitespace in \(name)") }
        return nil
    }

    /// tchar (RFC 9110 §5.6.2).
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "_"),
             UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}

/// Why a request is malformed (RFC 9113 §8.1.1): its stream is reset with PROTOCOL_ERROR.
public struct MalformedRequest: Error, Sendable, Equatable {
    public var reason: String
    /// A well-formed CONNECT, which this server does not serve (answered 501, not reset).
    public var isConnect: Bool
    init(_ reason: String, connect: Bool = false) {
        self.reason = reason
        isConnect = connect
    }
}
