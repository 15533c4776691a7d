import HTTPCore

/// Renders `/metrics` in the Prometheus text exposition format 0.0.4.
enum MetricsText {
    static func render(_ metrics: RequestMetrics, statistics: ServerStatistics?, uptimeSeconds: Double, data: DataStatus? = nil) -> String {
        var out = ""
        header("rightsapi_http_requests_total", "counter", "HTTP requests answered, by route template, method and status.", into: &out)
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
        header("rightsapi_http_request_duration_seconds", "histogram", "Time the handler took to answer, by route template.", into: &out)
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
            header("rightsapi_open_connections", "gauge", "Connections currently open.", into: &out)
            out += "rightsapi_open_connections \(statistics.openConnections)\n"
            header("rightsapi_accepted_connections_total", "counter", "Connections accepted since start.", into: &out)
            out += "rightsapi_accepted_connections_total \(statistics.acceptedConnections)\n"
            header("rightsapi_rejected_connections_total", "counter", "Connections refused because a limit was reached.", into: &out)
            out += "rightsapi_rejected_connections_total \(statistics.rejectedConnections)\n"
            header("rightsapi_slow_readers_closed_total", "counter", "Connections reset because the client read its responses below the minimum response rate.", into: &out)
            out += "rightsapi_slow_readers_closed_total \(statistics.slowReadersClosed)\n"
        }
        if let data {
            header("rightsapi_data_info", "gauge", "The data being served; version is a hash of the data files.", into: &out)
            out += "rightsapi_data_info{version=\"\(data.version)\"} 1\n"
            header("rightsapi_data_reloads_total", "counter", "Live data reloads, by outcome (a failed reload keeps the old data).", into: &out)
            out += "rightsapi_data_reloads_total{outcome=\"success\"} \(data.successfulReloads)\n"
            out += "rightsapi_data_reloads_total{outcome=\"failure\"} \(data.failedReloads)\n"
            if let last = data.lastReload {
                header("rightsapi_data_last_reload_success", "gauge", "1 when the last reload succeeded, 0 when it failed.", into: &out)
                out += "rightsapi_data_last_reload_success \(last.succeeded ? 1 : 0)\n"
            }
        }
        header("rightsapi_uptime_seconds", "gauge", "Seconds since the handler started.", into: &out)
        out += "rightsapi_uptime_seconds \(format(uptimeSeconds))\n"
        return out
    }

    /// The `# HELP` and `# TYPE` lines that open a metric family.
    private static func header(_ name: String, _ type: String, _ help: String, into out: inout String) {
        out += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
    }

    /// Shortest decimal form Prometheus parses (`0.00025`, `1`, `12.5`).
    static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        let text = String(value)
        return text
    }
}
