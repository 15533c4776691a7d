public import HTTPCore
import HPACK

extension HTTP2Connection {
    /// Answers `stream` with `response` as the handler made it, by the rules HTTP/1.1 uses too
    /// (`ResponseNormalization`, `ResponseFraming`): HEADERS now, DATA as the windows allow, sent
    /// from the response body's own storage.
    ///
    /// The header block is `:status`, the handler's fields, then the server's (`date`,
    /// `content-length`, `x-request-id`), as `ResponseNormalization.http2FieldList` lists them;
    /// the handler's part of a shared header set comes from `headerBlockCache` when the table
    /// allows, and `date` from `dateField`.
    public func respond(to id: UInt32, with response: HTTPResponse, requestMethod: String, requestID: String?) {
        guard phase != .closing, var stream = streams[id], !stream.responding else { return }
        let framing = ResponseFraming(statusCode: response.status.code, requestMethod: requestMethod)
        let sendsBody = framing.sendsBody && !response.body.isEmpty
        FrameEncoder.headers(stream: id, endStream: !sendsBody, maxFrameSize: peerMaxFrameSize, into: &current) { block in
            headerEncoder.beginBlock(into: &block)
            headerEncoder.encode(
                HeaderField(name: ":status", value: ResponseNormalization.http2Status(response.status.code)), into: &block)
            let summary = encodeHandlerFields(response.headers, framing: framing, into: &block)
            let added = ResponseNormalization.addedFields(
                after: summary, framing: framing, bodyCount: response.body.count, requestID: requestID)
            ResponseNormalization.visitHTTP2AddedFields(added) { field in
                if field == .date {
                    dateField.append(using: &headerEncoder, into: &block)
                } else {
                    headerEncoder.encode(HeaderField(name: field.name, value: field.value), into: &block)
                }
            }
        }
        stream.responding = true
        if sendsBody {
            stream.responseBody = response.body
            stream.pending = response.body.indices
            streams[id] = stream
            enqueueIfSendable(id)
        } else {
            stream.sentEnd = true
            streams[id] = stream
            closeIfDone(id)
        }
        finishIfDone()
    }

    /// Appends the handler's fields, from `headerBlockCache` for a shared set when its entry was
    /// made at the current table generation; a shared set whose encoding inserts nothing is cached.
    func encodeHandlerFields(
        _ headers: HTTPHeaders, framing: ResponseFraming, into block: inout [UInt8]
    ) -> ResponseNormalization.HandlerFieldSummary {
        let keepsLength = framing.keepsHandlerContentLength
        let generation = headerEncoder.tableGeneration
        if let identity = headers.sharedIdentity,
           let entry = headerBlockCache.lookup(identity, keepsHandlerContentLength: keepsLength, generation: generation) {
            block.append(contentsOf: entry.bytes)
            return entry.summary
        }
        let start = block.count
        let summary = ResponseNormalization.visitHTTP2HandlerFields(headers, framing: framing) { name, value in
            headerEncoder.encode(HeaderField(name: name, value: value), into: &block)
        }
        if let identity = headers.sharedIdentity, headerEncoder.tableGeneration == generation {
            headerBlockCache.store(.init(
                identity: identity, keepsHandlerContentLength: keepsLength, generation: generation,
                bytes: Array(block[start...]), summary: summary))
        }
        return summary
    }

    /// What to write next, in order, to `write`: queued frames, then DATA within the windows until
    /// about `budget` octets are out. `.bytes` point into the connection's own buffer and are valid
    /// only during the call; `.body` are slices of the response bodies (DATA payloads).
    public func takeOutput(budget: Int, now: UInt64, _ write: (HTTP2OutputSegment) -> Void) {
        produceData(budget: budget - current.count, now: now)
        current.withUnsafeBytes { bytes in
            var start = 0
            for piece in pieces {
                if piece.bytesEnd > start { write(.bytes(UnsafeRawBufferPointer(rebasing: bytes[start..<piece.bytesEnd]))) }
                start = piece.bytesEnd
                if let body = piece.body { write(.body(body.bytes, range: body.range)) }
            }
            if bytes.count > start { write(.bytes(UnsafeRawBufferPointer(rebasing: bytes[start...]))) }
        }
        pieces.removeAll(keepingCapacity: true)
        if current.capacity > Self.retainedOutputCapacity {
            current = []
        } else {
            current.removeAll(keepingCapacity: true)
        }
    }

    /// Whether `takeOutput` would return something now.
    public var hasOutput: Bool {
        !current.isEmpty || !pieces.isEmpty || (connectionSendWindow > 0 && sendQueueHead < sendQueue.count)
    }

    /// The transport has written everything it was given: the peer is reading.
    public func outputDrained() {
        controlBytesSinceDrain = 0
    }

    // MARK: DATA production

    /// Small payloads are copied next to their frame header (one buffer, fewer iovecs); larger
    /// ones are referenced.
    static let copyThreshold = 2048

    /// Capacity of the frame buffer kept between flushes: enough for the HEADERS and small DATA of
    /// a burst of answers, so that steady traffic allocates no buffer per flush, while an idle
    /// connection after a large burst holds no more than this.
    static let retainedOutputCapacity = 16 << 10

    func produceData(budget: Int, now: UInt64) {
        var budget = budget
        while budget > 0, sendQueueHead < sendQueue.count {
            guard connectionSendWindow > 0 else {
                if connectionStalledSince == nil { connectionStalledSince = now }
                return
            }
            let id = sendQueue[sendQueueHead]
            sendQueueHead += 1
            guard var stream = streams[id], !stream.pending.isEmpty else {
                streams[id]?.queued = false
                continue
            }
            guard stream.sendWindow > 0 else {
                stream.queued = false
                if stream.stalledSince == nil { stream.stalledSince = now }
                streams[id] = stream
                continue
            }
            let count = min(stream.pending.count, stream.sendWindow, connectionSendWindow,
                            min(peerMaxFrameSize, configuration.maxDataFrameSize))
            let payload = stream.pending.lowerBound..<stream.pending.lowerBound + count
            stream.pending = payload.upperBound..<stream.pending.upperBound
            stream.sendWindow -= count
            connectionSendWindow -= count
            stream.stalledSince = nil
            let last = stream.pending.isEmpty
            if count <= Self.copyThreshold {
                FrameEncoder.data(stream.responseBody[payload], stream: id, endStream: last, into: &current)
            } else {
                FrameEncoder.header(length: count, type: .data, flags: last ? FrameFlag.endStream : 0, stream: id, into: &current)
                pieces.append(OutputPiece(bytesEnd: current.count, body: (stream.responseBody, payload)))
            }
            budget -= count + 9
            if last {
                stream.sentEnd = true
                stream.queued = false
                stream.responseBody = []
                streams[id] = stream
                closeIfDone(id)
            } else {
                streams[id] = stream
                sendQueue.append(id)   // round robin: to the back
            }
        }
        if sendQueueHead == sendQueue.count {
            sendQueue.removeAll(keepingCapacity: true)
            sendQueueHead = 0
        } else if sendQueueHead > 64 {
            sendQueue.removeFirst(sendQueueHead)
            sendQueueHead = 0
        }
        finishIfDone()
    }

    func enqueueIfSendable(_ id: UInt32) {
        guard var stream = streams[id], !stream.queued, !stream.pending.isEmpty else { return }
        stream.queued = true
        if stream.sendWindow > 0 { stream.stalledSince = nil }
        streams[id] = stream
        sendQueue.append(id)
    }

    // MARK: Closing streams

    /// Removes a stream that is finished both ways. A response complete before the request (an
    /// early 413/431) ends with RST_STREAM(NO_ERROR) so that the peer stops sending (§8.1).
    func closeIfDone(_ id: UInt32) {
        guard let stream = streams[id], stream.sentEnd else { return }
        if !stream.receivedEnd {
            resetStream(id, code: .noError, reason: "response complete")
            return
        }
        removeStream(id)
    }

    func removeStream(_ id: UInt32) {
        guard let stream = streams.removeValue(forKey: id) else { return }
        consumed(stream.body.count)
    }

    /// Stream error: RST_STREAM with `code`; the stream is forgotten, late frames on it ignored.
    func resetStream(_ id: UInt32, code: HTTP2ErrorCode, reason: String) {
        guard phase != .closing else { return }
        removeStream(id)
        if id > highestPeerStream, id & 1 == 1 { highestPeerStream = id }
        rememberReset(id)
        queueControl { FrameEncoder.rstStream(id, code: code, into: &$0) }
    }

    func rememberReset(_ id: UInt32) {
        guard recentlyReset.insert(id).inserted else { return }
        recentlyResetOrder.append(id)
        if recentlyResetOrder.count > 1024 {
            let dropped = recentlyResetOrder.prefix(512)
            for old in dropped { recentlyReset.remove(old) }
            recentlyResetOrder.removeFirst(512)
        }
    }

    /// Queues a control frame; a peer that makes us owe more than `maxPendingControlBytes`
    /// without reading any of it is flooding: the connection closes.
    func queueControl(_ write: (inout [UInt8]) -> Void) {
        let before = current.count
        write(&current)
        controlBytesSinceDrain += current.count - before
        if controlBytesSinceDrain > configuration.maxPendingControlBytes, phase != .closing {
            closeReason = "peer does not read the control frames it causes"
            phase = .closing
            streams.removeAll()
        }
    }

    // MARK: Graceful shutdown

    /// Step one of a graceful shutdown (§6.8): GOAWAY announcing the largest stream id, and a
    /// PING; its ACK (or `shutdownPingTimeout`) triggers the final GOAWAY.
    public func beginGracefulShutdown(now: UInt64) {
        switch phase {
        case .awaitingPreface:
            closeReason = "shutdown"
            phase = .closing
        case .open, .goingAway:
            guard shutdownPingSentAt == nil else { return }
            phase = .goingAway
            FrameEncoder.goaway(lastStream: 0x7FFF_FFFF, code: .noError, debug: "shutting down", into: &current)
            FrameEncoder.ping(Self.shutdownPingOpaque, ack: false, into: &current)
            shutdownPingSentAt = now
        case .closing:
            break
        }
    }

    func sendFinalGoaway() {
        guard !finalGoawaySent, phase != .closing else { return }
        finalGoawaySent = true
        lastAcceptedStream = highestPeerStream
        FrameEncoder.goaway(lastStream: lastAcceptedStream, code: .noError, debug: "shutting down", into: &current)
        finishIfDone()
    }
}
