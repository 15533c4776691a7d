import HTTPCore
import Synchronization

/// Remembers the prepared bodies of query-dependent responses (search, resolve, filtered
/// cross-references), keyed by the request target. Those bodies are pure functions of the target
/// and the immutable corpus, so a repeated query is a dictionary lookup instead of a search plus
/// JSON writing, hashing and compression.
///
/// This is the one lock on a request path: the set of possible queries is unbounded, so no
/// immutable table built at startup can hold them. The critical section is a dictionary lookup or
/// insert (no I/O, no allocation of the body inside the lock); the cache is bounded by entry count
/// and byte size and is emptied when either bound is reached.
final class DynamicResponseCache: Sendable {
    struct Entry: Sendable {
        let identity: PreparedBody
        let gzip: PreparedBody?

        var byteCount: Int { identity.body.count + (gzip?.body.count ?? 0) }

        func body(gzip acceptsGzip: Bool) -> PreparedBody {
            acceptsGzip ? (gzip ?? identity) : identity
        }
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var bytes = 0
    }

    private let state = Mutex(State())
    let maximumEntries: Int
    let maximumBytes: Int

    init(maximumEntries: Int = 2048, maximumBytes: Int = 32 << 20) {
        self.maximumEntries = maximumEntries
        self.maximumBytes = maximumBytes
    }

    func entry(for key: String) -> Entry? {
        state.withLock { $0.entries[key] }
    }

    /// Prepares an entry for `bytes` (ETag, gzip when worthwhile; `contentLanguage` sent as
    /// `Content-Language` when given) outside the lock and stores it.
    func store(_ bytes: [UInt8], for key: String, cacheControl: String, contentLanguage: String? = nil) -> Entry {
        let large = bytes.count >= Gzip.minimumSize
        let compressed = large ? Gzip.compress(bytes, level: 6).flatMap { $0.count < bytes.count ? $0 : nil } : nil
        let vary = compressed == nil ? nil : "Accept-Encoding"
        let entry = Entry(
            identity: PreparedBody(body: bytes, contentType: ResponseHeaderSet.jsonContentType, contentLanguage: contentLanguage,
                                   cacheControl: cacheControl, vary: vary, gzip: false),
            gzip: compressed.map {
                PreparedBody(body: $0, contentType: ResponseHeaderSet.jsonContentType, contentLanguage: contentLanguage,
                             cacheControl: cacheControl, vary: vary, gzip: true)
            })
        let size = entry.byteCount + key.utf8.count
        guard size <= maximumBytes / 16 else { return entry }
        state.withLock { state in
            if state.entries.count >= maximumEntries || state.bytes + size > maximumBytes {
                state.entries.removeAll(keepingCapacity: true)
                state.bytes = 0
            }
            if state.entries.updateValue(entry, forKey: key) == nil { state.bytes += size }
        }
        return entry
    }

    var count: Int { state.withLock { $0.entries.count } }
}
