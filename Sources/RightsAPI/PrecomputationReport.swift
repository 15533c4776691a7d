/// What building the handler cost at startup (reported by `rights-api serve` and the tests).
public struct PrecomputationReport: Sendable, CustomStringConvertible {
    /// Wall time to build the catalog, the script tables and every body variant.
    public let milliseconds: Double
    /// Bytes held by the distinct precomputed bodies (all scripts, formats and codings).
    public let storedBytes: Int
    /// Number of resources reachable by an exact path lookup.
    public let exactPaths: Int

    public var description: String {
        let megabytes = Double(storedBytes) / 1_048_576
        return "precomputed \(exactPaths) paths in \(Int(milliseconds.rounded())) ms, \((megabytes * 10).rounded() / 10) MB of bodies"

    }
}
