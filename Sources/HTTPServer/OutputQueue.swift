import Glibc

/// Bytes waiting to be written to one connection, in order, as segments: ranges of a copy buffer
/// (response heads, small bodies, frames) and ranges of shared immutable arrays (large bodies,
/// which a handler usually precomputed once: Swift arrays are copy-on-write, so holding one here
/// is a reference, not a copy, and a client that stops reading pins no body-sized copy).
///
/// Plain sockets write up to `maxVectorCount` segments with one `writev`; TLS writes the first
/// segment at a time (`writeSome(maxSegments: 1)`). Consecutive copied bytes form one segment, so
/// pipelined small answers still leave with one write. Confined to its connection's loop thread.
final class OutputQueue {
    private enum Storage {
        /// A range of `copies`.
        case copied
        /// A range of an array the queue shares with whoever produced it.
        case shared([UInt8])
    }

    private struct Segment {
        var storage: Storage
        var range: Range<Int>
    }

    /// Bodies up to this size are copied next to their head rather than referenced: one segment is
    /// cheaper to write than two, and a copy this small costs less than the extra vector.
    static let copyLimit = 16 * 1024
    /// Most segments offered to one `writev` (Linux's `IOV_MAX` is 1024).
    static let maxVectorCount = 64

    private var segments: [Segment] = []
    /// Index of the first segment not completely written.
    private var first = 0
    private var copies: [UInt8] = []
    private let pool: OutputBufferPool

    /// Bytes queued and not yet written.
    private(set) var pendingBytes = 0
    /// Bytes written since the connection opened (for transfer-rate checks).
    private(set) var totalWritten: UInt64 = 0

    init(pool: OutputBufferPool) {
        self.pool = pool
    }

    var isEmpty: Bool { pendingBytes == 0 }

    /// Segments not completely written (at least 1 when `pendingBytes > 0`).
    var pendingSegmentCount: Int { segments.count - first }

    // MARK: Queuing

    /// Appends bytes that `write` appends to the copy buffer (e.g. a serialized head).
    func appendCopying(_ write: (inout [UInt8]) -> Void) {
        if copies.capacity == 0 { pool.lend(to: &copies) }
        let start = copies.count
        write(&copies)
        let end = copies.count
        guard end > start else { return }
        pendingBytes += end - start
        if let last = segments.last, first < segments.count, case .copied = last.storage, last.range.upperBound == start {
            segments[segments.count - 1].range = last.range.lowerBound..<end
        } else {
            segments.append(Segment(storage: .copied, range: start..<end))
        }
    }

    /// Appends a copy of `bytes`.
    func append(copying bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        appendCopying { $0.append(contentsOf: bytes) }
    }

    /// Appends `bytes[range]` by reference (copied instead when it is at most `copyLimit` bytes).
    func append(_ bytes: [UInt8], range: Range<Int>? = nil) {
        let range = range ?? bytes.indices
        guard !range.isEmpty else { return }
        if range.count <= Self.copyLimit {
            appendCopying { $0.append(contentsOf: bytes[range]) }
            return
        }
        segments.append(Segment(storage: .shared(bytes), range: range))
        pendingBytes += range.count
    }

    /// Appends `bytes[range]` by reference whatever its size (HTTP/2 DATA payloads on plain
    /// sockets: `writev` sends them from the handler's body, and a slow reader pins no copy).
    func append(referencing bytes: [UInt8], range: Range<Int>) {
        guard !range.isEmpty else { return }
        segments.append(Segment(storage: .shared(bytes), range: range))
        pendingBytes += range.count
    }

    // MARK: Writing

    /// Offers the first `maxSegments` pending segments to `write` (as `iovec`s valid only during the
    /// call) and consumes the bytes it reports written. Returns `write`'s result.
    func writeSome(maxSegments: Int, _ write: (UnsafeBufferPointer<iovec>) -> IOResult) -> IOResult {
        let count = min(maxSegments, segments.count - first)
        guard count > 0 else { return .done(0) }
        let result = copies.withUnsafeBytes { copied in
            withUnsafeTemporaryAllocation(of: iovec.self, capacity: count) { vectors in
                fillVectors(vectors, from: 0, copied: copied, write)
            }
        }
        if case .done(let written) = result { consume(written) }
        return result
    }

    /// Fills `vectors[index...]` and then calls `write`; recursive so that every shared array's
    /// bytes stay pinned (`withUnsafeBytes`) for the duration of the call.
    private func fillVectors(
        _ vectors: UnsafeMutableBufferPointer<iovec>, from index: Int, copied: UnsafeRawBufferPointer,
        _ write: (UnsafeBufferPointer<iovec>) -> IOResult
    ) -> IOResult {
        guard index < vectors.count else { return write(UnsafeBufferPointer(vectors)) }
        let segment = segments[first + index]
        switch segment.storage {
        case .copied:
            vectors[index] = iovec(
                iov_base: UnsafeMutableRawPointer(mutating: copied.baseAddress! + segment.range.lowerBound),
                iov_len: segment.range.count)
            return fillVectors(vectors, from: index + 1, copied: copied, write)
        case .shared(let bytes):
            return bytes.withUnsafeBytes { raw in
                vectors[index] = iovec(
                    iov_base: UnsafeMutableRawPointer(mutating: raw.baseAddress! + segment.range.lowerBound),
                    iov_len: segment.range.count)
                return fillVectors(vectors, from: index + 1, copied: copied, write)
            }
        }
    }

    /// Drops `count` written bytes from the front.
    private func consume(_ count: Int) {
        guard count > 0 else { return }
        precondition(count <= pendingBytes, "wrote more than was queued")
        pendingBytes -= count
        totalWritten &+= UInt64(count)
        if pendingBytes == 0 {
            segments.removeAll(keepingCapacity: segments.capacity <= 64)
            first = 0
            pool.recycle(&copies)
            return
        }
        var left = count
        while left > 0 {
            let length = segments[first].range.count
            if left >= length {
                left -= length
                first += 1
            } else {
                segments[first].range = segments[first].range.lowerBound + left..<segments[first].range.upperBound
                left = 0
            }
        }
        compactIfWorthwhile()
    }

    /// A queue that never drains completely (an HTTP/2 connection streaming for long) would keep
    /// every written byte of its copy buffer and segment list: drop the written prefixes once
    /// they are large and more than half of each.
    private func compactIfWorthwhile() {
        if first >= 32, first * 2 >= segments.count {
            segments.removeFirst(first)
            first = 0
        }
        guard copies.count >= 64 << 10 else { return }
        var live = copies.count
        for segment in segments[first...] {
            if case .copied = segment.storage {
                live = segment.range.lowerBound
                break
            }
        }
        guard live * 2 >= copies.count else { return }
        copies.removeFirst(live)
        for index in first..<segments.count {
            if case .copied = segments[index].storage {
                segments[index].range = segments[index].range.lowerBound - live..<segments[index].range.upperBound - live
            }
        }
    }

    /// Forgets everything queued (the connection is closing) and returns the copy buffer.
    func discardAll() {
        segments = []
        first = 0
        pendingBytes = 0
        pool.recycle(&copies)
    }
}
