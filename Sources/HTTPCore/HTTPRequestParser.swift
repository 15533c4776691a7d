/// Incremental, push-style HTTP/1.1 request parser (RFC 9112). No I/O: feed bytes as they arrive with
/// `append`, then call `nextRequest()` until it answers `.needMoreData` (several pipelined requests in one
/// buffer come out one by one; bytes after a complete request stay buffered).
///
/// Every complete line is examined once: the parser remembers how far it searched for the end of the
/// current line, so feeding one byte at a time costs no more than feeding everything at once. Limits
/// (`HTTPParserLimits`) are enforced as soon as they are exceeded, before the line or body is complete.
///
/// Rules chosen where the RFCs leave room (all strict):
/// - only CRLF ends a line; a bare LF → 400 (RFC 9112 §2.2 allows, but does not require, accepting it);
/// - empty lines (CRLF) before the request-line are skipped (RFC 9112 §2.2), up to `maxRequestLineBytes`;
/// - `Content-Length` is decimal digits (OWS around the value is trimmed as for every field); a list of
///   identical values (`5, 5`) or identical repeated fields are accepted as one (RFC 9110 §8.6); differing
///   values, an empty element, a sign, or a value beyond `Int.max` → 400;
/// - `Transfer-Encoding` must be exactly `chunked` (once, final); any other coding → 400; together with
///   `Content-Length` → 400; on an HTTP/1.0 request → 400 (RFC 9112 §6.1 calls that framing faulty);
/// - HTTP/1.1 without `Host`, or with more than one `Host` line → 400; HTTP/1.0 may omit it;
/// - a body on GET or HEAD is read and kept;
/// - trailer fields are validated like header fields, count against the header limits, and are dropped;
/// - the outcome never depends on how the bytes were split into reads: errors are decided by position
///   (within a line, the first NUL or bare CR, then the first byte over the line's budget, then an LF
///   without CR; grammar errors once the line is complete), and every limit is checked as soon as a
///   byte beyond it arrives.
///
/// After a failure the parser stays failed: `nextRequest()` answers the same failure and `append` is ignored.
public struct HTTPRequestParser: Sendable {
    private enum Phase: Sendable {
        case requestLine
        case headers
        case fixedBody(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers
    }

    public let limits: HTTPParserLimits

    private var storage: [UInt8] = []
    /// First byte not yet consumed (the start of the current line, or of the remaining body).
    private var readIndex = 0
    /// Where the search for the LF ending the current line resumes.
    private var scanIndex = 0
    private var phase = Phase.requestLine
    private var failure: HTTPParseError?

    // The request being parsed.
    private var leadingEmptyLineBytes = 0
    private var method = ""
    private var target = ""
    private var path = ""
    private var query: String?
    private var version = HTTPVersion.http1_1
    private var fields: [HTTPHeaders.Field] = []
    private var headerBytes = 0
    private var headerCount = 0
    private var hostCount = 0
    private var contentLength: Int?
    private var hasTransferEncoding = false
    private var isChunked = false
    /// Absolute-form target: its authority, which replaces the Host field (RFC 9112 §3.2.2).
    private var absoluteAuthority: String?
    /// `Expect: 100-continue` on an HTTP/1.1 request; cleared once the server was told.
    private var expectsContinue = false
    private var body: [UInt8] = []

    /// Field capacity reserved once per request (growing 1, 2, 4, 8… would allocate four times).
    private static let expectedFieldCount = 12
    /// Most body capacity reserved before the bytes arrive (a client that announces 1 MiB and sends
    /// nothing must not make the server hold 1 MiB).
    private static let initialBodyCapacity = 64 * 1024
    /// Capacity above which an emptied buffer is released instead of kept for the next request.
    private static let retainedCapacity = 64 * 1024
    /// Consumed bytes at the front of the buffer that justify moving the rest down.
    private static let compactionThreshold = 4 * 1024

    public init(limits: HTTPParserLimits = HTTPParserLimits()) {
        self.limits = limits
    }

    /// Some bytes of an incomplete request are buffered (the server answers 408 on a timeout then,
    /// and closes silently when nothing was started).
    public var hasPartialRequest: Bool {
        if case .requestLine = phase { return readIndex < storage.count }
        return true
    }

    /// Bytes received but not yet consumed by a returned request.
    public var bufferedByteCount: Int { storage.count - readIndex }

    /// Adds received bytes.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, !bytes.isEmpty else { return }
        compact()
        bytes.withMemoryRebound(to: UInt8.self) { storage.append(contentsOf: $0) }
    }

    /// Adds received bytes.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        guard failure == nil else { return }
        compact()
        storage.append(contentsOf: bytes)
    }

    /// Frees the receive buffer when it holds no unconsumed byte (for idle keep-alive connections:
    /// thousands of them then cost no buffer memory). Cheap to call; a no-op while bytes are buffered.
    public mutating func releaseBufferIfEmpty() {
        guard readIndex == storage.count, storage.capacity > 0 else { return }
        storage = []
        readIndex = 0
        scanIndex = 0
    }

    /// Drops consumed bytes: at once when everything was consumed, otherwise only when the consumed
    /// prefix is at least as large as what remains (amortized O(1) per byte).
    private mutating func compact() {
        guard readIndex > 0 else { return }
        if readIndex == storage.count {
            if storage.capacity > Self.retainedCapacity {
                storage = []
            } else {
                storage.removeAll(keepingCapacity: true)
            }
        } else if readIndex >= Self.compactionThreshold, readIndex >= storage.count - readIndex {
            storage.removeSubrange(0..<readIndex)
        } else {
            return
        }
        scanIndex = max(scanIndex - readIndex, 0)
        readIndex = 0
    }

    /// True once, when the head of the current request is complete, it carried
    /// `Expect: 100-continue` (HTTP/1.1), and its body has not fully arrived: the server should
    /// send `100 Continue` now (RFC 9110 §10.1.1). A request refused on its head (e.g. 413) fails
    /// before this, so its final status goes out without the body being read.
    public mutating func takeContinueExpectation() -> Bool {
        guard expectsContinue else { return false }
        switch phase {
        case .fixedBody, .chunkSize, .chunkData, .chunkDataEnd, .trailers:
            expectsContinue = false
            return true
        case .requestLine, .headers:
            return false
        }
    }

    /// The next complete request, `.needMoreData`, or the failure that poisons the connection.
    public mutating func nextRequest() -> HTTPParseResult {
        if let failure { return .failure(failure) }
        let bytes = storage  // a second reference: `self` may change while the bytes are borrowed
        let result = bytes.withUnsafeBufferPointer { buffer -> HTTPParseResult in
            do throws(HTTPParseError) {
                return try parse(buffer)
            } catch {
                return .failure(error)
            }
        }
        if case .failure(let error) = result { failure = error }
        return result
    }

    private mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(HTTPParseError) -> HTTPParseResult {
        while true {
            switch phase {
            case .requestLine:
                guard let lineEnd = try nextLineEnd(buffer, .requestLine) else { return .needMoreData }
                if lineEnd == readIndex {
                    leadingEmptyLineBytes += 2
                    if leadingEmptyLineBytes > limits.maxRequestLineBytes {
                        throw HTTPParseError(.invalidRequestLine, "Too many empty lines before the request-line")
                    }
                    consumeLine(through: lineEnd)
                    continue
                }
                let line = try RequestLineParser.parse(buffer, from: readIndex, to: lineEnd)
                method = KnownTokens.method(buffer, line.method)
                if let authority = line.authority {
                    // Absolute-form: route by the path and query; the authority stands for Host.
                    absoluteAuthority = ASCIIBytes.string(buffer, authority)
                    let origin = line.originStart ?? authority.upperBound
                    let queryPart = line.querySeparator.map { ASCIIBytes.string(buffer, $0..<line.target.upperBound) } ?? ""
                    path = line.originStart == nil ? "/" : ASCIIBytes.string(buffer, origin..<(line.querySeparator ?? line.target.upperBound))
                    target = path + queryPart
                    query = line.querySeparator.map { ASCIIBytes.string(buffer, $0 + 1..<line.target.upperBound) }
                } else {
                    target = ASCIIBytes.string(buffer, line.target)
                    if let separator = line.querySeparator {
                        path = ASCIIBytes.string(buffer, line.target.lowerBound..<separator)
                        query = ASCIIBytes.string(buffer, separator + 1..<line.target.upperBound)
                    } else {
                        path = target
                        query = nil
                    }
                }
                version = line.version
                consumeLine(through: lineEnd)
                phase = .headers

            case .headers:
                guard let lineEnd = try nextLineEnd(buffer, .field) else { return .needMoreData }
                if lineEnd == readIndex {
                    consumeLine(through: lineEnd)
                    if let request = try finishHead() { return .request(request) }
                    continue
                }
                let field = try readFieldLine(buffer, to: lineEnd)
                try interpret(buffer, field)
                if fields.isEmpty { fields.reserveCapacity(Self.expectedFieldCount) }
                fields.append(
                    HTTPHeaders.Field(
                        name: KnownTokens.fieldName(buffer, field.name), value: ASCIIBytes.string(buffer, field.value)))
                consumeLine(through: lineEnd)

            case .fixedBody(let remaining):
                let count = min(remaining, buffer.count - readIndex)
                if count > 0 {
                    body.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[readIndex..<readIndex + count]))
                    readIndex += count
                }
                if count == remaining { return .request(finishRequest()) }
                phase = .fixedBody(remaining: remaining - count)
                return .needMoreData

            case .chunkSize:
                guard let lineEnd = try nextLineEnd(buffer, .chunkSize) else { return .needMoreData }
                let size = try ChunkSizeLineParser.parse(buffer, from: readIndex, to: lineEnd)
                if size > limits.maxBodyBytes - body.count { throw bodyTooLarge(nil) }
                consumeLine(through: lineEnd)
                phase = size == 0 ? .trailers : .chunkData(remaining: size)

            case .chunkData(let remaining):
                let count = min(remaining, buffer.count - readIndex)
                if count > 0 {
                    body.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[readIndex..<readIndex + count]))
                    readIndex += count
                }
                if count < remaining {
                    phase = .chunkData(remaining: remaining - count)
                    return .needMoreData
                }
                phase = .chunkDataEnd

            case .chunkDataEnd:
                let available = buffer.count - readIndex
                if available >= 1, buffer[readIndex] != ByteClass.cr { throw missingChunkTerminator() }
                if available < 2 { return .needMoreData }
                if buffer[readIndex + 1] != ByteClass.lf { throw missingChunkTerminator() }
                readIndex += 2
                scanIndex = readIndex
                phase = .chunkSize

            case .trailers:
                guard let lineEnd = try nextLineEnd(buffer, .field) else { return .needMoreData }
                if lineEnd == readIndex {
                    consumeLine(through: lineEnd)
                    return .request(finishRequest())
                }
                _ = try readFieldLine(buffer, to: lineEnd)  // validated, counted, then dropped
                consumeLine(through: lineEnd)
            }
        }
    }

    // MARK: Lines

    /// Which line is being read: decides its length budget and the error for exceeding it.
    private enum LineKind {
        case requestLine, field, chunkSize
    }

    /// The most content bytes (without CRLF) the current line may have.
    private func budget(_ kind: LineKind) -> Int {
        switch kind {
        case .requestLine: limits.maxRequestLineBytes
        case .field: max(limits.maxHeaderBytes - headerBytes - 2, 0)
        case .chunkSize: limits.maxChunkLineBytes
        }
    }

    private func lineTooLong(_ kind: LineKind) -> HTTPParseError {
        switch kind {
        case .requestLine:
            HTTPParseError(.requestLineTooLong, "The request-line is longer than \(limits.maxRequestLineBytes) bytes")
        case .field:
            headerSectionTooLarge()
        case .chunkSize:
            HTTPParseError(.invalidChunkSize, "A chunk-size line is longer than \(limits.maxChunkLineBytes) bytes")
        }
    }

    /// The index of the CR of the CRLF that ends the current line, or nil while the line is incomplete.
    ///
    /// Each byte is examined once, as it arrives, and errors are decided by position so that the outcome
    /// never depends on how the bytes were split into reads: within the line's budget, the first NUL or
    /// bare CR fails; then a line longer than its budget fails (as soon as its first byte over the budget
    /// arrives); then an LF without CR fails. Grammar errors are found afterwards, on the complete line.
    private mutating func nextLineEnd(
        _ buffer: UnsafeBufferPointer<UInt8>, _ kind: LineKind
    ) throws(HTTPParseError) -> Int? {
        let count = buffer.count
        guard scanIndex < count else { return nil }
        let limitIndex = readIndex + budget(kind)  // the first content index over the budget
        let index = ByteScanning.firstLineSpecial(buffer, from: scanIndex, to: count)
        if index == count || (buffer[index] == ByteClass.cr && index + 1 == count) {
            // Incomplete: a final CR may be the first half of CRLF, so it is examined with the next byte.
            if index > limitIndex { throw lineTooLong(kind) }
            scanIndex = index
            return nil
        }
        let byte = buffer[index]
        if byte == ByteClass.cr, buffer[index + 1] == ByteClass.lf {
            if index > limitIndex { throw lineTooLong(kind) }
            return index
        }
        if byte == ByteClass.lf {
            if index > limitIndex { throw lineTooLong(kind) }
            throw HTTPParseError(.bareLineFeed, "Lines must end with CRLF; a bare LF is not accepted (RFC 9112 §2.2)")
        }
        // A NUL, or a CR followed by something other than LF: the budget is checked first by position.
        if index >= limitIndex { throw lineTooLong(kind) }
        throw RequestLineParser.invalidByte(byte, otherwise: .nulByte, "")
    }

    private mutating func consumeLine(through lineEnd: Int) {
        readIndex = lineEnd + 2
        scanIndex = readIndex
    }

    // MARK: Fields

    /// Counts one complete field line against the limits, then validates it.
    private mutating func readFieldLine(
        _ buffer: UnsafeBufferPointer<UInt8>, to lineEnd: Int
    ) throws(HTTPParseError) -> FieldLine {
        headerBytes += lineEnd - readIndex + 2
        if headerBytes > limits.maxHeaderBytes { throw headerSectionTooLarge() }
        headerCount += 1
        if headerCount > limits.maxHeaderCount {
            throw HTTPParseError(
                .tooManyHeaders, "The request has more than \(limits.maxHeaderCount) header fields")
        }
        return try FieldLineParser.parse(buffer, from: readIndex, to: lineEnd)
    }

    /// Applies the fields that decide framing and routing: Content-Length, Transfer-Encoding, Host.
    private mutating func interpret(_ buffer: UnsafeBufferPointer<UInt8>, _ field: FieldLine) throws(HTTPParseError) {
        switch field.name.count {
        case 4 where ASCIIBytes.equalIgnoringCase(buffer, field.name, "host"):
            hostCount += 1
            if hostCount > 1 {
                throw HTTPParseError(.duplicateHost, "The request has more than one Host field (RFC 9112 §3.2)")
            }
            if absoluteAuthority == nil {   // else ignored: the target's authority replaces it
                try HostAuthority.validate(buffer, field.value, allowsEmpty: true, what: "The Host value")
            }
        case 6 where ASCIIBytes.equalIgnoringCase(buffer, field.name, "expect"):
            guard version == .http1_1 else { break }   // HTTP/1.0 clients get no 100 (RFC 9110 §10.1.1)
            guard ASCIIBytes.equalIgnoringCase(buffer, field.value, "100-continue") else {
                throw HTTPParseError(
                    .unsupportedExpectation,
                    "The only expectation this server meets is 100-continue (RFC 9110 §10.1.1)")
            }
            expectsContinue = true
        case 14 where ASCIIBytes.equalIgnoringCase(buffer, field.name, "content-length"):
            let length = try FramingFields.contentLength(buffer, field.value)
            if let contentLength, contentLength != length {
                throw HTTPParseError(
                    .duplicateContentLength,
                    "The request has Content-Length values that differ (\(contentLength) and \(length)) (RFC 9110 §8.6)")
            }
            contentLength = length
        case 17 where ASCIIBytes.equalIgnoringCase(buffer, field.name, "transfer-encoding"):
            hasTransferEncoding = true
            isChunked = try FramingFields.transferCodings(buffer, field.value, chunkedAlready: isChunked)
        default:
            break
        }
    }

    // MARK: Completion

    /// Decides the body framing once the header section is complete; returns the request when it has no body.
    private mutating func finishHead() throws(HTTPParseError) -> HTTPRequest? {
        if version == .http1_1, hostCount == 0 {
            throw HTTPParseError(.missingHost, "An HTTP/1.1 request must have a Host field (RFC 9112 §3.2)")
        }
        if let absoluteAuthority {
            if let host = fields.firstIndex(where: { $0.name.caseInsensitiveEquals("Host") }) {
                fields[host].value = absoluteAuthority
            } else {
                fields.append(HTTPHeaders.Field(name: "Host", value: absoluteAuthority))
            }
        }
        if hasTransferEncoding {
            if contentLength != nil {
                throw HTTPParseError(
                    .conflictingContentLengthAndTransferEncoding,
                    "Content-Length and Transfer-Encoding must not both be present (RFC 9112 §6.3)")
            }
            if version == .http1_0 {
                throw HTTPParseError(
                    .invalidTransferEncoding, "Transfer-Encoding is not allowed on an HTTP/1.0 request (RFC 9112 §6.1)")
            }
            if !isChunked {
                throw HTTPParseError(
                    .invalidTransferEncoding, "Transfer-Encoding must name chunked as its final coding (RFC 9112 §6.1)")
            }
            phase = .chunkSize
            return nil
        }
        if let contentLength, contentLength > 0 {
            if contentLength > limits.maxBodyBytes { throw bodyTooLarge(contentLength) }
            body.reserveCapacity(min(contentLength, Self.initialBodyCapacity))
            phase = .fixedBody(remaining: contentLength)
            return nil
        }
        return finishRequest()
    }

    /// Hands out the request and resets for the next one.
    private mutating func finishRequest() -> HTTPRequest {
        // Move the parts out (swap leaves empty values behind without touching reference counts).
        var method = "", target = "", path = "", query: String?
        var fields: [HTTPHeaders.Field] = [], body: [UInt8] = []
        swap(&method, &self.method)
        swap(&target, &self.target)
        swap(&path, &self.path)
        swap(&query, &self.query)
        swap(&fields, &self.fields)
        swap(&body, &self.body)
        phase = .requestLine
        scanIndex = readIndex
        leadingEmptyLineBytes = 0
        headerBytes = 0
        headerCount = 0
        hostCount = 0
        contentLength = nil
        hasTransferEncoding = false
        isChunked = false
        absoluteAuthority = nil
        expectsContinue = false
        return HTTPRequest(
            method: method, target: target, path: path, query: query, version: version,
            headers: HTTPHeaders(fields: fields), body: body)
    }


    // MARK: Errors

    private func headerSectionTooLarge() -> HTTPParseError {
        HTTPParseError(.headerSectionTooLarge, "The header section is larger than \(limits.maxHeaderBytes) bytes")
    }

    private func bodyTooLarge(_ contentLength: Int?) -> HTTPParseError {
        let size = contentLength.map { " (\($0) bytes)" } ?? ""
        return HTTPParseError(
            .bodyTooLarge, "The request body\(size) is larger than the limit of \(limits.maxBodyBytes) bytes")
    }

    private func missingChunkTerminator() -> HTTPParseError {
        HTTPParseError(.invalidChunkedBody, "Chunk data must be followed by CRLF (RFC 9112 §7.1)")
    }
}
