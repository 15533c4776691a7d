extension HTTP2Connection {
    /// The next moment `checkTimeouts` has something to do (`.max`: nothing pending).
    public var nextDeadline: UInt64 {
        guard phase != .closing else { return .max }
        var deadline = UInt64.max
        if phase == .awaitingPreface { deadline = min(deadline, startedAt &+ configuration.headerTimeout) }
        if block != nil { deadline = min(deadline, blockStartedAt &+ configuration.headerTimeout) }
        if let settingsSentAt { deadline = min(deadline, settingsSentAt &+ configuration.settingsTimeout) }
        if let shutdownPingSentAt, !finalGoawaySent {
            deadline = min(deadline, shutdownPingSentAt &+ configuration.shutdownPingTimeout)
        }
        if let connectionStalledSince { deadline = min(deadline, connectionStalledSince &+ configuration.stalledWindowTimeout) }
        for stream in streams.values {
            if let since = stream.stalledSince { deadline = min(deadline, since &+ configuration.stalledWindowTimeout) }
        }
        if streams.isEmpty, phase == .open { deadline = min(deadline, lastFrameAt &+ configuration.idleTimeout) }
        return deadline
    }

    /// Acts on every deadline that has passed.
    public func checkTimeouts(now: UInt64) {
        guard phase != .closing else { return }
        if phase == .awaitingPreface, now >= startedAt &+ configuration.headerTimeout {
            closeReason = "no connection preface in time"
            phase = .closing
            return
        }
        if block != nil, now >= blockStartedAt &+ configuration.headerTimeout {
            fail(.enhanceYourCalm, "header block not completed in time")
            return
        }
        if let settingsSentAt, now >= settingsSentAt &+ configuration.settingsTimeout {
            fail(.settingsTimeout, "SETTINGS not acknowledged in time")
            return
        }
        if let connectionStalledSince, now >= connectionStalledSince &+ configuration.stalledWindowTimeout {
            fail(.noError, "connection flow-control window stayed closed")
            return
        }
        for (id, stream) in streams {
            if let since = stream.stalledSince, now >= since &+ configuration.stalledWindowTimeout {
                resetStream(id, code: .cancel, reason: "stream flow-control window stayed closed")
            }
        }
        if let shutdownPingSentAt, !finalGoawaySent, now >= shutdownPingSentAt &+ configuration.shutdownPingTimeout {
            sendFinalGoaway()
        }
        if streams.isEmpty, phase == .open, now >= lastFrameAt &+ configuration.idleTimeout {
            FrameEncoder.goaway(lastStream: highestPeerStream, code: .noError, debug: "idle", into: &current)
            closeReason = "idle"
            phase = .closing
        }
        finishIfDone()
    }
}
