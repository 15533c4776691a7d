/// Detects the HTTP/2 connection preface (RFC 9113 §3.4) at the start of a cleartext connection,
/// so that one port answers HTTP/1.1 and HTTP/2 with prior knowledge.
enum HTTP2Preface {
    /// `PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n`, 24 bytes.
    static let bytes: [UInt8] = Array("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".utf8)

    enum Match: Equatable {
        /// The bytes so far are a proper prefix of the preface: wait for more.
        case undecided
        /// The connection starts with the whole preface.
        case http2
        /// It does not: HTTP/1.1 (no HTTP/1.1 method starts with `PRI `).
        case http1_1
    }

    /// Classifies the first bytes of a connection (`received` holds every byte received so far).
    static func match(_ received: UnsafeRawBufferPointer) -> Match {
        let count = min(received.count, bytes.count)
        for index in 0..<count where received[index] != bytes[index] { return .http1_1 }
        return count == bytes.count ? .http2 : .undecided
    }
}
