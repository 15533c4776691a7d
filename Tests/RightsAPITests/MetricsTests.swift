import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

@Suite("Metrics")
struct MetricsTests {
    @Test func requestsAreCountedByRouteTemplateMethodAndStatus() throws {
        let handler = try RightsAPIHandler(repository: SampleCorpus.repository(), statistics: nil, openAPIYAML: nil)
        let context = RequestContext(requestID: "m", remoteAddress: "127.0.0.1:1", isSecure: false)
        for _ in 0..<3 { _ = handler.handle(HTTPRequest(method: "GET", target: "/v1/documents/iccpr/provisions/art_7"), context: context) }
        _ = handler.handle(HTTPRequest(method: "GET", target: "/v1/documents/iccpr/provisions/art_99"), context: context)
        _ = handler.handle(HTTPRequest(method: "GET", target: "/nowhere"), context: context)
        let metrics = handler.handle(HTTPRequest(method: "GET", target: "/metrics"), context: context)
        #expect(metrics.headers["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8")
        #expect(metrics.headers["Cache-Control"] == "no-store")
        let text = String(decoding: metrics.body, as: UTF8.self)
        #expect(text.contains("rightsapi_http_requests_total{route=\"/v1/documents/{doc}/provisions/{eId}\",method=\"GET\",status=\"200\"} 3\n"))
        #expect(text.contains("rightsapi_http_requests_total{route=\"/v1/documents/{doc}/provisions/{eId}\",method=\"GET\",status=\"404\"} 1\n"))
        #expect(text.contains("rightsapi_http_requests_total{route=\"unmatched\",method=\"GET\",status=\"404\"} 1\n"))
        #expect(text.contains("# TYPE rightsapi_http_request_duration_seconds histogram\n"))
        #expect(text.contains("rightsapi_http_request_duration_seconds_bucket{route=\"/v1/documents/{doc}/provisions/{eId}\",le=\"+Inf\"} 4\n"))
        #expect(text.contains("rightsapi_http_request_duration_seconds_count{route=\"/v1/documents/{doc}/provisions/{eId}\"} 4\n"))
        #expect(text.contains("rightsapi_uptime_seconds "))
    }

    @Test func everySampleLineHasTheExpositionFormat() throws {
        let response = try TestClient.request("/metrics")
        for line in response.text.split(separator: "\n") where !line.hasPrefix("#") {
            // name{labels} value  or  name value
            let parts = line.split(separator: " ")
            #expect(parts.count == 2, "\(line)")
            #expect(Double(parts.last ?? "") != nil, "\(line)")
            #expect(parts.first?.first?.isLetter == true, "\(line)")
        }
    }

    @Test func histogramBucketsAreCumulative() throws {
        let handler = try RightsAPIHandler(repository: SampleCorpus.repository(), statistics: nil, openAPIYAML: nil)
        let context = RequestContext(requestID: "m", remoteAddress: "127.0.0.1:1", isSecure: false)
        for _ in 0..<5 { _ = handler.handle(HTTPRequest(method: "GET", target: "/healthz"), context: context) }
        let text = String(decoding: handler.handle(HTTPRequest(method: "GET", target: "/metrics"), context: context).body, as: UTF8.self)
        let counts = text.split(separator: "\n")
            .filter { $0.hasPrefix("rightsapi_http_request_duration_seconds_bucket{route=\"/healthz\"") }
            .compactMap { Int($0.split(separator: " ").last ?? "") }
        #expect(counts.count == RequestMetrics.bucketBounds.count + 1)
        #expect(counts == counts.sorted())
        #expect(counts.last == 5)
    }
}
