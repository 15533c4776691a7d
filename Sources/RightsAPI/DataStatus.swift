/// Which data the handler serves and how the last live reload went. Supplied by the process
/// that reloads the data (`rights-api serve`); read only by `/readyz` and `/metrics`.
public struct DataStatus: Sendable, Equatable {
    /// The outcome of one reload.
    public struct Reload: Sendable, Equatable {
        public var succeeded: Bool
        /// When it finished (IMF-fixdate).
        public var at: String
        /// What was loaded, or why the old data was kept.
        public var detail: String

        public init(succeeded: Bool, at: String, detail: String) {
            self.succeeded = succeeded
            self.at = at
            self.detail = detail
        }
    }

    /// Version of the data being served: a hash of the data files.
    public var version: String
    public var successfulReloads: Int
    public var failedReloads: Int
    /// Nil before the first reload.
    public var lastReload: Reload?

    public init(version: String, successfulReloads: Int = 0, failedReloads: Int = 0, lastReload: Reload? = nil) {
        self.version = version
        self.successfulReloads = successfulReloads
        self.failedReloads = failedReloads
        self.lastReload = lastReload
    }
}

/// Reports the current `DataStatus` (thread-safe; called per `/readyz` and `/metrics` request).
public protocol DataStatusSource: Sendable {
    func dataStatus() -> DataStatus
}
