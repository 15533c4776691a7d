import HTTP2
import HTTPCore

// libFuzzer target for the HTTP/2 frame decoder (`FrameDecoder`) and the connection state
// machine behind it (`HTTP2Connection`).
//
// 1. The input is cut into frames whole and in pieces of 1–16 bytes (size derived from the data):
//    both ways must give the same frames and end the same way.
// 2. The input follows the connection preface into an `HTTP2Connection`, fed in two parts, with
//    every request answered (a body of a size derived from the data) and the output drained with
//    a small budget, then timeouts checked far in the future. Output must always parse as frames.
// A crash, an ASan report or a disagreement aborts the run.

func frames(of input: [UInt8], step: Int) -> ([Frame], String) {
    var decoder = FrameDecoder()
    var result: [Frame] = []
    var start = 0
    while start < input.count {
        let end = min(input.count, start + step)
        decoder.append(Array(input[start..<end]))
        start = end
        do {
            while let frame = try decoder.nextFrame() { result.append(frame) }
        } catch {
            return (result, "\(error)")
        }
    }
    return (result, "need more")
}

func drive(_ input: [UInt8]) {
    let connection = HTTP2Connection(now: 0)
    var reader = FrameDecoder(maxFrameSize: 1 << 24)
    let body = [UInt8](repeating: 0x61, count: (Int(input.first ?? 0) * 997) % 70_000)
    var now: UInt64 = 0
    let cut = input.isEmpty ? 0 : Int(input[input.count / 2]) % (input.count + 1)
    for part in [ConnectionPreface.bytes + input[..<cut], Array(input[cut...])] {
        now += 1_000_000
        let events = part.withUnsafeBytes { connection.receive($0, now: now) }
        for event in events {
            switch event {
            case .request(let stream, let box):
                connection.respond(to: stream, with: HTTPResponse(status: .ok, body: body), requestMethod: box.request.method, requestID: "f")
            case .rejected(let stream, let status, let detail, let method):
                connection.respond(
                    to: stream, with: ProblemDetails(status: HTTPStatus(code: status, reason: "x"), detail: detail).response,
                    requestMethod: method, requestID: nil)
            }
        }
        connection.takeOutput(budget: 20_000, now: now) { segment in
            switch segment {
            case .bytes(let bytes): reader.append(bytes)
            case .body(let bytes, let range): reader.append(Array(bytes[range]))
            }
        }
        connection.outputDrained()
        do {
            while try reader.nextFrame() != nil {}
        } catch {
            fatalError("the server wrote an invalid frame: \(error)")
        }
    }
    connection.checkTimeouts(now: now + 100_000_000_000)
    connection.beginGracefulShutdown(now: now + 100_000_000_000)
    connection.takeOutput(budget: 1 << 20, now: now + 100_000_000_000) { _ in }
    _ = connection.nextDeadline
}

func check(_ input: [UInt8]) {
    let whole = frames(of: input, step: max(input.count, 1))
    let step = 1 + Int(input.last ?? 0) % 16
    let pieces = frames(of: input, step: step)
    if whole.0 != pieces.0 || whole.1 != pieces.1 {
        fatalError("split decoding differs (\(step)-byte pieces):\n \(whole)\n \(pieces)")
    }
    drive(input)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTP2Frames(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
