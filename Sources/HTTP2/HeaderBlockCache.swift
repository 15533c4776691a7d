import HTTPCore

/// The HPACK bytes of shared handler header sets (``HTTPHeaders/sharedIdentity``), per connection:
/// a prepared representation answered again on the same connection skips lowercasing, sanitizing
/// and encoding its fields.
///
/// An entry is keyed by the header set's identity and by `keepsHandlerContentLength` (the only
/// part of the framing that changes which handler fields are kept), and is valid only at the
/// encoder's `tableGeneration` it was made at; it is stored only when encoding it inserted
/// nothing into the table. Replaying it is then exact: the same fields against the same table
/// give the same bytes, and sending them leaves the table (ours and the peer's) unchanged.
///
/// Bound: `capacity` entries, replaced oldest first. A client walking many representations (every
/// article, both 200 and 304) would otherwise grow one entry per set; 32 covers the sets a page or
/// a benchmark repeats, at a few KiB per connection at most. Entries hold the identity strongly,
/// so an identity object cannot be freed and its address reused for another set while cached.
struct HeaderBlockCache {
    struct Entry {
        let identity: HeaderSetIdentity
        let keepsHandlerContentLength: Bool
        let generation: UInt64
        let bytes: [UInt8]
        let summary: ResponseNormalization.HandlerFieldSummary
    }

    static let capacity = 32

    private var entries: [Entry] = []
    /// Next entry to replace once the cache is full.
    private var nextVictim = 0

    var count: Int { entries.count }
    /// Responses served from the cache (for tests).
    private(set) var hits = 0

    /// The entry for this set and framing made at `generation`, if any.
    mutating func lookup(_ identity: HeaderSetIdentity, keepsHandlerContentLength: Bool, generation: UInt64) -> Entry? {
        for entry in entries
        where entry.identity === identity && entry.keepsHandlerContentLength == keepsHandlerContentLength {
            guard entry.generation == generation else { return nil }
            hits += 1
            return entry
        }
        return nil
    }

    /// Stores `entry`, replacing one for the same set and framing, else the oldest when full.
    mutating func store(_ entry: Entry) {
        if let index = entries.firstIndex(where: {
            $0.identity === entry.identity && $0.keepsHandlerContentLength == entry.keepsHandlerContentLength
        }) {
            entries[index] = entry
        } else if entries.count < Self.capacity {
            entries.append(entry)
        } else {
            entries[nextVictim] = entry
            nextVictim = (nextVictim + 1) % Self.capacity
        }
    }
}
