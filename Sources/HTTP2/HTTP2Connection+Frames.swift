import HPACK

extension HTTP2Connection {
    func handle(_ frame: Frame, now: UInt64) throws(HTTP2Error) {
        if let block {
            guard case .continuation(let stream, _, _) = frame, stream == block.stream else {
                throw .connection(.protocolError, "frame other than CONTINUATION inside the header block of stream \(block.stream)")
            }
        }
        guard sawPeerSettings else {
            guard case .settings(false, _) = frame else { throw .connection(.protocolError, "first frame is not SETTINGS") }
            sawPeerSettings = true
            try handleSettings(frame, now: now)
            return
        }
        if frame.isEmptyWork { try spend(&emptyFrames, now: now, what: "empty frames") }
        switch frame {
        case .data(let stream, let payload, let endStream, let flowControlled):
            try handleData(stream: stream, payload: payload, endStream: endStream, flowControlled: flowControlled)
        case .headers(let stream, let fragment, let endStream, let endHeaders, let dependsOn):
            guard stream & 1 == 1 || streams[stream] != nil else {
                throw .connection(.protocolError, "HEADERS opening even-numbered stream \(stream)")
            }
            guard fragment.count <= configuration.maxHeaderBlockBytes else {
                throw .connection(.enhanceYourCalm, "header block over \(configuration.maxHeaderBlockBytes) octets")
            }
            block = HeaderBlock(stream: stream, fragments: fragment, endStream: endStream, selfDependent: dependsOn == stream)
            blockStartedAt = now
            if endHeaders { try completeBlock(now: now) }
        case .continuation(_, let fragment, let endHeaders):
            guard var current = block else { throw .connection(.protocolError, "CONTINUATION without a header block") }
            current.continuations += 1
            guard current.continuations <= configuration.maxContinuationFrames else {
                throw .connection(.enhanceYourCalm, "more than \(configuration.maxContinuationFrames) CONTINUATION frames")
            }
            guard current.fragments.count + fragment.count <= configuration.maxHeaderBlockBytes else {
                throw .connection(.enhanceYourCalm, "header block over \(configuration.maxHeaderBlockBytes) octets")
            }
            current.fragments += fragment
            block = current
            if endHeaders { try completeBlock(now: now) }
        case .priority(let stream, let dependsOn):
            try spend(&emptyFrames, now: now, what: "PRIORITY frames")
            if dependsOn == stream { throw .stream(stream, .protocolError, "stream depends on itself") }
        case .rstStream(let stream, _):
            guard stream <= highestPeerStream else { throw .connection(.protocolError, "RST_STREAM on idle stream \(stream)") }
            guard streams[stream] != nil else { return }
            try spend(&resets, now: now, what: "stream resets")
            removeStream(stream)
        case .settings:
            try handleSettings(frame, now: now)
        case .pushPromise:
            throw .connection(.protocolError, "PUSH_PROMISE from a client")
        case .ping(let ack, let opaque):
            if ack {
                if opaque == Self.shutdownPingOpaque, shutdownPingSentAt != nil { sendFinalGoaway() }
                return
            }
            try spend(&pings, now: now, what: "PING frames")
            queueControl { FrameEncoder.ping(opaque, ack: true, into: &$0) }
        case .goaway:
            if phase == .open { phase = .goingAway }
        case .windowUpdate(let stream, let increment):
            try spend(&windowUpdates, now: now, what: "WINDOW_UPDATE frames")
            try handleWindowUpdate(stream: stream, increment: increment, now: now)
        case .unknown:
            try spend(&emptyFrames, now: now, what: "frames of unknown types")
        }
    }

    func spend(_ budget: inout FloodBudget, now: UInt64, what: String) throws(HTTP2Error) {
        guard budget.spend(now: now) else {
            throw .connection(.enhanceYourCalm, "too many \(what) (over \(budget.rate.burst) at once, \(budget.rate.perSecond)/s)")
        }
    }

    // MARK: SETTINGS

    func handleSettings(_ frame: Frame, now: UInt64) throws(HTTP2Error) {
        guard case .settings(let ack, let parameters) = frame else { return }
        if ack {
            settingsSentAt = nil
            return
        }
        try spend(&settingsFrames, now: now, what: "SETTINGS frames")
        for parameter in parameters {
            switch SettingsParameter(rawValue: parameter.identifier) {
            case .headerTableSize:
                headerEncoder.setPeerTableSizeLimit(Int(parameter.value))
            case .enablePush:
                guard parameter.value <= 1 else { throw .connection(.protocolError, "SETTINGS_ENABLE_PUSH of \(parameter.value)") }
            case .initialWindowSize:
                guard parameter.value <= 0x7FFF_FFFF else {
                    throw .connection(.flowControlError, "SETTINGS_INITIAL_WINDOW_SIZE above 2^31-1")
                }
                let delta = Int(parameter.value) - peerInitialWindow
                peerInitialWindow = Int(parameter.value)
                for id in Array(streams.keys) {
                    streams[id]!.sendWindow += delta
                    guard streams[id]!.sendWindow <= 0x7FFF_FFFF else {
                        throw .connection(.flowControlError, "stream window above 2^31-1 after SETTINGS")
                    }
                    if delta > 0 { enqueueIfSendable(id) }
                }
            case .maxFrameSize:
                guard (16_384...16_777_215).contains(parameter.value) else {
                    throw .connection(.protocolError, "SETTINGS_MAX_FRAME_SIZE of \(parameter.value)")
                }
                peerMaxFrameSize = Int(parameter.value)
            case .maxConcurrentStreams, .maxHeaderListSize, nil:
                break   // we push nothing; our responses' headers are small; unknown ones are ignored
            }
        }
        queueControl { FrameEncoder.settingsAck(into: &$0) }
    }

    // MARK: WINDOW_UPDATE

    func handleWindowUpdate(stream: UInt32, increment: UInt32, now: UInt64) throws(HTTP2Error) {
        if stream == 0 {
            guard increment > 0 else { throw .connection(.protocolError, "WINDOW_UPDATE of 0 on the connection") }
            connectionSendWindow += Int(increment)
            guard connectionSendWindow <= 0x7FFF_FFFF else { throw .connection(.flowControlError, "connection window above 2^31-1") }
            connectionStalledSince = nil
            return
        }
        guard stream <= highestPeerStream else { throw .connection(.protocolError, "WINDOW_UPDATE on idle stream \(stream)") }
        guard streams[stream] != nil else { return }
        guard increment > 0 else { throw .stream(stream, .protocolError, "WINDOW_UPDATE of 0") }
        streams[stream]!.sendWindow += Int(increment)
        guard streams[stream]!.sendWindow <= 0x7FFF_FFFF else { throw .stream(stream, .flowControlError, "stream window above 2^31-1") }
        enqueueIfSendable(stream)
    }

    // MARK: DATA

    func handleData(stream id: UInt32, payload: [UInt8], endStream: Bool, flowControlled: Int) throws(HTTP2Error) {
        connectionReceiveWindow -= flowControlled
        guard connectionReceiveWindow >= 0 else { throw .connection(.flowControlError, "DATA beyond the connection window") }
        guard var stream = streams[id] else {
            guard id <= highestPeerStream else { throw .connection(.protocolError, "DATA on idle stream \(id)") }
            consumed(flowControlled)
            if recentlyReset.contains(id) { return }
            throw .stream(id, .streamClosed, "DATA on closed stream \(id)")
        }
        guard !stream.receivedEnd else {
            consumed(flowControlled)
            throw .stream(id, .streamClosed, "DATA after END_STREAM")
        }
        stream.receiveWindow -= flowControlled
        guard stream.receiveWindow >= 0 else {
            consumed(flowControlled)
            throw .stream(id, .flowControlError, "DATA beyond the stream window")
        }
        consumed(flowControlled - payload.count)   // padding
        if stream.discardsInput {
            consumed(payload.count)
        } else {
            stream.body += payload
            if let declared = stream.head?.contentLength, stream.body.count > declared {
                streams[id] = stream
                throw .stream(id, .protocolError, "more DATA than content-length")
            }
            if stream.body.count > configuration.maxBodyBytes {
                consumed(stream.body.count)
                stream.body = []
                stream.discardsInput = true
                events.append(.rejected(
                    stream: id, status: 413,
                    detail: "The request body exceeds \(configuration.maxBodyBytes) bytes.", method: stream.method))
            }
        }
        if !endStream, stream.receiveWindow <= configuration.initialStreamWindow / 2 {
            let increment = configuration.initialStreamWindow - stream.receiveWindow
            stream.receiveWindow += increment
            queueControl { FrameEncoder.windowUpdate(id, increment: UInt32(increment), into: &$0) }
        }
        streams[id] = stream
        if endStream { try finishRequest(id) }
    }

    /// Request octets we are done with: given back to the peer's connection window in batches.
    func consumed(_ count: Int) {
        guard count > 0 else { return }
        connectionConsumed += count
        if connectionConsumed >= max(configuration.connectionWindow / 4, 1), phase != .closing {
            connectionReceiveWindow += connectionConsumed
            let increment = connectionConsumed
            connectionConsumed = 0
            current.reserveCapacity(13)
            FrameEncoder.windowUpdate(0, increment: UInt32(increment), into: &current)
        }
    }

    // MARK: Header blocks

    func completeBlock(now: UInt64) throws(HTTP2Error) {
        guard let complete = block else { return }
        block = nil
        let decoded: HPACKDecoder.DecodedBlock
        do {
            decoded = try headerDecoder.decode(complete.fragments)
        } catch {
            throw .connection(.compressionError, "header block: \(error)")
        }
        let id = complete.stream
        if streams[id] != nil {
            try receiveTrailers(decoded, on: id, endStream: complete.endStream)
            return
        }
        if id <= highestPeerStream {
            if recentlyReset.contains(id) { return }
            throw .connection(.streamClosed, "HEADERS on closed stream \(id)")
        }
        highestPeerStream = id
        if phase == .goingAway, finalGoawaySent, id > lastAcceptedStream { return }   // after our GOAWAY: ignored
        if streams.count >= configuration.maxConcurrentStreams {
            try spend(&resets, now: now, what: "refused streams")
            resetStream(id, code: .refusedStream, reason: "over SETTINGS_MAX_CONCURRENT_STREAMS")
            return
        }
        var stream = HTTP2Stream(sendWindow: peerInitialWindow, receiveWindow: configuration.initialStreamWindow)
        stream.method = decoded.fields.first { $0.name == ":method" }?.value ?? "GET"
        streams[id] = stream
        if complete.selfDependent { throw .stream(id, .protocolError, "stream depends on itself") }
        if decoded.listSizeExceeded {
            reject(id, status: 431, detail: "The request's header fields exceed \(configuration.maxHeaderListSize) bytes.")
        } else {
            switch RequestHead.validate(decoded.fields) {
            case .success(let head):
                streams[id]!.head = head
                if let declared = head.contentLength, declared > configuration.maxBodyBytes {
                    reject(id, status: 413, detail: "The request body exceeds \(configuration.maxBodyBytes) bytes.")
                }
            case .failure(let malformed) where malformed.isConnect:
                reject(id, status: 501, detail: "CONNECT is not supported.")
            case .failure(let malformed):
                throw .stream(id, .protocolError, "malformed request: \(malformed.reason)")
            }
        }
        if complete.endStream { try finishRequest(id) }
    }

    func receiveTrailers(_ decoded: HPACKDecoder.DecodedBlock, on id: UInt32, endStream: Bool) throws(HTTP2Error) {
        guard !streams[id]!.receivedEnd else { throw .stream(id, .streamClosed, "HEADERS after END_STREAM") }
        guard endStream else { throw .stream(id, .protocolError, "trailers without END_STREAM") }
        if !streams[id]!.discardsInput, !decoded.listSizeExceeded {
            switch RequestHead.validateTrailers(decoded.fields) {
            case .success(let trailers):
                for field in trailers { streams[id]!.head?.headers.add(name: field.name, value: field.value) }
            case .failure(let malformed):
                throw .stream(id, .protocolError, "malformed trailers: \(malformed.reason)")
            }
        }
        try finishRequest(id)
    }

    /// Answers a stream without the handler; what the peer still sends on it is dropped.
    func reject(_ id: UInt32, status: Int, detail: String) {
        guard var stream = streams[id] else { return }
        consumed(stream.body.count)
        stream.body = []
        stream.head = nil
        stream.discardsInput = true
        streams[id] = stream
        events.append(.rejected(stream: id, status: status, detail: detail, method: stream.method))
    }

    /// END_STREAM arrived: the request is complete.
    func finishRequest(_ id: UInt32) throws(HTTP2Error) {
        guard var stream = streams[id] else { return }
        stream.receivedEnd = true
        defer { if streams[id] != nil { closeIfDone(id) } }
        guard !stream.discardsInput, let head = stream.head else {
            streams[id] = stream
            return
        }
        if let declared = head.contentLength, declared != stream.body.count {
            streams[id] = stream
            throw .stream(id, .protocolError, "content-length \(declared) but \(stream.body.count) octets of DATA")
        }
        let body = stream.body
        consumed(body.count)
        stream.body = []
        stream.head = nil
        streams[id] = stream
        events.append(.request(stream: id, request: HTTPRequestBox(head.request(body: body))))
    }
}
