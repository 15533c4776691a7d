import Glibc
import HTTPCore
@testable import HTTPServer
import Testing

/// How the queue shapes writes: `sendfile` for bodies in a memory file on plain sockets, and
/// record-sized writes for TLS.
@Suite("Output queue write shapes")
struct OutputQueueWriteShapeTests {
    /// A body written to an unlinked temporary file, at `offset`.
    final class TemporaryBodyFile: BodyFileOwner, @unchecked Sendable {
        let descriptor: Int32

        init(body: [UInt8], offset: Int) {
            var template = Array("/tmp/rights-body-XXXXXX".utf8CString)
            descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
            _ = body.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, body.count, off_t(offset)) }
        }

        deinit { close(descriptor) }
    }

    static func body(_ count: Int, seed: Int = 3) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ seed) }
    }

    @Test func aBodyInAFileIsSentWithSendfileAfterItsHeadWhichAsksTheKernelToWaitForIt() {
        let queue = OutputQueue(pool: OutputBufferPool())
        let body = Self.body(OutputQueue.copyLimit + 5000)
        let file = TemporaryBodyFile(body: body, offset: 4096)
        queue.appendCopy("HEAD")
        queue.append(body: body, file: BodyFileRegion(owner: file, offset: 4096, count: body.count))
        queue.appendCopy("NEXT")

        var headFlag: Bool?
        _ = queue.writeNext(
            vectors: { vectors, fileFollows in
                headFlag = fileFollows
                return .done(vectors.reduce(0) { $0 + $1.iov_len })
            },
            file: { _, _, _ in .failed("the head comes first") })
        #expect(headFlag == true)

        var fileCall: (descriptor: Int32, offset: Int, count: Int)?
        _ = queue.writeNext(
            vectors: { _, _ in .failed("the body is sent from its file") },
            file: { descriptor, offset, count in
                fileCall = (descriptor, offset, count)
                return .done(1000)
            })
        #expect(fileCall?.descriptor == file.descriptor)
        #expect(fileCall?.offset == 4096)
        #expect(fileCall?.count == body.count)
        // The rest of the body continues at the right offset, then the next head.
        #expect(queue.drain(limit: 3333) == Array(body[1000...]) + Array("NEXT".utf8))
    }

    @Test func aShortBodyWithAFileIsCopiedNextToItsHead() {
        let queue = OutputQueue(pool: OutputBufferPool())
        let body = Self.body(2000)
        let file = TemporaryBodyFile(body: body, offset: 0)
        queue.appendCopy("HEAD")
        queue.append(body: body, file: BodyFileRegion(owner: file, offset: 0, count: body.count))
        #expect(queue.pendingSegmentCount == 1)
        #expect(queue.drain() == Array("HEAD".utf8) + body)
    }

    @Test func tlsRecordsCarryTheHeadWithTheStartOfItsBody() {
        let queue = OutputQueue(pool: OutputBufferPool())
        let body = Self.body(25_538)
        queue.appendCopy(String(repeating: "h", count: 300))
        queue.append(body: body, file: nil)
        let (bytes, offered) = queue.drainRecords()
        #expect(bytes == Array(String(repeating: "h", count: 300).utf8) + body)
        // Two records, as nginx's 16 KiB SSL buffer makes, not head + 16 KiB + rest.
        #expect(offered == [OutputQueue.tlsRecordSize, 300 + 25_538 - OutputQueue.tlsRecordSize])
    }

    @Test func aSegmentHoldingAFullRecordIsOfferedFromItsOwnStorage() {
        let queue = OutputQueue(pool: OutputBufferPool())
        let body = Self.body(40_000)
        queue.append(body: body, file: nil)
        queue.appendCopy("NEXT")
        var sameStorage = false
        _ = queue.writeRecord { record in
            body.withUnsafeBytes { sameStorage = record.baseAddress == $0.baseAddress }
            #expect(record.count == OutputQueue.tlsRecordSize)
            return .done(record.count)
        }
        #expect(sameStorage)
    }

    @Test func aRecordNotTakenIsOfferedAgainFromTheSameStartAndNoShorter() {
        let queue = OutputQueue(pool: OutputBufferPool())
        queue.appendCopy("head;")
        queue.append(body: Self.body(OutputQueue.copyLimit + 10), file: nil)
        var first: [UInt8] = []
        _ = queue.writeRecord { record in
            first = Array(record)
            return .wantWrite
        }
        queue.appendCopy("more")
        var second: [UInt8] = []
        _ = queue.writeRecord { record in
            second = Array(record)
            return .done(first.count)
        }
        #expect(second.count >= first.count)
        #expect(Array(second.prefix(first.count)) == first)
        #expect(queue.pendingBytes == 5 + OutputQueue.copyLimit + 10 + 4 - first.count)
    }

    @Test func tlsPartialWritesKeepEveryByteInOrder() {
        let queue = OutputQueue(pool: OutputBufferPool())
        var expected: [UInt8] = []
        for round in 0..<6 {
            let head = "HTTP/1.1 200 OK\r\nround: \(round)\r\n\r\n"
            queue.appendCopy(head)
            let body = Self.body(round.isMultiple(of: 2) ? 30_000 : 500, seed: round)
            queue.append(body: body, file: nil)
            expected += Array(head.utf8) + body
        }
        let (bytes, offered) = queue.drainRecords(limit: 5_000)
        #expect(bytes == expected)
        #expect(offered.allSatisfy { $0 <= OutputQueue.tlsRecordSize })
    }
}
