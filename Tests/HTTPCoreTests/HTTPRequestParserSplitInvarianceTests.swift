import HTTPCore
import Testing

/// A small deterministic generator (SplitMix64), so that every run mutates the same inputs.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("HTTPRequestParser: outcome independent of read boundaries")
struct HTTPRequestParserSplitInvarianceTests {
    static let seeds = [
        "GET /v1/documents/iccpr?pretty=true HTTP/1.1\r\nHost: localhost:8080\r\nAccept: */*\r\n\r\n",
        "POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
        "POST /u HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4;a=b\r\nWiki\r\n5\r\npedia\r\n0\r\nT: v\r\n\r\n",
        "\r\nGET /1 HTTP/1.0\r\n\r\nOPTIONS * HTTP/1.1\r\nHost: [::1]:80\r\n\r\n",
    ].map { Array($0.utf8) }

    /// Bytes that matter to the grammar, plus controls and non-ASCII.
    static let alphabet: [UInt8] = Array("\r\n :;,0123456789abcdefABCDEF/?#%*\tGETHTP.-".utf8) + [0, 0x7F, 0x80, 0xFF, 0x0B]

    @Test(arguments: [HTTPParserLimits(), HTTPParserLimits(
        maxRequestLineBytes: 40, maxHeaderBytes: 80, maxHeaderCount: 4, maxBodyBytes: 12, maxChunkLineBytes: 8)])
    func givesTheSameRequestsAndFailureWhateverTheReadBoundaries(limits: HTTPParserLimits) {
        var generator = SeededGenerator(state: 2026)
        var failureKinds = Set<HTTPParseError.Kind>()
        for _ in 0..<3_000 {
            var input = Self.seeds.randomElement(using: &generator)!
            if Bool.random(using: &generator) { input += Self.seeds.randomElement(using: &generator)! }
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                let index = Int.random(in: 0..<input.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: input[index] = Self.alphabet.randomElement(using: &generator)!
                case 1: input.insert(Self.alphabet.randomElement(using: &generator)!, at: index)
                default: if input.count > 1 { input.remove(at: index) }
                }
            }
            let whole = ParserFeeding.parse(pieces: [input[...]], limits: limits)
            let bytewise = ParserFeeding.parse(pieces: input.indices.map { input[$0...$0] }, limits: limits)
            let split = Int.random(in: 0...input.count, using: &generator)
            let halves = ParserFeeding.parse(pieces: [input[..<split], input[split...]], limits: limits)
            let shown = String(decoding: input, as: UTF8.self).debugDescription
            #expect(whole.requests == bytewise.requests, "\(shown)")
            #expect(whole.failure == bytewise.failure, "\(shown)")
            #expect(whole.requests == halves.requests, "\(shown) split at \(split)")
            #expect(whole.failure == halves.failure, "\(shown) split at \(split)")
            if let failure = whole.failure { failureKinds.insert(failure.kind) }
        }
        #expect(failureKinds.count >= 12)  // the mutations reach many different rules
    }
}
