import Glibc
@testable import HTTPServer

/// Test helpers that play the socket for an `OutputQueue`.
extension OutputQueue {
    /// Takes everything queued, as one `writev` of up to `maxSegments` vectors at a time would,
    /// accepting at most `limit` bytes per call; returns the bytes in order.
    func drain(maxSegments: Int = OutputQueue.maxVectorCount, limit: Int = .max) -> [UInt8] {
        var taken: [UInt8] = []
        while !isEmpty {
            _ = writeSome(maxSegments: maxSegments) { vectors in
                var budget = limit
                for vector in vectors where budget > 0 {
                    let count = min(vector.iov_len, budget)
                    taken.append(contentsOf: UnsafeRawBufferPointer(start: vector.iov_base, count: count))
                    budget -= count
                }
                return .done(min(limit, vectors.reduce(0) { $0 + $1.iov_len }))
            }
        }
        return taken
    }
}
