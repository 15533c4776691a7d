public import HTTPCore

/// `HTTPRequest` inside an event (a named wrapper keeps `HTTP2Event` readable in tests).
public struct HTTPRequestBox: Sendable, Equatable {
    public var request: HTTPRequest
    public init(_ request: HTTPRequest) { self.request = request }
}
