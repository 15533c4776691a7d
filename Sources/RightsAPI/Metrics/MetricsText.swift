import HTTPCore

/// Renders `/metrics` in the Prometheus text exposition format 0.0.4.
enum MetricsText {
    static func render(_ metrics: RequestMetrics, statistics: ServerStatistics?, uptimeSeconds: Double, data: DataStatus? = nil) -> String {
        var out = ""
        out += "# HELP rightsapi_http_requests_total HTTP requests answered, by route template, method and status.\n"
        out += "# TYPE rightsapi_http_requests_total counter\n"
        for routeSlot in metrics.routeLabels.indices {
            let route = metrics.routeLabels[routeSlot]
            for (methodSlot, method) in RequestMetrics.methods.enumerated() {
                for statusSlot in 0..<RequestMetrics.statusSlots {
                    let count = metrics.requestCount(routeSlot: routeSlot, methodSlot: methodSlot, statusSlot: statusSlot)
                    guard count > 0 else { continue }
                    out += "rightsapi_http_requests_total{route=\"\(route)\",method=\"\(method)\",status=\"\(RequestMetrics.statusLabel(statusSlot))\"} \(count)\n"
                }
            }
        }
        out += "# HELP rightsapi_http_request_duration_seconds Time the handler took to answer, by route template.\n"
        out += "# TYPE rightsapi_http_request_duration_seconds histogram\n"
        for routeSlot in metrics.routeLabels.indices {
            let counts = (0...RequestMetrics.bucketBounds.count).map { metrics.bucketCount(routeSlot: routeSlot, bucket: $0) }
            let total = counts.reduce(0, +)
            guard total > 0 else { continue }
            let route = metrics.routeLabels[routeSlot]
            var cumulative = 0
            for (position, bound) in RequestMetrics.bucketBounds.enumerated() {
                cumulative += counts[position]
                out += "rightsapi_http_request_duration_seconds_bucket{route=\"\(route)\",le=\"\(format(bound))\"} \(cumulative)\n"
            }
            out += "rightsapi_http_request_duration_seconds_bucket{route=\"\(route)\",le=\"+Inf\"} \(total)\n"
            let sum = Double(metrics.durationSumMicroseconds(routeSlot: routeSlot)) / 1_000_000
            out += "rightsapi_http_request_duration_seconds_sum{route=\"\(route)\"} \(format(sum))\n"
            out += "rightsapi_http_request_duration_seconds_count{route=\"\(route)\"} \(total)\n"
        }
        if let statistics {
            out += "# HELP rightsapi_open_connections Connections currently open.\n"
            out += "# TYPE rightsapi_open_connections gauge\n"
            out += "rightsapi_open_connections \(statistics.openConnections)\n"
            out += "# HELP rightsapi_accepted_connections_total Connections accepted since start.\n"
            out += "# TYPE rightsapi_accepted_connections_total counter\n"
            out += "rightsapi_accepted_connections_total \(statistics.acceptedConnections)\n"
            out += "# HELP rightsapi_rejected_connections_total Connections refused because a limit was reached.\n"
            out += "# TYPE rightsapi_rejected_connections_total counter\n"
            out += "rightsapi_rejected_connections_total \(statistics.rejectedConnections)\n"
        }
        if let data {
            out += "# HELP rightsapi_data_info The data being served; version is a hash of the data files.\n"
            out += "# TYPE rightsapi_data_info gauge\n"
            out += "rightsapi_data_info{version=\"\(data.version)\"} 1\n"
            out += "# HELP rightsapi_data_reloads_total Live data reloads, by outcome (a failed reload keeps the old data).\n"
            out += "# TYPE rightsapi_data_reloads_total counter\n"
            out += "rightsapi_data_reloads_total{outcome=\"success\"} \(data.successfulReloads)\n"
            out += "rightsapi_data_reloads_total{outcome=\"failure\"} \(data.failedReloads)\n"
            if let last = data.lastReload {
                out += "# HELP rightsapi_data_last_reload_success 1 when the last reload succeeded, 0 when it failed.\n"
                out += "# TYPE rightsapi_data_last_reload_success gauge\n"
                out += "rightsapi_data_last_reload_success \(last.succeeded ? 1 : 0)\n"
            }
        }
        out += "# HELP rightsapi_uptime_seconds Seconds since the handler started.\n"
        out += "# TYPE rightsapi_uptime_seconds gauge\n"
        out += "rightsapi_uptime_seconds \(format(uptimeSeconds))\n"
        return out
    }

    /// Shortest decimal form Prometheus parses (`0.00025`, `1`, `12.5`).
    static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        let text = String(value)
        return text
    }
}
