/// A minimum transfer rate, averaged over windows (like Kestrel's `MinResponseDataRate` or
/// nginx's `send_timeout`, but counting bytes rather than any progress).
public struct MinimumTransferRate: Sendable, Equatable {
    /// Bytes per second a client must take on average over each window; 0 disables the check.
    public var bytesPerSecond: Int
    /// The window: the rate is first checked this long after output starts waiting for the
    /// client (a grace period for a slow start), then once per window while it keeps waiting.
    public var window: Duration

    /// 240 bytes/s over 10 s windows by default (Kestrel's rate; a 239 KB document then takes at
    /// most about 17 minutes, and 16-bytes-a-second slow-read attacks are cut after 10 s).
    public init(bytesPerSecond: Int = 240, window: Duration = .seconds(10)) {
        self.bytesPerSecond = bytesPerSecond
        self.window = window
    }
}
