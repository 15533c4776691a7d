/// Every limit of the HTTP/2 side in one place: what each bounds, and why that value.
///
/// Times are nanoseconds of the monotonic clock the caller passes in (`now`).
public struct HTTP2Configuration: Sendable, Equatable {
    // MARK: Announced in our SETTINGS

    /// SETTINGS_MAX_CONCURRENT_STREAMS. Streams opened beyond it are refused with
    /// RST_STREAM(REFUSED_STREAM) (the client may retry them). 100 is what browsers expect
    /// (nginx's and RFC 9113 §6.5.2's suggested minimum); each open stream holds at most one
    /// request's body and one response's reference.
    public var maxConcurrentStreams = 100
    /// SETTINGS_INITIAL_WINDOW_SIZE: how much request body a stream may send before we open its
    /// window further. 64 KiB: the API takes small bodies (search queries), not uploads.
    public var initialStreamWindow = 65_535
    /// The connection's receive window (raised by WINDOW_UPDATE right after the preface): all
    /// streams' unconsumed request bodies together. Bounds the request bytes one connection can
    /// make us buffer: 1 MiB.
    public var connectionWindow = 1 << 20
    /// SETTINGS_MAX_FRAME_SIZE we accept (the RFC's default and minimum, 16 KiB); larger frames
    /// are a FRAME_SIZE_ERROR before their payload is buffered.
    public var maxFrameSize = 16_384
    /// SETTINGS_HEADER_TABLE_SIZE: the HPACK dynamic table the peer may make us keep. 4 KiB (the default).
    public var headerTableSize = 4096
    /// SETTINGS_MAX_HEADER_LIST_SIZE: decoded header list (names + values + 32 per field). Larger
    /// → 431 on that stream. 32 KiB, as the HTTP/1.1 parser's `maxHeaderBytes`.
    public var maxHeaderListSize = 32 << 10

    // MARK: Enforced

    /// Encoded octets of one header block across HEADERS and all its CONTINUATION frames. Beyond it
    /// → GOAWAY(ENHANCE_YOUR_CALM): the CONTINUATION flood of CVE-2024-27316 is an endless block
    /// that servers buffered without bound. 64 KiB (twice the decoded limit: HPACK rarely expands).
    public var maxHeaderBlockBytes = 64 << 10
    /// CONTINUATION frames in one header block. A sane client sends one or two; thousands of tiny
    /// ones are the same flood in small change.
    public var maxContinuationFrames = 32
    /// Largest request body; beyond it → 413 on that stream. Same as HTTP/1.1 (`HTTPParserLimits.maxBodyBytes`).
    public var maxBodyBytes = 1 << 20
    /// Streams the client may reset (RST_STREAM) or have refused, as a token bucket: `burst` at
    /// once, refilled at `perSecond`. Spending more → GOAWAY(ENHANCE_YOUR_CALM). Rapid reset
    /// (CVE-2023-44487) opens and cancels streams at line rate to make the server work for nothing.
    public var resetBudget = FloodBudget.Rate(burst: 200, perSecond: 50)
    /// SETTINGS frames from the peer (each needs an ACK and may re-size every window).
    public var settingsBudget = FloodBudget.Rate(burst: 20, perSecond: 5)
    /// PING frames from the peer (each needs an ACK). The 2019 "ping flood" (CVE-2019-9512).
    public var pingBudget = FloodBudget.Rate(burst: 50, perSecond: 10)
    /// Frames that carry no progress: empty DATA, empty non-final HEADERS/CONTINUATION, PRIORITY,
    /// unknown types (CVE-2019-9518, CVE-2019-9516).
    public var emptyFrameBudget = FloodBudget.Rate(burst: 200, perSecond: 50)
    /// WINDOW_UPDATE frames: a tiny-increment flood makes us emit tiny DATA frames (CVE-2019-9511).
    public var windowUpdateBudget = FloodBudget.Rate(burst: 1000, perSecond: 500)
    /// Control frames we owe the peer (SETTINGS/PING ACKs, RST_STREAMs) that it has not read:
    /// beyond this many octets the peer is flooding us without reading → close (CVE-2019-9512/9515).
    public var maxPendingControlBytes = 64 << 10
    /// Octets of frames produced ahead of the socket (DATA is produced as the socket drains).
    public var outputHighWater = 64 << 10
    /// DATA frames we send are at most this long (≤ the peer's SETTINGS_MAX_FRAME_SIZE).
    public var maxDataFrameSize = 16_384

    // MARK: Timeouts

    /// Our SETTINGS must be acknowledged within this → GOAWAY(SETTINGS_TIMEOUT) (§6.5.3).
    public var settingsTimeout: UInt64 = 10_000_000_000
    /// The preface, and every header block once begun, must be complete within this (as
    /// HTTP/1.1's header timeout): a slowloris on HEADERS/CONTINUATION.
    public var headerTimeout: UInt64 = 10_000_000_000
    /// A response that cannot progress because the peer keeps a stream's window (or the
    /// connection's) at zero: after this the stream is reset (CANCEL) or, for the connection
    /// window, the connection is closed. Frees what a never-reading peer pins.
    public var stalledWindowTimeout: UInt64 = 30_000_000_000
    /// No open stream and no frame for this long → GOAWAY(NO_ERROR), close. As HTTP/1.1 keep-alive.
    public var idleTimeout: UInt64 = 60_000_000_000
    /// Graceful shutdown: how long to wait for the PING that follows the first GOAWAY before
    /// sending the final one (its round trip tells that in-flight streams have arrived).
    public var shutdownPingTimeout: UInt64 = 1_000_000_000

    public init() {}

    /// The SETTINGS frame we open with.
    public var announcedSettings: [Frame.Setting] {
        [
            Frame.Setting(.maxConcurrentStreams, UInt32(maxConcurrentStreams)),
            Frame.Setting(.initialWindowSize, UInt32(initialStreamWindow)),
            Frame.Setting(.maxFrameSize, UInt32(maxFrameSize)),
            Frame.Setting(.headerTableSize, UInt32(headerTableSize)),
            Frame.Setting(.maxHeaderListSize, UInt32(maxHeaderListSize)),
            Frame.Setting(.enablePush, 0),
        ]
    }
}
