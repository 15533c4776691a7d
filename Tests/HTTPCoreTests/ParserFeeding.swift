import HTTPCore

/// Ways of feeding raw bytes to a parser, shared by the parser suites.
enum ParserFeeding {
    /// Feeds `pieces` one after the other, draining every complete request after each piece.
    /// Returns the requests in order and, when parsing failed, the failure.
    static func parse(
        pieces: [ArraySlice<UInt8>], limits: HTTPParserLimits = HTTPParserLimits()
    ) -> (requests: [HTTPRequest], failure: HTTPParseError?, parser: HTTPRequestParser) {
        var parser = HTTPRequestParser(limits: limits)
        var requests: [HTTPRequest] = []
        for piece in pieces {
            parser.append(piece)
            drain: while true {
                switch parser.nextRequest() {
                case .needMoreData: break drain
                case .request(let request): requests.append(request)
                case .failure(let error): return (requests, error, parser)
                }
            }
        }
        return (requests, nil, parser)
    }

    static func parse(
        _ text: String, limits: HTTPParserLimits = HTTPParserLimits()
    ) -> (requests: [HTTPRequest], failure: HTTPParseError?, parser: HTTPRequestParser) {
        parse(pieces: [ArraySlice(Array(text.utf8))], limits: limits)
    }

    /// The failure `text` provokes, or nil.
    static func failure(_ text: String, limits: HTTPParserLimits = HTTPParserLimits()) -> HTTPParseError? {
        parse(text, limits: limits).failure
    }

    static func failure(bytes: [UInt8], limits: HTTPParserLimits = HTTPParserLimits()) -> HTTPParseError? {
        parse(pieces: [ArraySlice(bytes)], limits: limits).failure
    }
}
