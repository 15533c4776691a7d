/// Identifies one connection for epoll tokens and timer entries: the file descriptor plus a
/// per-loop generation, so that a stale event or timer entry never reaches a newer connection
/// that reused the same descriptor number.
struct ConnectionKey: Hashable, Sendable {
    var fd: Int32
    var generation: UInt32

    init(fd: Int32, generation: UInt32) {
        self.fd = fd
        self.generation = generation
    }

    init(token: UInt64) {
        fd = Int32(truncatingIfNeeded: token & 0xFFFF_FFFF)
        generation = UInt32(truncatingIfNeeded: token >> 32)
    }

    var token: UInt64 { UInt64(generation) << 32 | UInt64(UInt32(bitPattern: fd)) }

    /// Tokens for the loop's own descriptors (listener, wake-up eventfd); real connections have
    /// generation ≥ 1.
    static let listenerToken: UInt64 = 0xFFFF_FFFF_0000_0001
    static let wakeToken: UInt64 = 0xFFFF_FFFF_0000_0002
}
