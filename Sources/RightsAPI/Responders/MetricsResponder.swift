import HTTPCore

/// `GET /metrics`: request counters, latency histograms and connection gauges (Prometheus text).
struct MetricsResponder: RouteResponder {
    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        let uptime = ContinuousClock.now - api.startedAt
        let seconds = Double(uptime.components.seconds) + Double(uptime.components.attoseconds) / 1e18
        let text = MetricsText.render(
            api.metrics, statistics: api.statistics?.statisticsSnapshot(), uptimeSeconds: seconds,
            data: api.dataStatus?.dataStatus())
        var headers: HTTPHeaders = [
            "Content-Type": ResponseHeaderSet.metricsContentType,
            "Cache-Control": ResponseHeaderSet.liveCacheControl,
        ]
        ResponseHeaderSet.addCORS(to: &headers)
        return HTTPResponse(status: .ok, headers: headers, body: Array(text.utf8))
    }
}
