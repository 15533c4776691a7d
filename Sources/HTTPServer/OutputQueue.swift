import Glibc
import HTTPCore

/// Bytes waiting to be written to one connection, in order, as segments: ranges of a copy buffer
/// (response heads, small bodies, frames) and ranges of shared immutable arrays (large bodies,
/// which a handler usually precomputed once: Swift arrays are copy-on-write, so holding one here
/// is a reference, not a copy, and a client that stops reading pins no body-sized copy). A shared
/// body may also sit in a sealed memory file (`BodyFileRegion`).
///
/// Plain sockets (`writeNext`) send the memory segments before the next file segment with one
/// `sendmsg` (`MSG_MORE` when a file follows, so a short head leaves with its body), and a file
/// segment with `sendfile`, which spares copying the body into the kernel. TLS (`writeRecord`)
/// hands OpenSSL one record's worth at a time: straight from a segment when it holds a full
/// record, else gathered from consecutive segments, so a response head travels in the same
/// record as its body. Consecutive copied bytes form one segment, so pipelined small answers still
/// leave with one write. Confined to its connection's loop thread.
final class OutputQueue {
    private enum Storage {
        /// A range of `copies`.
        case copied
        /// A range of an array the queue shares with whoever produced it.
        case shared([UInt8])
        /// A range of an array that is also in a memory file, at `file.offset + index`.
        case file([UInt8], BodyFileRegion)
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
    /// Largest TLS record plaintext (RFC 8446 §5.1): what one `writeRecord` offers.
    static let tlsRecordSize = 16 * 1024

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

    /// Appends a body: copied when it is at most `copyLimit` bytes, else by reference, with its
    /// memory-file region when it has one (`sendfile` on plain sockets).
    func append(body bytes: [UInt8], file: BodyFileRegion?) {
        guard let file, bytes.count > Self.copyLimit else { return append(bytes) }
        precondition(file.count == bytes.count, "a body file region holds the body's bytes")
        segments.append(Segment(storage: .file(bytes, file), range: bytes.indices))
        pendingBytes += bytes.count
    }

    /// Appends `bytes[range]` by reference whatever its size (HTTP/2 DATA payloads on plain
    /// sockets: `writev` sends them from the handler's body, and a slow reader pins no copy).
    func append(referencing bytes: [UInt8], range: Range<Int>) {
        guard !range.isEmpty else { return }
        segments.append(Segment(storage: .shared(bytes), range: range))
        pendingBytes += range.count
    }

    // MARK: Writing

    /// Fills `vectors[index...]` and then calls `write`; recursive so that every segment's
    /// bytes (copy buffer or shared array) stay pinned (`withUnsafeBytes`) for the duration of the call.
    private func fillVectors(
        _ vectors: UnsafeMutableBufferPointer<iovec>, from index: Int,
        _ write: (UnsafeBufferPointer<iovec>) -> IOResult
    ) -> IOResult {
        guard index < vectors.count else { return write(UnsafeBufferPointer(vectors)) }
        return withSegmentBytes(first + index) { bytes in
            vectors[index] = iovec(iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress!), iov_len: bytes.count)
            return fillVectors(vectors, from: index + 1, write)
        }
    }

    /// Plain sockets: the next write. Either the memory segments before the next file segment
    /// (at most `maxVectorCount`) go to `vectors`, whose second argument says that a file segment
    /// follows them; or the first segment is a file's, and `file` gets its descriptor, offset and
    /// length. Consumes what the call reports written and returns its result.
    func writeNext(
        vectors: (UnsafeBufferPointer<iovec>, _ fileFollows: Bool) -> IOResult,
        file: (_ descriptor: Int32, _ offset: Int, _ count: Int) -> IOResult
    ) -> IOResult {
        guard first < segments.count else { return .done(0) }
        let result: IOResult
        if case .file(_, let region) = segments[first].storage {
            let range = segments[first].range
            result = withExtendedLifetime(region) { file(region.descriptor, region.offset + range.lowerBound, range.count) }
        } else {
            var count = 0
            var fileFollows = false
            while count < Self.maxVectorCount, first + count < segments.count {
                if case .file = segments[first + count].storage {
                    fileFollows = true
                    break
                }
                count += 1
            }
            result = withUnsafeTemporaryAllocation(of: iovec.self, capacity: count) { buffer in
                fillVectors(buffer, from: 0) { vectors($0, fileFollows) }
            }
        }
        if case .done(let written) = result { consume(written) }
        return result
    }

    /// TLS: offers `write` at most one record's worth (`tlsRecordSize`): the first segment's
    /// bytes when they fill a record or nothing follows them, else bytes gathered from the
    /// segments in order into a record-sized scratch buffer. What was offered and not taken is
    /// offered again, from the same start and at least as long (OpenSSL's retry rule, with
    /// `SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER`). Consumes what `write` reports written.
    func writeRecord(_ write: (UnsafeRawBufferPointer) -> IOResult) -> IOResult {
        guard first < segments.count else { return .done(0) }
        let record = Self.tlsRecordSize
        let result: IOResult
        if segments[first].range.count >= record || first + 1 == segments.count {
            result = withSegmentBytes(first) { write(UnsafeRawBufferPointer(rebasing: $0.prefix(record))) }
        } else {
            result = withUnsafeTemporaryAllocation(byteCount: record, alignment: 16) { scratch in
                var filled = 0
                var index = first
                while filled < record, index < segments.count {
                    filled += withSegmentBytes(index) { bytes in
                        let count = min(bytes.count, record - filled)
                        UnsafeMutableRawBufferPointer(rebasing: scratch[filled..<filled + count])
                            .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes.prefix(count)))
                        return count
                    }
                    index += 1
                }
                return write(UnsafeRawBufferPointer(rebasing: scratch[..<filled]))
            }
        }
        if case .done(let written) = result { consume(written) }
        return result
    }

    /// Calls `body` with the unwritten bytes of segment `index`.
    private func withSegmentBytes<Result>(_ index: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        let segment = segments[index]
        switch segment.storage {
        case .copied:
            return copies.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[segment.range])) }
        case .shared(let bytes), .file(let bytes, _):
            return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[segment.range])) }
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
