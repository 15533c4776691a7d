import HTTPCore
import HTTPServer
import Logging

/// A real server on 127.0.0.1 with an ephemeral port, running `EchoHandler`.
struct TestServer {
    let server: HTTPServer
    var port: Int { server.boundPort }

    init(_ adjust: (inout ServerConfiguration) -> Void = { _ in }) throws {
        var configuration = ServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.eventLoopCount = 2
        adjust(&configuration)
        var logger = Logger(label: "HTTPServerTests")
        logger.logLevel = .critical
        server = try HTTPServer(configuration: configuration, handler: EchoHandler(), logger: logger)
        try server.start()
    }

    func client() throws -> RawClient { try RawClient(port: port) }

    func stop() { server.shutdown() }
}
