/// One frame as read from the peer, checked for the rules that need no connection state
/// (RFC 9113 §4, §6): lengths, stream-id zero or not, padding.
public enum Frame: Sendable, Equatable {
    /// `flowControlled`: the whole payload length, padding included (it counts against windows).
    case data(stream: UInt32, payload: [UInt8], endStream: Bool, flowControlled: Int)
    case headers(stream: UInt32, fragment: [UInt8], endStream: Bool, endHeaders: Bool, dependsOn: UInt32?)
    case priority(stream: UInt32, dependsOn: UInt32)
    case rstStream(stream: UInt32, code: HTTP2ErrorCode)
    case settings(ack: Bool, parameters: [Setting])
    case pushPromise(stream: UInt32)
    case ping(ack: Bool, opaque: UInt64)
    case goaway(lastStream: UInt32, code: HTTP2ErrorCode)
    case windowUpdate(stream: UInt32, increment: UInt32)
    case continuation(stream: UInt32, fragment: [UInt8], endHeaders: Bool)
    /// A type this implementation does not know: ignored (§4.1, §5.5).
    case unknown(type: UInt8, stream: UInt32)

    public struct Setting: Sendable, Equatable {
        public var identifier: UInt16
        public var value: UInt32
        public init(identifier: UInt16, value: UInt32) {
            self.identifier = identifier
            self.value = value
        }
        public init(_ parameter: SettingsParameter, _ value: UInt32) {
            self.init(identifier: parameter.rawValue, value: value)
        }
    }

    /// Whether the frame carries nothing: a DATA without END_STREAM, a HEADERS or CONTINUATION
    /// fragment without END_HEADERS that is empty. Floods of these cost work for no progress.
    public var isEmptyWork: Bool {
        switch self {
        case .data(_, let payload, let endStream, _): payload.isEmpty && !endStream
        case .headers(_, let fragment, _, let endHeaders, _): fragment.isEmpty && !endHeaders
        case .continuation(_, let fragment, let endHeaders): fragment.isEmpty && !endHeaders
        default: false
        }
    }
}
