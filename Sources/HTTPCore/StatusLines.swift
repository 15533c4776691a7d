/// Precomputed status lines for the usual statuses with their RFC 9110 §15 reason phrases.
enum StatusLines {
    /// The whole status line with CRLF when `status` is a usual code with its standard reason.
    static func canonical(_ status: HTTPStatus) -> StaticString? {
        switch status.code {
        case 100: status.reason == "Continue" ? "HTTP/1.1 100 Continue\r\n" : nil
        case 200: status.reason == "OK" ? "HTTP/1.1 200 OK\r\n" : nil
        case 201: status.reason == "Created" ? "HTTP/1.1 201 Created\r\n" : nil
        case 202: status.reason == "Accepted" ? "HTTP/1.1 202 Accepted\r\n" : nil
        case 204: status.reason == "No Content" ? "HTTP/1.1 204 No Content\r\n" : nil
        case 301: status.reason == "Moved Permanently" ? "HTTP/1.1 301 Moved Permanently\r\n" : nil
        case 302: status.reason == "Found" ? "HTTP/1.1 302 Found\r\n" : nil
        case 304: status.reason == "Not Modified" ? "HTTP/1.1 304 Not Modified\r\n" : nil
        case 307: status.reason == "Temporary Redirect" ? "HTTP/1.1 307 Temporary Redirect\r\n" : nil
        case 308: status.reason == "Permanent Redirect" ? "HTTP/1.1 308 Permanent Redirect\r\n" : nil
        case 400: status.reason == "Bad Request" ? "HTTP/1.1 400 Bad Request\r\n" : nil
        case 401: status.reason == "Unauthorized" ? "HTTP/1.1 401 Unauthorized\r\n" : nil
        case 403: status.reason == "Forbidden" ? "HTTP/1.1 403 Forbidden\r\n" : nil
        case 404: status.reason == "Not Found" ? "HTTP/1.1 404 Not Found\r\n" : nil
        case 405: status.reason == "Method Not Allowed" ? "HTTP/1.1 405 Method Not Allowed\r\n" : nil
        case 406: status.reason == "Not Acceptable" ? "HTTP/1.1 406 Not Acceptable\r\n" : nil
        case 408: status.reason == "Request Timeout" ? "HTTP/1.1 408 Request Timeout\r\n" : nil
        case 409: status.reason == "Conflict" ? "HTTP/1.1 409 Conflict\r\n" : nil
        case 410: status.reason == "Gone" ? "HTTP/1.1 410 Gone\r\n" : nil
        case 412: status.reason == "Precondition Failed" ? "HTTP/1.1 412 Precondition Failed\r\n" : nil
        case 413: status.reason == "Content Too Large" ? "HTTP/1.1 413 Content Too Large\r\n" : nil
        case 414: status.reason == "URI Too Long" ? "HTTP/1.1 414 URI Too Long\r\n" : nil
        case 415: status.reason == "Unsupported Media Type" ? "HTTP/1.1 415 Unsupported Media Type\r\n" : nil
        case 416: status.reason == "Range Not Satisfiable" ? "HTTP/1.1 416 Range Not Satisfiable\r\n" : nil
        case 417: status.reason == "Expectation Failed" ? "HTTP/1.1 417 Expectation Failed\r\n" : nil
        case 422: status.reason == "Unprocessable Content" ? "HTTP/1.1 422 Unprocessable Content\r\n" : nil
        case 429: status.reason == "Too Many Requests" ? "HTTP/1.1 429 Too Many Requests\r\n" : nil
        case 431: status.reason == "Request Header Fields Too Large" ? "HTTP/1.1 431 Request Header Fields Too Large\r\n" : nil
        case 500: status.reason == "Internal Server Error" ? "HTTP/1.1 500 Internal Server Error\r\n" : nil
        case 501: status.reason == "Not Implemented" ? "HTTP/1.1 501 Not Implemented\r\n" : nil
        case 502: status.reason == "Bad Gateway" ? "HTTP/1.1 502 Bad Gateway\r\n" : nil
        case 503: status.reason == "Service Unavailable" ? "HTTP/1.1 503 Service Unavailable\r\n" : nil
        case 504: status.reason == "Gateway Timeout" ? "HTTP/1.1 504 Gateway Timeout\r\n" : nil
        case 505: status.reason == "HTTP Version Not Supported" ? "HTTP/1.1 505 HTTP Version Not Supported\r\n" : nil
        default: nil
        }
    }
}
