import HTTPCore
@testable import HTTPServer
import Logging
import Testing

/// `HTTP1Session` driven in-process, without sockets: bytes in, queued bytes out.
@Suite("HTTP/1.1 session")
struct HTTP1SessionTests {
    final class Harness {
        let context: ConnectionContext
        let output: OutputQueue
        let session: HTTP1Session

        init(_ adjust: (inout ServerConfiguration) -> Void = { _ in }) throws {
            var configuration = ServerConfiguration()
            adjust(&configuration)
            var logger = Logger(label: "HTTP1SessionTests")
            logger.logLevel = .critical
            context = ConnectionContext(
                configuration: configuration, handler: EchoHandler(), logger: logger,
                counters: LoopCounters(), loopHandle: try EventLoopHandle(), now: 1_000)
            output = OutputQueue(pool: context.outputBuffers)
            session = HTTP1Session(context: context, output: output, peer: ConnectionPeer(remoteAddress: "test", isSecure: false))
        }

        func receive(_ text: String) {
            Array(text.utf8).withUnsafeBytes { session.receive($0) }
        }

        /// Everything queued so far, as text.
        func written() -> String { String(decoding: output.drain(), as: UTF8.self) }
    }

    @Test func pipelinedRequestsAreAnsweredInOrderIntoTheQueue() throws {
        let harness = try Harness()
        harness.receive("GET /a HTTP/1.1\r\nHost: t\r\n\r\nGET /b HTTP/1.1\r\nHost: t\r\n\r\n")
        let text = harness.written()
        let first = try #require(text.range(of: "GET /a\n"))
        let second = try #require(text.range(of: "GET /b\n"))
        #expect(first.upperBound <= second.lowerBound)
        #expect(harness.session.closeRequest == .none)
    }

    @Test func largeBodyIsQueuedByReferenceAfterItsHead() throws {
        let harness = try Harness()
        harness.receive("GET /big/100000 HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(harness.output.pendingSegmentCount == 2)   // head (copied) + body (referenced)
        let text = harness.written()
        #expect(text.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(text.contains("Content-Length: 100000\r\n"))
        #expect(text.hasSuffix(String(repeating: "x", count: 100_000)))
    }

    @Test func pipelinedRequestsWaitWhileTheQueueIsOverItsLimitAndResumeWhenItDrains() throws {
        let harness = try Harness { $0.maxPendingWriteBytes = 50_000 }
        harness.receive(String(repeating: "GET /big/40000 HTTP/1.1\r\nHost: t\r\n\r\n", count: 4))
        // Two answers put the queue over 50,000 bytes: the other two wait in the parser.
        #expect(harness.output.pendingBytes > 80_000 && harness.output.pendingBytes < 120_000)
        #expect(!harness.session.wantsInput)
        _ = harness.output.drain()
        harness.session.outputWritable()
        #expect(harness.output.pendingBytes > 80_000)
        _ = harness.output.drain()
        harness.session.outputWritable()
        #expect(harness.output.isEmpty)
        #expect(harness.session.wantsInput)
    }

    @Test func connectionCloseRequestAsksToCloseAfterTheOutput() throws {
        let harness = try Harness()
        harness.receive("GET /a HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\nGET /ignored HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(harness.session.closeRequest == .afterOutput)
        #expect(!harness.session.wantsInput)
        let text = harness.written()
        #expect(text.contains("Connection: close\r\n"))
        #expect(!text.contains("/ignored"))
    }

    @Test func malformedRequestGetsItsProblemAndAsksToClose() throws {
        let harness = try Harness()
        harness.receive("GET /a HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
        #expect(harness.session.closeRequest == .afterOutput)
        #expect(harness.written().hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
    }

    @Test func incompleteHeadIsAnswered408AtItsDeadline() throws {
        let harness = try Harness { $0.headerTimeout = .seconds(1) }
        harness.receive("GET /slow HTTP/1.1\r\nHo")
        #expect(harness.session.nextDeadline == 1_000 + 1_000_000_000)
        harness.context.now = 1_000 + 1_000_000_000
        harness.session.deadlineReached()
        #expect(harness.written().hasPrefix("HTTP/1.1 408 Request Timeout\r\n"))
        #expect(harness.session.closeRequest == .afterOutput)
    }

    @Test func idleSessionTrimsItsBufferThenClosesAtTheIdleDeadline() throws {
        let harness = try Harness { $0.idleTimeout = .seconds(5) }
        harness.receive("GET /a HTTP/1.1\r\nHost: t\r\n\r\n")
        _ = harness.written()
        harness.session.outputWritable()
        #expect(harness.session.isIdle)
        let trimAt = harness.session.nextDeadline
        #expect(trimAt == 1_000 + HTTP1Session.bufferTrimDelay)
        harness.context.now = trimAt
        harness.session.deadlineReached()
        #expect(harness.session.closeRequest == .none)
        #expect(harness.session.nextDeadline == 1_000 + 5_000_000_000)
        harness.context.now = 1_000 + 5_000_000_000
        harness.session.deadlineReached()
        #expect(harness.session.closeRequest == .immediately)
    }

    @Test func peerEndingInputAfterACompleteRequestAnswersItThenAsksToClose() throws {
        let harness = try Harness()
        harness.receive("GET /last HTTP/1.1\r\nHost: t\r\n\r\n")
        harness.session.inputEnded()
        #expect(harness.session.closeRequest == .afterOutput)
        #expect(harness.written().contains("GET /last\n"))
    }
}
