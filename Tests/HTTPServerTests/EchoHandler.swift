import Foundation
import HTTPCore

/// The handler the server tests run: answers what it was asked, so a test can see that the
/// right request arrived.
///
/// - `/big/<n>` → `n` bytes of `x`;
/// - `/sleep/<ms>` → sleeps (blocking its loop, as a slow handler would), then answers `slept`;
/// - anything else → `"<METHOD> <target>\n<body>"` as text.
struct EchoHandler: HTTPHandler {
    func handle(_ request: HTTPRequest, context: RequestContext) -> HTTPResponse {
        let segments = request.path.split(separator: "/")
        if segments.count == 2, segments[0] == "big", let size = Int(segments[1]) {
            return HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain"], body: Array(repeating: UInt8(ascii: "x"), count: size))
        }
        if segments.count == 2, segments[0] == "sleep", let milliseconds = UInt32(segments[1]) {
            usleep(milliseconds * 1000)
            return HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain"], body: Array("slept".utf8))
        }
        let text = "\(request.method) \(request.target)\n"
        return HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain"], body: Array(text.utf8) + request.body)
    }
}
