/// The configuration's timeouts converted once to nanoseconds, for per-event deadline math.
struct TimeoutNanoseconds {
    var handshake: UInt64
    var header: UInt64
    var idle: UInt64
    var write: UInt64
    /// The minimum-response-rate window; 0 when the check is off.
    var responseRateWindow: UInt64

    init(_ configuration: ServerConfiguration) {
        handshake = configuration.handshakeTimeout.nanoseconds
        header = configuration.headerTimeout.nanoseconds
        idle = configuration.idleTimeout.nanoseconds
        write = configuration.writeTimeout.nanoseconds
        let rate = configuration.minimumResponseRate
        responseRateWindow = rate.bytesPerSecond > 0 ? max(rate.window.nanoseconds, 1) : 0
    }
}
