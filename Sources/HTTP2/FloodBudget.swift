/// A token bucket: `burst` events at once, refilled at `perSecond`. `spend` returns false once
/// the peer goes faster than that for longer than the burst allows.
public struct FloodBudget: Sendable, Equatable {
    public struct Rate: Sendable, Equatable {
        public var burst: Int
        public var perSecond: Int
        public init(burst: Int, perSecond: Int) {
            self.burst = burst
            self.perSecond = perSecond
        }
    }

    public let rate: Rate
    private var tokens: Int
    private var lastRefill: UInt64

    public init(_ rate: Rate, now: UInt64) {
        self.rate = rate
        tokens = rate.burst
        lastRefill = now
    }

    public mutating func spend(now: UInt64) -> Bool {
        if now > lastRefill, rate.perSecond > 0 {
            let interval = 1_000_000_000 / UInt64(rate.perSecond)
            let earned = (now - lastRefill) / interval
            if earned > 0 {
                tokens = min(rate.burst, tokens + Int(min(earned, UInt64(rate.burst))))
                lastRefill += earned * interval
            }
        }
        guard tokens > 0 else { return false }
        tokens -= 1
        return true
    }
}
