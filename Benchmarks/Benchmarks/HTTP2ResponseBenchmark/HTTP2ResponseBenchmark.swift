import Benchmark
import Foundation
import HPACK
import HTTP2
import HTTPCore

/// One HTTP/2 connection in memory (no sockets): the client's preface and SETTINGS are fed,
/// then each iteration feeds one GET, answers it and takes the output, as the server does per
/// request. The request's header block is the steady-state one (every field indexed).
private final class Exchange {
    let connection: HTTP2Connection
    let response: HTTPResponse
    private let block: [UInt8]
    private var stream: UInt32 = 1
    private var frame: [UInt8] = []
    private var written = 0

    init(response: HTTPResponse) {
        self.response = response
        connection = HTTP2Connection(now: 1)
        var client = HPACKEncoder()
        var priming: [UInt8] = []
        let fields = [(":method", "GET"), (":scheme", "https"), (":path", "/v1/documents/iccpr/articles/14"),
                      (":authority", "127.0.0.1"), ("user-agent", "h2load nghttp2/1.52.0")]
            .map { HeaderField(name: $0.0, value: $0.1) }
        client.encode(fields, into: &priming)
        var steady: [UInt8] = []
        client.encode(fields, into: &steady)
        block = steady
        var start = ConnectionPreface.bytes
        FrameEncoder.settings([], into: &start)
        FrameEncoder.settingsAck(into: &start)
        FrameEncoder.header(length: priming.count, type: .headers, flags: FrameFlag.endHeaders | FrameFlag.endStream, stream: 1, into: &start)
        start += priming
        feed(start)
    }

    private func feed(_ bytes: [UInt8]) {
        let events = bytes.withUnsafeBytes { connection.receive($0, now: 1) }
        for case .request(let id, let box) in events {
            connection.respond(to: id, with: response, requestMethod: box.request.method, requestID: "3f9a1c07-2a")
        }
        connection.takeOutput(budget: 1 << 20, now: 1) { segment in
            switch segment {
            case .bytes(let bytes): written &+= bytes.count
            case .body(_, let range): written &+= range.count
            }
        }
        connection.outputDrained()
    }

    func oneRequest() {
        stream += 2
        frame.removeAll(keepingCapacity: true)
        FrameEncoder.header(length: block.count, type: .headers, flags: FrameFlag.endHeaders | FrameFlag.endStream, stream: stream, into: &frame)
        frame += block
        feed(frame)
    }
}

/// The header set of a prepared representation (as PreparedBody builds it).
private func preparedHeaders(shared: Bool) -> HTTPHeaders {
    var headers = HTTPHeaders([
        ("Content-Type", "application/json; charset=utf-8"), ("Content-Language", "zh-Hant"),
        ("ETag", "\"5d41402abc4b2a76\""), ("Cache-Control", "public, max-age=300"), ("Vary", "Accept-Encoding"),
        ("Access-Control-Allow-Origin", "*"), ("Access-Control-Expose-Headers", "ETag, X-Request-Id"),
    ])
    if shared { headers.markShared() }
    return headers
}

let benchmarks: @Sendable () -> Void = {
    // BENCHMARK_SMOKE=1 runs each benchmark for a moment only (to check that it works, not to measure).
    let smoke = ProcessInfo.processInfo.environment["BENCHMARK_SMOKE"] == "1"
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .instructions, .mallocCountTotal, .throughput],
        timeUnits: .nanoseconds,
        warmupIterations: smoke ? 1 : 1000,
        maxDuration: smoke ? .milliseconds(200) : .seconds(5),
        maxIterations: smoke ? 50 : 1_000_000
    )
    let body = [UInt8](repeating: 0x61, count: 3000)

    // A prepared representation: its handler fields come from the connection's block cache.
    Benchmark("h2 GET answered, prepared (shared) header set, 3000-byte body") { benchmark in
        let exchange = Exchange(response: HTTPResponse(status: .ok, headers: preparedHeaders(shared: true), body: body))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { exchange.oneRequest() }
    }

    // The same fields, not shared: lowered, sanitized and encoded for every response.
    Benchmark("h2 GET answered, same header set not shared, 3000-byte body") { benchmark in
        let exchange = Exchange(response: HTTPResponse(status: .ok, headers: preparedHeaders(shared: false), body: body))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { exchange.oneRequest() }
    }

    // HPACK alone: the response's field list (as http2FieldList gives it) on a warm table.
    Benchmark("HPACK encode of a response field list, warm table") { benchmark in
        let response = HTTPResponse(status: .ok, headers: preparedHeaders(shared: false), body: body)
        let fields = ResponseNormalization.http2FieldList(for: response, requestMethod: "GET", requestID: "3f9a1c07-2a")
            .map { HeaderField(name: $0.name, value: $0.value) }
        var encoder = HPACKEncoder()
        var block: [UInt8] = []
        encoder.encode(fields, into: &block)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            block.removeAll(keepingCapacity: true)
            encoder.encode(fields, into: &block)
            blackHole(block)
        }
    }
}
