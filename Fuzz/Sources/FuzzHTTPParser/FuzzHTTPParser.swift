import HTTPCore
#if canImport(Glibc)
import Glibc
#endif

// libFuzzer target for `HTTPRequestParser` (HTTPCore).
//
// Every input is parsed several ways and the outcomes must agree:
//   1. all bytes appended at once (raw-buffer `append`);
//   2. split once at a point derived from the data (sequence `append`), pulling requests after each part;
//   3. for inputs up to 2 KiB, fed in small chunks (1–16 bytes, size derived from the data), as a
//      slow client would send them.
// Each is run with the default limits and with tiny limits, so the 413/414/431 paths are reached
// with short inputs. A crash, an ASan report, a disagreement between the ways, a request produced
// after a failure, or more requests than input bytes aborts the run (libFuzzer records the input).

/// What one way of feeding the input produced: the requests in order, then how it ended.
///
/// Two outcomes agree when they produced the same requests and both ended waiting for data or both
/// failed. Which error is reported may depend on how the bytes arrived (the parser rejects a NUL as
/// soon as it sees it, but with the whole line at hand it may first notice the line is too long), so
/// the failure's kind and status are compared only with `FUZZ_STRICT_ERRORS=1`.
struct ParseOutcome: Equatable {
    enum End: Equatable {
        case needMoreData
        case failure(kind: String, status: Int)

        static func == (lhs: End, rhs: End) -> Bool {
            switch (lhs, rhs) {
            case (.needMoreData, .needMoreData): return true
            case let (.failure(k1, s1), .failure(k2, s2)): return !strictErrors || (k1 == k2 && s1 == s2)
            default: return false
            }
        }
    }
    var requests: [HTTPRequest] = []
    var end: End = .needMoreData
}

let strictErrors = getenv("FUZZ_STRICT_ERRORS").map { String(cString: $0) == "1" } ?? false

/// Pulls requests until the parser needs more data or fails. Returns false once it has failed.
@discardableResult
func drain(_ parser: inout HTTPRequestParser, into outcome: inout ParseOutcome, inputSize: Int) -> Bool {
    while true {
        switch parser.nextRequest() {
        case .needMoreData:
            outcome.end = .needMoreData
            return true
        case .request(let request):
            outcome.requests.append(request)
            if outcome.requests.count > inputSize {
                fatalError("parser produced \(outcome.requests.count) requests from \(inputSize) bytes")
            }
        case .failure(let error):
            outcome.end = .failure(kind: "\(error.kind)", status: Int(error.status.code))
            // The contract: after a failure the parser is poisoned and keeps failing.
            if case .request = parser.nextRequest() {
                fatalError("parser produced a request after failing with \(error.kind)")
            }
            _ = error.problem
            return false
        }
    }
}

func parseWhole(_ input: UnsafeRawBufferPointer, limits: HTTPParserLimits) -> ParseOutcome {
    var parser = HTTPRequestParser(limits: limits)
    var outcome = ParseOutcome()
    parser.append(input)
    drain(&parser, into: &outcome, inputSize: input.count)
    _ = parser.hasPartialRequest
    _ = parser.bufferedByteCount
    return outcome
}

func parseInChunks(_ input: [UInt8], cuts: [Int], limits: HTTPParserLimits) -> ParseOutcome {
    var parser = HTTPRequestParser(limits: limits)
    var outcome = ParseOutcome()
    var start = 0
    for cut in cuts + [input.count] where cut >= start {
        parser.append(input[start..<cut])
        start = cut
        if !drain(&parser, into: &outcome, inputSize: input.count) { return outcome }
    }
    return outcome
}

/// A split point derived from the data, so libFuzzer can steer it.
func splitPoint(of input: [UInt8]) -> Int {
    guard !input.isEmpty else { return 0 }
    var hash: UInt32 = 2_166_136_261
    for byte in input.prefix(64) { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return Int(hash % UInt32(input.count + 1))
}

let tinyLimits = HTTPParserLimits(
    maxRequestLineBytes: 64, maxHeaderBytes: 256, maxHeaderCount: 8, maxBodyBytes: 128, maxChunkLineBytes: 32
)
let allLimits = [HTTPParserLimits(), tinyLimits]

func check(_ input: UnsafeRawBufferPointer) {
    let bytes = Array(input)
    for limits in allLimits {
        let whole = parseWhole(input, limits: limits)
        for request in whole.requests {
            if request.body.count > limits.maxBodyBytes {
                fatalError("body of \(request.body.count) bytes exceeds the limit \(limits.maxBodyBytes)")
            }
            if request.headers.count > limits.maxHeaderCount {
                fatalError("\(request.headers.count) header fields exceed the limit \(limits.maxHeaderCount)")
            }
        }
        let split = parseInChunks(bytes, cuts: [splitPoint(of: bytes)], limits: limits)
        if split != whole {
            fatalError("split parse differs from whole parse:\n whole: \(whole)\n split: \(split)")
        }
        if bytes.count <= 2048 {
            let step = 1 + Int(bytes.last ?? 0) % 16
            let chunked = parseInChunks(bytes, cuts: Array(stride(from: step, to: bytes.count, by: step)), limits: limits)
            if chunked != whole {
                fatalError("chunked (\(step)-byte) parse differs from whole parse:\n whole: \(whole)\n chunked: \(chunked)")
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTPParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else {
        check(UnsafeRawBufferPointer(start: nil, count: 0))
        return 0
    }
    check(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
