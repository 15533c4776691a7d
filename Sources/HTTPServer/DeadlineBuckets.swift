/// Connection deadlines grouped into coarse time buckets (one per sweep interval), so a sweep
/// touches only connections whose bucket is due: O(due), not O(open connections).
///
/// Entries are lazy: a connection whose deadline moves later keeps its old entry, and when that
/// entry comes due the loop sees the later deadline and schedules it again. A connection adds an
/// entry only when its deadline moves *earlier* than the entry it already has, so a busy
/// keep-alive connection costs one entry per idle-timeout period, not one per request.
struct DeadlineBuckets {
    private let granularity: UInt64
    private var buckets: [UInt64: [ConnectionKey]] = [:]
    private var nextTick: UInt64

    init(granularity: UInt64, now: UInt64) {
        self.granularity = granularity
        nextTick = now / granularity
    }

    var isEmpty: Bool { buckets.isEmpty }

    /// Adds an entry that comes due at or after `deadline`; returns the time it will be seen.
    mutating func schedule(_ key: ConnectionKey, at deadline: UInt64) -> UInt64 {
        let tick = max((deadline + granularity - 1) / granularity, nextTick)
        buckets[tick, default: []].append(key)
        return tick * granularity
    }

    /// Removes and returns every entry due at `now`.
    mutating func takeDue(now: UInt64, into due: inout [ConnectionKey]) {
        let current = now / granularity
        guard current >= nextTick else { return }
        if current - nextTick < UInt64(buckets.count) {
            for tick in nextTick...current {
                if let keys = buckets.removeValue(forKey: tick) { due.append(contentsOf: keys) }
            }
        } else {
            for tick in buckets.keys where tick <= current {
                due.append(contentsOf: buckets.removeValue(forKey: tick)!)
            }
        }
        nextTick = current + 1
    }
}
