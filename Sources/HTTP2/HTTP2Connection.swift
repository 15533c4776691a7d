import HTTPCore
import HPACK

/// The server side of one HTTP/2 connection (RFC 9113), as a pure state machine: feed it the
/// bytes read from the socket and the current time, answer the requests it reports, and write
/// what `takeOutput` returns. It does no I/O and reads no clock but the wall-clock second of the
/// `date` response field.
///
/// - Frames are checked (`FrameDecoder`), header blocks decoded (`HPACKDecoder`) and requests
///   validated (`RequestHead`); a malformed request resets its stream, a protocol violation
///   ends the connection with GOAWAY and the right error code.
/// - Flow control both ways: DATA is produced only within the peer's windows (connection and
///   stream), and resumes when WINDOW_UPDATE opens them; the peer's DATA is checked against
///   ours, which are replenished as bodies are consumed.
/// - Every limit is in `HTTP2Configuration`, with why.
/// - Graceful shutdown is two-step (§6.8): GOAWAY with the largest stream id, a PING, then on its
///   ACK a GOAWAY with the last stream actually accepted; every accepted stream is answered.
public final class HTTP2Connection {
    public enum Phase: Sendable, Equatable {
        /// Reading the client's connection preface.
        case awaitingPreface
        case open
        /// GOAWAY sent (or received): no new streams, the accepted ones are finished.
        case goingAway
        /// Done: write what is queued, then close the socket.
        case closing
    }

    public let configuration: HTTP2Configuration
    public internal(set) var phase: Phase = .awaitingPreface
    /// Why the connection is closing (for the log), once it is.
    public internal(set) var closeReason: String?

    var prefaceMatched = 0
    var sawPeerSettings = false
    var frames: FrameDecoder
    var headerDecoder: HPACKDecoder
    var headerEncoder = HPACKEncoder()
    /// Encoded handler fields of shared header sets, and the encoded `date` of this second.
    var headerBlockCache = HeaderBlockCache()
    var dateField = DateFieldCache()

    var peerInitialWindow = 65_535
    var peerMaxFrameSize = 16_384

    var streams: [UInt32: HTTP2Stream] = [:]
    /// Largest stream id the peer has opened; every smaller id not in `streams` is closed.
    var highestPeerStream: UInt32 = 0
    /// Streams we reset recently: late frames on them are ignored, not errors (§5.4.2).
    var recentlyReset: Set<UInt32> = []
    var recentlyResetOrder: [UInt32] = []

    var connectionSendWindow = 65_535
    var connectionReceiveWindow = 65_535
    /// Octets of request body consumed but not yet returned to the peer with WINDOW_UPDATE.
    var connectionConsumed = 0

    /// A header block being received across HEADERS and CONTINUATION frames.
    struct HeaderBlock {
        var stream: UInt32
        var fragments: [UInt8]
        var endStream: Bool
        var continuations = 0
        var selfDependent: Bool
    }
    var block: HeaderBlock?

    var resets: FloodBudget
    var settingsFrames: FloodBudget
    var pings: FloodBudget
    var emptyFrames: FloodBudget
    var windowUpdates: FloodBudget
    /// Control frame octets queued since the transport last reported its output drained.
    var controlBytesSinceDrain = 0

    /// Streams with response body waiting, in round-robin order.
    var sendQueue: [UInt32] = []
    var sendQueueHead = 0
    var connectionStalledSince: UInt64?

    /// Frame octets to write (frame headers, control frames, header blocks, small DATA), and
    /// where response bodies sent by reference go between them.
    var current: [UInt8] = []
    var pieces: [OutputPiece] = []

    /// `current` up to `bytesEnd`, then `body` (a DATA payload by reference), if any.
    struct OutputPiece {
        var bytesEnd: Int
        var body: (bytes: [UInt8], range: Range<Int>)?
    }

    var startedAt: UInt64
    var lastFrameAt: UInt64
    var blockStartedAt: UInt64 = 0
    var settingsSentAt: UInt64?
    var shutdownPingSentAt: UInt64?
    var finalGoawaySent = false
    var lastAcceptedStream: UInt32 = 0x7FFF_FFFF
    static let shutdownPingOpaque: UInt64 = 0x7269_6768_7473_6170   // "rightsap"

    var events: [HTTP2Event] = []

    /// Starts a connection: our SETTINGS and the connection window increase are queued at once
    /// (the server preface may be sent before the client's arrives, §3.4).
    public init(configuration: HTTP2Configuration = HTTP2Configuration(), now: UInt64) {
        self.configuration = configuration
        frames = FrameDecoder(maxFrameSize: configuration.maxFrameSize)
        headerDecoder = HPACKDecoder(
            tableSizeLimit: configuration.headerTableSize, maxHeaderListSize: configuration.maxHeaderListSize,
            maxStringLength: configuration.maxHeaderBlockBytes)
        resets = FloodBudget(configuration.resetBudget, now: now)
        settingsFrames = FloodBudget(configuration.settingsBudget, now: now)
        pings = FloodBudget(configuration.pingBudget, now: now)
        emptyFrames = FloodBudget(configuration.emptyFrameBudget, now: now)
        windowUpdates = FloodBudget(configuration.windowUpdateBudget, now: now)
        startedAt = now
        lastFrameAt = now
        FrameEncoder.settings(configuration.announcedSettings, into: &current)
        settingsSentAt = now
        if configuration.connectionWindow > 65_535 {
            FrameEncoder.windowUpdate(0, increment: UInt32(configuration.connectionWindow - 65_535), into: &current)
            connectionReceiveWindow = configuration.connectionWindow
        }
    }

    /// Streams opened by the peer and not yet closed.
    public var openStreamCount: Int { streams.count }

    /// No stream in progress: closing now loses nothing.
    public var isIdle: Bool { streams.isEmpty && block == nil }

    /// The connection is over: write the queued output, then close.
    public var wantsClose: Bool { phase == .closing }

    /// Reads bytes from the peer. Returns the requests to answer (in order).
    public func receive(_ bytes: UnsafeRawBufferPointer, now: UInt64) -> [HTTP2Event] {
        guard phase != .closing, !bytes.isEmpty else { return [] }
        lastFrameAt = now
        var rest = bytes
        if phase == .awaitingPreface {
            let preface = ConnectionPreface.bytes
            let take = min(preface.count - prefaceMatched, rest.count)
            for i in 0..<take where rest[i] != preface[prefaceMatched + i] {
                fail(.protocolError, "invalid connection preface")
                return []
            }
            prefaceMatched += take
            rest = UnsafeRawBufferPointer(rebasing: rest[take...])
            guard prefaceMatched == preface.count else { return [] }
            phase = .open
        }
        frames.append(rest)
        do {
            while phase != .closing, let frame = try frames.nextFrame() {
                do {
                    try handle(frame, now: now)
                } catch .stream(let stream, let code, let reason) {
                    resetStream(stream, code: code, reason: reason)
                }
            }
        } catch {
            switch error {
            case .connection(let code, let reason): fail(code, reason)
            case .stream(let stream, let code, let reason): resetStream(stream, code: code, reason: reason)
            }
        }
        finishIfDone()
        let produced = events
        events = []
        return produced
    }

    /// Ends the connection after a protocol violation: GOAWAY with the code, nothing more read.
    func fail(_ code: HTTP2ErrorCode, _ reason: String) {
        guard phase != .closing else { return }
        if phase != .awaitingPreface || prefaceMatched > 0 {
            queueControl { FrameEncoder.goaway(lastStream: highestPeerStream, code: code, debug: reason, into: &$0) }
        }
        closeReason = "\(code): \(reason)"
        phase = .closing
        streams.removeAll()
        sendQueue.removeAll()
        sendQueueHead = 0
        block = nil
    }

    /// Closes once a graceful shutdown (ours or the peer's) has nothing left to finish.
    func finishIfDone() {
        guard phase == .goingAway, isIdle else { return }
        if shutdownPingSentAt != nil, !finalGoawaySent { return }
        closeReason = closeReason ?? "graceful shutdown complete"
        phase = .closing
    }
}
