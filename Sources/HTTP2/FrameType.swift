/// Frame types (RFC 9113 §6) and the flags the server reads or writes.
public enum FrameType: UInt8, Sendable {
    case data = 0x0, headers = 0x1, priority = 0x2, rstStream = 0x3, settings = 0x4
    case pushPromise = 0x5, ping = 0x6, goaway = 0x7, windowUpdate = 0x8, continuation = 0x9
}

public enum FrameFlag {
    public static let endStream: UInt8 = 0x1
    public static let ack: UInt8 = 0x1
    public static let endHeaders: UInt8 = 0x4
    public static let padded: UInt8 = 0x8
    public static let priority: UInt8 = 0x20
}

/// SETTINGS parameters (RFC 9113 §6.5.2).
public enum SettingsParameter: UInt16, Sendable {
    case headerTableSize = 0x1, enablePush = 0x2, maxConcurrentStreams = 0x3
    case initialWindowSize = 0x4, maxFrameSize = 0x5, maxHeaderListSize = 0x6
}

/// The fixed prefix of every HTTP/2 connection (RFC 9113 §3.4).
public enum ConnectionPreface {
    public static let bytes: [UInt8] = Array("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".utf8)
}
