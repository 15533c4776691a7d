/// Why a request could not be parsed.
///
/// After a failure the parser is poisoned (the message framing is unknown, so nothing after the bad
/// bytes can be trusted): the connection must answer `problem.response` and close.
public struct HTTPParseError: Error, Sendable, Equatable {
    /// The rule that was broken; each kind has one status.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// Request-line longer than `maxRequestLineBytes` (414).
        case requestLineTooLong
        /// Header section (or header plus trailer section) larger than `maxHeaderBytes` (431).
        case headerSectionTooLarge
        /// More field lines than `maxHeaderCount` (431).
        case tooManyHeaders
        /// `Content-Length` or the chunked total larger than `maxBodyBytes` (413).
        case bodyTooLarge
        /// Both `Content-Length` and `Transfer-Encoding` (request smuggling vector, RFC 9112 §6.3).
        case conflictingContentLengthAndTransferEncoding
        /// A `Content-Length` that is not plain decimal digits or does not fit in an `Int`.
        case invalidContentLength
        /// Several `Content-Length` values that differ.
        case duplicateContentLength
        /// A transfer coding other than `chunked`.
        case unsupportedTransferCoding
        /// `Transfer-Encoding` without `chunked` as the only, final coding, or on an HTTP/1.0 request.
        case invalidTransferEncoding
        /// A chunk-size that is not hexadecimal, overflows, or a chunk-size line that is too long.
        case invalidChunkSize
        /// Chunk data not followed by CRLF.
        case invalidChunkedBody
        /// A field line starting with whitespace (obs-fold, RFC 9112 §5.2).
        case obsoleteLineFolding
        /// Whitespace between a field name and its colon (RFC 9112 §5.1).
        case whitespaceBeforeColon
        /// A CR not followed by LF.
        case bareCarriageReturn
        /// An LF not preceded by CR (this parser accepts only CRLF as line terminator).
        case bareLineFeed
        /// A NUL byte in the request head.
        case nulByte
        /// A method that is not a token.
        case invalidMethod
        /// A request-target that is not origin-form (`/path?query`), or `*` on a method other than OPTIONS.
        case invalidTarget
        /// A request-line not made of method, target and version separated by single spaces.
        case invalidRequestLine
        /// A well-formed HTTP version whose major version is not 1 (505).
        case unsupportedVersion
        /// A malformed HTTP version.
        case invalidVersion
        /// An HTTP/1.1 request without `Host`.
        case missingHost
        /// More than one `Host` field line.
        case duplicateHost
        /// A `Host` value that is not `host[:port]`.
        case invalidHost
        /// A field name that is empty or not a token, or a field line without a colon.
        case invalidHeaderName
        /// A control character in a field value.
        case invalidHeaderValue
        /// An `Expect` value other than `100-continue` (417).
        case unsupportedExpectation

        /// The response status this kind of failure is answered with.
        public var status: HTTPStatus {
            switch self {
            case .requestLineTooLong: .uriTooLong
            case .headerSectionTooLarge, .tooManyHeaders: .requestHeaderFieldsTooLarge
            case .bodyTooLarge: .contentTooLarge
            case .unsupportedVersion: .httpVersionNotSupported
            case .unsupportedExpectation: .expectationFailed
            default: .badRequest
            }
        }

        /// The problem `type` URI of this kind: ``ProblemTypeURI/prefix`` + the kind's name in
        /// lowercase with hyphens (`bodyTooLarge` → `tag:rights-api,2026:problem/body-too-large`).
        public var problemType: String {
            var name = ""
            for character in rawValue {
                if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
            }
            return ProblemTypeURI.named(name)
        }
    }

    public var kind: Kind
    /// The status to answer with (400, 413, 414, 417, 431 or 505).
    public var status: HTTPStatus
    /// What was wrong, for the problem's `detail`, e.g.
    /// "Content-Length and Transfer-Encoding must not both be present (RFC 9112 §6.3)".
    public var detail: String

    public init(_ kind: Kind, _ detail: String) {
        self.kind = kind
        self.status = kind.status
        self.detail = detail
    }

    /// The RFC 9457 problem to send before closing the connection.
    public var problem: ProblemDetails {
        ProblemDetails(status: status, detail: detail, type: kind.problemType, extensions: [("error", kind.rawValue)])
    }
}
