import Glibc
@testable import HTTPServer

/// Test helpers that play the socket for an `OutputQueue`.
extension OutputQueue {
    /// Takes everything queued as a plain socket would (`writeNext`: vectored sends, and
    /// `sendfile` read back from the body file with `pread`), accepting at most `limit` bytes per
    /// call; returns the bytes in order.
    func drain(limit: Int = .max) -> [UInt8] {
        var taken: [UInt8] = []
        while !isEmpty {
            _ = writeNext(
                vectors: { vectors, _ in
                    var budget = limit
                    for vector in vectors where budget > 0 {
                        let count = min(vector.iov_len, budget)
                        taken.append(contentsOf: UnsafeRawBufferPointer(start: vector.iov_base, count: count))
                        budget -= count
                    }
                    return .done(min(limit, vectors.reduce(0) { $0 + $1.iov_len }))
                },
                file: { descriptor, offset, count in
                    let wanted = min(count, limit)
                    var bytes = [UInt8](repeating: 0, count: wanted)
                    let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, wanted, off_t(offset)) }
                    guard read > 0 else { return .failed("pread failed") }
                    taken.append(contentsOf: bytes[..<read])
                    return .done(read)
                })
        }
        return taken
    }

    /// Takes everything queued as TLS would (`writeRecord`), accepting at most `limit` bytes per
    /// call; returns the bytes and the length offered by each call.
    func drainRecords(limit: Int = .max) -> (bytes: [UInt8], offered: [Int]) {
        var taken: [UInt8] = []
        var offered: [Int] = []
        while !isEmpty {
            _ = writeRecord { record in
                offered.append(record.count)
                let count = min(record.count, limit)
                taken.append(contentsOf: record.prefix(count))
                return .done(count)
            }
        }
        return (taken, offered)
    }
}
