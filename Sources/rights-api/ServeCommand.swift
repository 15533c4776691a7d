import ArgumentParser
import DocumentStore
import Foundation
import HTTPServer
import Logging
import RightsAPI

/// `rights-api serve`: loads and validates the corpus, then serves it until SIGTERM/SIGINT.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the corpus over HTTP/1.1 (HTTPS with --tls-cert and --tls-key).",
        discussion: "Every option falls back to the environment variable named in its help, then to its default."
    )

    @Option(help: "Address to listen on: 127.0.0.1, 0.0.0.0, ::1, :: (env: RIGHTS_API_HOST; default: 127.0.0.1).")
    var host: String?

    @Option(help: "TCP port (env: RIGHTS_API_PORT; default: 8080).")
    var port: Int?

    @Option(help: "Data directory with the normalized JSON (env: RIGHTS_API_DATA; default: Data).")
    var data: String?

    @Option(help: "Event-loop threads (env: RIGHTS_API_EVENT_LOOPS; default: number of cores).")
    var eventLoops: Int?

    @Option(help: "Maximum open connections; more are answered 503 and closed (env: RIGHTS_API_MAX_CONNECTIONS; default: 16384).")
    var maxConnections: Int?

    @Option(help: "Seconds a client has to send a complete request head (env: RIGHTS_API_HEADER_TIMEOUT; default: 10).")
    var headerTimeout: Double?

    @Option(help: "Seconds an idle keep-alive connection is kept (env: RIGHTS_API_IDLE_TIMEOUT; default: 60).")
    var idleTimeout: Double?

    @Option(help: "Seconds a client may stall reading a response before it is dropped (env: RIGHTS_API_WRITE_TIMEOUT; default: 30).")
    var writeTimeout: Double?

    @Option(help: "Seconds in-flight requests get to finish on SIGTERM/SIGINT (env: RIGHTS_API_SHUTDOWN_GRACE; default: 10).")
    var shutdownGrace: Double?

    @Option(help: "Largest request body accepted, in bytes (env: RIGHTS_API_MAX_BODY; default: 1048576).")
    var maxBody: Int?

    @Option(help: "PEM certificate (chain); with --tls-key serves HTTPS (env: RIGHTS_API_TLS_CERT).")
    var tlsCert: String?

    @Option(help: "PEM private key for --tls-cert (env: RIGHTS_API_TLS_KEY).")
    var tlsKey: String?

    @Option(help: "OpenAPI document served at /openapi.yaml (env: RIGHTS_API_OPENAPI; default: openapi.yaml).")
    var openapi: String?

    @Option(help: "Write the process id here, for `rights-api reload` (env: RIGHTS_API_PID_FILE; default: none).")
    var pidFile: String?

    @Option(help: "Minimum rate, in bytes per second, at which a client must read its responses (averaged over --min-response-rate-window); 0 disables (env: RIGHTS_API_MIN_RESPONSE_RATE; default: 240).")
    var minResponseRate: Int?

    @Option(help: "Seconds over which the minimum response rate is averaged, and grace before it applies (env: RIGHTS_API_MIN_RESPONSE_RATE_WINDOW; default: 10).")
    var minResponseRateWindow: Double?

    @Option(help: "Directory with the web reader's files, served at /reader/ (env: RIGHTS_API_WEB; default: Web).")
    var web: String?

    @Option(help: "trace, debug, info (one access-log line per request), notice, warning, error, critical (env: RIGHTS_API_LOG_LEVEL; default: info).")
    var logLevel: String?

    func run() throws {
        let logger = try makeLogger()
        let configuration = try makeConfiguration()
        let dataDirectory = data ?? EnvironmentFallback.string("RIGHTS_API_DATA") ?? "Data"

        let openAPIPath = openapi ?? EnvironmentFallback.string("RIGHTS_API_OPENAPI") ?? "openapi.yaml"
        let openAPIYAML = FileManager.default.contents(atPath: openAPIPath).map { Array($0) }
        if openAPIYAML == nil {
            logger.warning("no OpenAPI document at \(openAPIPath): /openapi.yaml will answer 404")
        }
        let chosenWeb = web ?? EnvironmentFallback.string("RIGHTS_API_WEB")
        let webAssets: WebAssets?
        do {
            webAssets = try WebAssets.load(directory: chosenWeb ?? "Web")
        } catch {
            // A directory named on purpose must load; the default may be absent (API-only deployments).
            guard chosenWeb == nil else {
                logger.critical("cannot load the web reader: \(error)")
                throw ExitCode(2)
            }
            logger.warning("no web reader (\(error)): /reader/ will answer 404")
            webAssets = nil
        }
        let statistics = ServerStatisticsRelay()
        let reloader = DataReloader(
            dataDirectory: dataDirectory, openAPIYAML: openAPIYAML, webAssets: webAssets, statistics: statistics, logger: logger)
        let handler: RightsAPIHandler
        do {
            handler = try reloader.loadInitial()
        } catch {
            logger.critical("cannot load the corpus: \(error)")
            throw ExitCode(2)
        }
        let server: HTTPServer
        do {
            server = try HTTPServer(configuration: configuration, handler: handler, logger: logger)
        } catch {
            logger.critical("cannot start the server: \(error)")
            throw ExitCode(2)
        }
        statistics.connect {
            let counts = server.connectionCounts()
            return ServerStatistics(openConnections: counts.open, acceptedConnections: counts.accepted, rejectedConnections: counts.rejected,
                                    slowReadersClosed: counts.slowReadersClosed)
        }

        // SIGHUP reloads the data off the event loops; installed before the listeners open.
        let reloads = DispatchQueue(label: "rights-api.reload")
        signal(SIGHUP, SIG_IGN)
        let hangUp = DispatchSource.makeSignalSource(signal: SIGHUP, queue: reloads)
        hangUp.setEventHandler {
            logger.notice("SIGHUP: reloading the data")
            reloader.reload(into: server)
        }
        hangUp.resume()
        defer { hangUp.cancel() }
        let pidPath = pidFile ?? EnvironmentFallback.string("RIGHTS_API_PID_FILE")
        if let pidPath {
            do {
                try "\(getpid())\n".write(toFile: pidPath, atomically: true, encoding: .utf8)
            } catch {
                logger.critical("cannot write pid file \(pidPath): \(error)")
                throw ExitCode(2)
            }
        }
        defer { if let pidPath { try? FileManager.default.removeItem(atPath: pidPath) } }
        let scheme = configuration.tls == nil ? "http" : "https"
        let shownHost = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        // run() installs the SIGTERM/SIGINT handlers before it opens the listeners.
        try server.run { port in logger.notice("listening on \(scheme)://\(shownHost):\(port)") }
        logger.notice("shut down cleanly")
    }

    private func makeLogger() throws -> Logger {
        let levelName = logLevel ?? EnvironmentFallback.string("RIGHTS_API_LOG_LEVEL") ?? "info"
        guard let level = Logger.Level(rawValue: levelName.lowercased()) else {
            throw ValidationError("unknown log level '\(levelName)'; use trace, debug, info, notice, warning, error or critical")
        }
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var logger = Logger(label: "rights-api")
        logger.logLevel = level
        return logger
    }

    private func makeConfiguration() throws -> ServerConfiguration {
        var configuration = ServerConfiguration()
        configuration.host = host ?? EnvironmentFallback.string("RIGHTS_API_HOST") ?? "127.0.0.1"
        configuration.port = try port ?? EnvironmentFallback.integer("RIGHTS_API_PORT") ?? 8080
        guard (0...65535).contains(configuration.port) else {
            throw ValidationError("--port must be 0…65535, got \(configuration.port)")
        }
        if let loops = try eventLoops ?? EnvironmentFallback.integer("RIGHTS_API_EVENT_LOOPS") {
            guard loops > 0 else { throw ValidationError("--event-loops must be at least 1") }
            configuration.eventLoopCount = loops
        }
        if let limit = try maxConnections ?? EnvironmentFallback.integer("RIGHTS_API_MAX_CONNECTIONS") {
            guard limit > 0 else { throw ValidationError("--max-connections must be at least 1") }
            configuration.maxConnections = limit
        }
        if let body = try maxBody ?? EnvironmentFallback.integer("RIGHTS_API_MAX_BODY") {
            guard body >= 0 else { throw ValidationError("--max-body must not be negative") }
            configuration.limits.maxBodyBytes = body
        }
        if let s = try headerTimeout ?? EnvironmentFallback.seconds("RIGHTS_API_HEADER_TIMEOUT") {
            configuration.headerTimeout = .milliseconds(Int(s * 1000))
        }
        if let s = try idleTimeout ?? EnvironmentFallback.seconds("RIGHTS_API_IDLE_TIMEOUT") {
            configuration.idleTimeout = .milliseconds(Int(s * 1000))
        }
        if let s = try writeTimeout ?? EnvironmentFallback.seconds("RIGHTS_API_WRITE_TIMEOUT") {
            configuration.writeTimeout = .milliseconds(Int(s * 1000))
        }
        if let s = try shutdownGrace ?? EnvironmentFallback.seconds("RIGHTS_API_SHUTDOWN_GRACE") {
            configuration.shutdownGracePeriod = .milliseconds(Int(s * 1000))
        }
        if let rate = try minResponseRate ?? EnvironmentFallback.integer("RIGHTS_API_MIN_RESPONSE_RATE") {
            guard rate >= 0 else { throw ValidationError("--min-response-rate must not be negative") }
            configuration.minimumResponseRate.bytesPerSecond = rate
        }
        if let s = try minResponseRateWindow ?? EnvironmentFallback.seconds("RIGHTS_API_MIN_RESPONSE_RATE_WINDOW") {
            configuration.minimumResponseRate.window = .milliseconds(Int(s * 1000))
        }
        let cert = tlsCert ?? EnvironmentFallback.string("RIGHTS_API_TLS_CERT")
        let key = tlsKey ?? EnvironmentFallback.string("RIGHTS_API_TLS_KEY")
        switch (cert, key) {
        case let (cert?, key?): configuration.tls = TLSConfiguration(certificatePath: cert, privateKeyPath: key)
        case (nil, nil): break
        default: throw ValidationError("--tls-cert and --tls-key must be given together")
        }
        return configuration
    }
}
