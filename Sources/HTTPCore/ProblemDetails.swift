/// An RFC 9457 problem detail, rendered as `application/problem+json`.
public struct ProblemDetails: Sendable, Equatable, Error {
    public var status: HTTPStatus
    /// Short, stable summary of the problem type (defaults to the reason phrase).
    public var title: String
    /// What went wrong with this request, in words a person can act on.
    public var detail: String
    /// A URI reference naming the problem type; `about:blank` when the status says it all.
    public var type: String
    /// The request target the problem occurred on, when known.
    public var instance: String?
    /// Extension members (flat string values), e.g. `"allowed": "GET, HEAD"`.
    public var extensions: [(String, String)]

    public init(
        status: HTTPStatus, detail: String, title: String? = nil, type: String = "about:blank",
        instance: String? = nil, extensions: [(String, String)] = []
    ) {
        self.status = status
        self.title = title ?? status.reason
        self.detail = detail
        self.type = type
        self.instance = instance
        self.extensions = extensions
    }

    public static func == (lhs: ProblemDetails, rhs: ProblemDetails) -> Bool {
        lhs.status == rhs.status && lhs.title == rhs.title && lhs.detail == rhs.detail
            && lhs.type == rhs.type && lhs.instance == rhs.instance
            && lhs.extensions.elementsEqual(rhs.extensions, by: { $0 == $1 })
    }

    /// The JSON body (compact, keys in RFC order: type, title, status, detail, instance, extensions).
    public var jsonBody: [UInt8] {
        var members = [
            "\"type\":\(JSONString.quote(type))",
            "\"title\":\(JSONString.quote(title))",
            "\"status\":\(status.code)",
            "\"detail\":\(JSONString.quote(detail))",
        ]
        if let instance { members.append("\"instance\":\(JSONString.quote(instance))") }
        for (key, value) in extensions { members.append("\(JSONString.quote(key)):\(JSONString.quote(value))") }
        return Array(("{" + members.joined(separator: ",") + "}").utf8)
    }

    /// A complete response carrying this problem.
    public var response: HTTPResponse {
        HTTPResponse(
            status: status,
            headers: ["Content-Type": "application/problem+json; charset=utf-8"],
            body: jsonBody
        )
    }
}

/// Minimal JSON string escaping (RFC 8259 §7) for hand-built bodies.
public enum JSONString {
    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
