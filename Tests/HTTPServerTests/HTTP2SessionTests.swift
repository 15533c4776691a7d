import HPACK
import HTTP2
import HTTPCore
@testable import HTTPServer
import Logging
import Testing

/// `HTTP2Session` in-process (bytes in, queued frames out) and live (curl, Python ssl).
@Suite("HTTP/2 session")
struct HTTP2SessionTests {
    final class Harness {
        let context: ConnectionContext
        let output: OutputQueue
        let session: HTTP2Session
        var encoder = HPACKEncoder()
        var decoder = HPACKDecoder()
        var reader = FrameDecoder(maxFrameSize: 1 << 24)

        init(_ adjust: (inout ServerConfiguration) -> Void = { _ in }) throws {
            var configuration = ServerConfiguration()
            adjust(&configuration)
            var logger = Logger(label: "HTTP2SessionTests")
            logger.logLevel = .critical
            context = ConnectionContext(
                configuration: configuration, handler: EchoHandler(), logger: logger,
                counters: LoopCounters(), loopHandle: try EventLoopHandle(), now: 1_000)
            output = OutputQueue(pool: context.outputBuffers)
            session = HTTP2Session(context: context, output: output, peer: ConnectionPeer(remoteAddress: "test", isSecure: false))
            var hello = ConnectionPreface.bytes
            FrameEncoder.settings([], into: &hello)
            FrameEncoder.settingsAck(into: &hello)
            receive(hello)
        }

        func receive(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { session.receive($0) }
        }

        func get(_ stream: UInt32, _ path: String) {
            var block: [UInt8] = []
            encoder.encode([HeaderField(name: ":method", value: "GET"), HeaderField(name: ":scheme", value: "http"),
                            HeaderField(name: ":path", value: path), HeaderField(name: ":authority", value: "t")], into: &block)
            var frame: [UInt8] = []
            FrameEncoder.headers(block, stream: stream, endStream: true, maxFrameSize: 16_384, into: &frame)
            receive(frame)
        }

        /// Frames written so far (the queue drained as a socket would, `limit` bytes per write).
        func frames(limit: Int = .max) -> [Frame] {
            reader.append(output.drain(limit: limit))
            var frames: [Frame] = []
            while let frame = try? reader.nextFrame() { frames.append(frame) }
            return frames
        }
    }

    @Test func requestGoesToTheHandlerAndItsAnswerIntoTheQueue() throws {
        let harness = try Harness()
        harness.get(1, "/hello?x=1")
        let frames = harness.frames()
        let headers = frames.compactMap { frame -> [UInt8]? in
            if case .headers(1, let block, _, _, _) = frame { return block }
            return nil
        }
        let fields = try harness.decoder.decode(try #require(headers.first)).fields
        #expect(fields.first == HeaderField(name: ":status", value: "200"))
        #expect(fields.contains { $0.name == "x-request-id" })
        let body = frames.flatMap { frame -> [UInt8] in
            if case .data(1, let payload, _, _) = frame { return payload }
            return []
        }
        #expect(String(decoding: body, as: UTF8.self) == "GET /hello?x=1\n")
    }

    @Test func largeBodyIsQueuedAsTheSocketDrainsNotAllAtOnce() throws {
        let harness = try Harness()
        var settings: [UInt8] = []
        FrameEncoder.settings([Frame.Setting(.initialWindowSize, 1 << 30)], into: &settings)
        FrameEncoder.windowUpdate(0, increment: 1 << 30, into: &settings)
        harness.receive(settings)
        harness.get(1, "/big/1000000")
        #expect(harness.output.pendingBytes <= harness.context.configuration.maxPendingWriteBytes + 32 * 1024)
        var total = 0
        for _ in 0..<200 where total < 1_000_000 {
            for case .data(1, let payload, _, _) in harness.frames() { total += payload.count }
            harness.session.outputWritable()
        }
        #expect(total == 1_000_000)
    }

    @Test func gracefulShutdownAsksToCloseOnceTheLastStreamIsAnswered() throws {
        let harness = try Harness()
        harness.session.beginGracefulShutdown()
        var frames = harness.frames()
        #expect(frames.contains(.goaway(lastStream: 0x7FFF_FFFF, code: .noError)))
        harness.get(1, "/late-but-accepted")
        var ack: [UInt8] = []
        for case .ping(false, let opaque) in frames { FrameEncoder.ping(opaque, ack: true, into: &ack) }
        harness.receive(ack)
        frames = harness.frames()
        #expect(frames.contains(.goaway(lastStream: 1, code: .noError)))
        #expect(harness.session.closeRequest == .afterOutput)
    }

    @Test(.timeLimit(.minutes(1)))
    func curlWithPriorKnowledgeGetsHTTP2OnTheHTTP11Port() throws {
        let server = try TestServer()
        defer { server.stop() }
        let h2 = try runProcess("/usr/bin/env", ["curl", "-s", "--max-time", "10", "--http2-prior-knowledge", "-w", " %{http_version}",
                                                  "http://127.0.0.1:\(server.port)/h2"])
        #expect(h2.output == "GET /h2\n 2")
        let h1 = try runProcess("/usr/bin/env", ["curl", "-s", "--max-time", "10", "-w", " %{http_version}",
                                                  "http://127.0.0.1:\(server.port)/h1"])
        #expect(h1.output == "GET /h1\n 1.1")
    }

    @Test(.timeLimit(.minutes(1)))
    func tlsClientOfferingH2GetsH2ByALPN() throws {
        let certificate = try TestCertificate()
        defer { certificate.remove() }
        let server = try TestServer { $0.tls = TLSConfiguration(certificatePath: certificate.certificatePath, privateKeyPath: certificate.keyPath) }
        defer { server.stop() }
        let script = """
            import ssl, socket
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            context.set_alpn_protocols(["h2", "http/1.1"])
            with socket.create_connection(("127.0.0.1", \(server.port)), timeout=10) as raw:
                with context.wrap_socket(raw, server_hostname="localhost") as tls:
                    tls.sendall(b"PRI * HTTP/2.0\\r\\n\\r\\nSM\\r\\n\\r\\n" + bytes([0, 0, 0, 4, 0, 0, 0, 0, 0]))
                    first = tls.recv(9)
                    print(tls.selected_alpn_protocol(), first[3] == 4)
            """
        let result = try runProcess("/usr/bin/env", ["python3", "-c", script])
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "h2 True")
    }
}
