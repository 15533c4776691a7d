import Foundation
import HTTPCore
@testable import RightsAPI
import Synchronization
import Testing

/// `/readyz` and `/metrics` with a `DataStatus` (live reloads), and metrics carried over a reload.
@Suite("Data status on /readyz and /metrics")
struct DataStatusTests {
    final class FixedStatus: DataStatusSource {
        let status: Mutex<DataStatus>
        init(_ status: DataStatus) { self.status = Mutex(status) }
        func dataStatus() -> DataStatus { status.withLock { $0 } }
    }

    static func get(_ handler: RightsAPIHandler, _ target: String) -> HTTPResponse {
        handler.handle(
            HTTPRequest(method: "GET", target: target, headers: ["Host": "localhost"]),
            context: RequestContext(requestID: "t", remoteAddress: "127.0.0.1:1", isSecure: false))
    }

    @Test func readinessReportsTheVersionAndTheLastReloadLive() throws {
        let source = FixedStatus(DataStatus(version: "0123456789abcdef"))
        let handler = RightsAPIHandler(repository: try SampleCorpus.repository(), statistics: nil, openAPIYAML: nil, dataStatus: source)
        var object = try TestClient.object(Self.get(handler, "/readyz"))
        var data = try #require(object["data"] as? [String: Any])
        #expect(object["status"] as? String == "ready")
        #expect(data["version"] as? String == "0123456789abcdef")
        #expect(data["lastReload"] is NSNull)
        source.status.withLock {
            $0.failedReloads = 1
            $0.lastReload = DataStatus.Reload(succeeded: false, at: "Sun, 06 Nov 1994 08:49:37 GMT", detail: "broken")
        }
        object = try TestClient.object(Self.get(handler, "/readyz"))
        data = try #require(object["data"] as? [String: Any])
        let last = try #require(data["lastReload"] as? [String: Any])
        #expect(last["outcome"] as? String == "failure")
        #expect(data["failedReloads"] as? Int == 1)
    }

    @Test func metricsShowTheVersionAndReloadOutcomes() throws {
        let source = FixedStatus(DataStatus(
            version: "feedface00000000", successfulReloads: 3, failedReloads: 1,
            lastReload: DataStatus.Reload(succeeded: true, at: "x", detail: "y")))
        let handler = RightsAPIHandler(repository: try SampleCorpus.repository(), statistics: nil, openAPIYAML: nil, dataStatus: source)
        let text = String(decoding: Self.get(handler, "/metrics").body, as: UTF8.self)
        #expect(text.contains("rightsapi_data_info{version=\"feedface00000000\"} 1\n"))
        #expect(text.contains("rightsapi_data_reloads_total{outcome=\"success\"} 3\n"))
        #expect(text.contains("rightsapi_data_reloads_total{outcome=\"failure\"} 1\n"))
        #expect(text.contains("rightsapi_data_last_reload_success 1\n"))
    }

    @Test func requestCountersCarryOverToTheHandlerThatReplacesIt() throws {
        let first = RightsAPIHandler(repository: try SampleCorpus.repository(), statistics: nil, openAPIYAML: nil)
        _ = Self.get(first, "/healthz")
        let second = RightsAPIHandler(repository: try SampleCorpus.repository(), statistics: nil, openAPIYAML: nil, replacing: first)
        let text = String(decoding: Self.get(second, "/metrics").body, as: UTF8.self)
        #expect(text.contains("rightsapi_http_requests_total{route=\"/healthz\",method=\"GET\",status=\"200\"} 1\n"))
    }
}
