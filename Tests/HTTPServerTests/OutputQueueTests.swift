import Glibc
@testable import HTTPServer
import Testing

@Suite("Output queue")
struct OutputQueueTests {
    static func largeBody(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7) } }

    @Test func consecutiveCopiesFormOneSegment() {
        let queue = OutputQueue(pool: OutputBufferPool())
        queue.appendCopy("head-1")
        queue.appendCopying { $0.append(contentsOf: Array("body-1".utf8)) }
        queue.append(Array("small".utf8))
        #expect(queue.pendingSegmentCount == 1)
        #expect(queue.pendingBytes == 17)
        #expect(String(decoding: queue.drain(), as: UTF8.self) == "head-1body-1small")
        #expect(queue.isEmpty)
    }

    @Test func largeBodiesAreReferencedNotCopied() {
        let queue = OutputQueue(pool: OutputBufferPool())
        let body = Self.largeBody(OutputQueue.copyLimit + 1)
        queue.appendCopy("HEAD")
        queue.append(body)
        queue.appendCopy("NEXT")
        #expect(queue.pendingSegmentCount == 3)
        // The queue holds the caller's storage itself: same base address, no copy.
        var sawSameStorage = false
        _ = queue.writeNext(
            vectors: { vectors, _ in
                body.withUnsafeBytes { sawSameStorage = UnsafeRawPointer(vectors[1].iov_base) == $0.baseAddress }
                return .done(0)
            },
            file: { _, _, _ in .failed("no file segment was queued") })
        #expect(sawSameStorage)
        #expect(queue.drain() == Array("HEAD".utf8) + body + Array("NEXT".utf8))
    }

    @Test func partialWritesResumeInsideASegmentAtTheRightByte() {
        let queue = OutputQueue(pool: OutputBufferPool())
        let body = Self.largeBody(100_000)
        queue.appendCopy("0123456789")
        queue.append(body, range: 5..<99_000)
        queue.appendCopy("tail")
        // 7,777 bytes per call, then the rest.
        let expected = Array("0123456789".utf8) + Array(body[5..<99_000]) + Array("tail".utf8)
        #expect(queue.drain(limit: 7_777) == expected)
        #expect(queue.totalWritten == UInt64(expected.count))
    }

    @Test func aQueueThatNeverDrainsCompletelyStillDropsWrittenBytes() {
        let queue = OutputQueue(pool: OutputBufferPool())
        var expected: [UInt8] = []
        var received: [UInt8] = []
        for round in 0..<200 {
            let chunk = [UInt8](repeating: UInt8(round), count: 1000)
            chunk.withUnsafeBytes { queue.append(copying: $0) }
            expected += chunk
            // Write all but 10 bytes: the queue is never empty.
            let keep = 10
            _ = queue.writeNext(
                vectors: { vectors, _ in
                    var total = 0
                    for vector in vectors { total += vector.iov_len }
                    let count = total - keep
                    var left = count
                    for vector in vectors where left > 0 {
                        let n = min(vector.iov_len, left)
                        received.append(contentsOf: UnsafeRawBufferPointer(start: vector.iov_base, count: n))
                        left -= n
                    }
                    return .done(count)
                },
                file: { _, _, _ in .failed("no file segment was queued") })
        }
        received += queue.drain()
        #expect(received == expected)
    }
}

extension OutputQueue {
    func appendCopy(_ text: String) {
        Array(text.utf8).withUnsafeBytes { append(copying: $0) }
    }
}
