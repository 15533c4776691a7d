import HTTPCore
import Synchronization

/// Copies long, immutable response bodies into ``BodyFile``s, filling one file before opening the
/// next, so that a plain socket can `sendfile` them. Bodies up to `minimumSize` are not stored:
/// the server copies those next to their response head (one write), which costs less than a
/// second system call.
///
/// Thread-safe (a data reload prepares bodies off the event loops). A file holds bodies of one
/// data version and often the next; it is freed when no body of it is referenced any more.
final class BodyFileStore: Sendable {
    /// The store the server's prepared representations use.
    static let shared = BodyFileStore()

    /// Bodies longer than this are stored (the HTTP/1.1 output queue copies shorter ones).
    static let minimumSize = 16 * 1024
    /// Size of each file; a longer body gets a file of its own.
    static let fileCapacity = 16 << 20

    private let current = Mutex<BodyFile?>(nil)

    init() {}

    /// The region holding a copy of `bytes`, or nil when `bytes` is too short to be worth it or
    /// no memory file can be made (the caller then serves from memory only).
    func region(for bytes: [UInt8]) -> BodyFileRegion? {
        guard bytes.count > Self.minimumSize else { return nil }
        return current.withLock { file -> BodyFileRegion? in
            if let region = file?.append(bytes) { return region }
            file?.seal()
            guard let fresh = BodyFile(capacity: max(Self.fileCapacity, bytes.count)) else { return nil }
            file = fresh
            return fresh.append(bytes)
        }
    }
}
