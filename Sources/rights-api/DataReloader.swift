import DocumentStore
import Foundation
import HTTPCore
import HTTPServer
import Logging
import RightsAPI
import Synchronization

/// Builds the API handler from the data directory, and rebuilds it live (`kill -HUP`,
/// `rights-api reload`): re-reads `Data/`, validates it, rebuilds indexes and precomputed
/// bodies on the caller's thread (a dispatch queue, never an event loop), then hands the new
/// handler to the server, whose loops switch to it between two events. A failed load keeps the
/// old handler and logs why. Reports the data version and reload outcomes to `/readyz` and
/// `/metrics` (`DataStatusSource`).
final class DataReloader: DataStatusSource {
    private let dataDirectory: String
    private let openAPIYAML: [UInt8]?
    private let webAssets: WebAssets?
    private let statistics: ServerStatisticsRelay
    private let logger: Logger
    private let status: Mutex<DataStatus>
    private let current = Mutex<RightsAPIHandler?>(nil)

    init(dataDirectory: String, openAPIYAML: [UInt8]?, webAssets: WebAssets?, statistics: ServerStatisticsRelay, logger: Logger) {
        self.dataDirectory = dataDirectory
        self.openAPIYAML = openAPIYAML
        self.webAssets = webAssets
        self.statistics = statistics
        self.logger = logger
        status = Mutex(DataStatus(version: "none"))
    }

    func dataStatus() -> DataStatus { status.withLock { $0 } }

    /// Loads the data and builds the first handler (errors end startup).
    func loadInitial() throws -> RightsAPIHandler {
        let (handler, version) = try build(replacing: nil)
        status.withLock { $0.version = version }
        current.withLock { $0 = handler }
        return handler
    }

    /// Loads the data again and, if it is valid, makes `server` answer with it.
    func reload(into server: HTTPServer) {
        let previous = current.withLock { $0 }
        let oldVersion = status.withLock { $0.version }
        do {
            let (handler, version) = try build(replacing: previous)
            server.replaceHandler(handler)
            current.withLock { $0 = handler }
            let detail = version == oldVersion ? "reloaded; data unchanged (version \(version))" : "reloaded; data version \(oldVersion) → \(version)"
            record(succeeded: true, version: version, detail: detail)
            logger.notice("data \(detail)")
        } catch {
            let detail = "reload failed; still serving data version \(oldVersion): \(error)"
            record(succeeded: false, version: nil, detail: detail)
            logger.error("data \(detail)")
        }
    }

    private func record(succeeded: Bool, version: String?, detail: String) {
        status.withLock { status in
            if let version { status.version = version }
            if succeeded { status.successfulReloads += 1 } else { status.failedReloads += 1 }
            status.lastReload = DataStatus.Reload(succeeded: succeeded, at: HTTPDate.now(), detail: detail)
        }
    }

    private func build(replacing previous: RightsAPIHandler?) throws -> (RightsAPIHandler, String) {
        let version = try Self.version(ofDataIn: dataDirectory)
        let repository = try DocumentRepository.load(dataDirectory: dataDirectory)
        let stats = repository.loadStatistics
        logger.notice(
            "corpus loaded from \(dataDirectory) in \(String(format: "%.1f", stats.totalMilliseconds)) ms: \(stats.documentCount) documents, \(stats.unitCount) units, \(stats.footnoteCount) footnotes, \(stats.referenceCount) references (data version \(version))"
        )
        let handler = RightsAPIHandler(
            repository: repository, statistics: statistics, openAPIYAML: openAPIYAML,
            webAssets: webAssets, logger: logger, dataStatus: self, replacing: previous)
        logger.notice("\(handler.precomputation)")
        return (handler, version)
    }

    /// The first 16 hex digits of SHA-256 over every `*.json` file directly in `directory`,
    /// in name order, each as its name, a NUL, its length, a NUL and its bytes.
    static func version(ofDataIn directory: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        var input: [UInt8] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let contents = FileManager.default.contents(atPath: path) else { continue }
            input += Array(name.utf8) + [0] + Array(String(contents.count).utf8) + [0] + Array(contents)
        }
        return String(SHA256.hexDigest(of: input).prefix(16))
    }
}
