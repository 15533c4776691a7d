/// What loading the data directory took and what it holds. Durations are wall-clock milliseconds.
public struct LoadStatistics: Sendable, Codable, Equatable {
    /// Reading the JSON files and the source files (0 when built from values).
    public var readMilliseconds: Double
    /// Decoding the JSON (0 when built from values).
    public var decodeMilliseconds: Double
    /// Validating the documents and links (including the sources' SHA-256 when loading a directory).
    public var validateMilliseconds: Double
    /// Building the unit, reference and search indexes.
    public var indexMilliseconds: Double
    /// All of the above.
    public var totalMilliseconds: Double
    public var documentCount: Int
    public var unitCount: Int
    public var footnoteCount: Int
    /// References found in the texts plus thematic links.
    public var referenceCount: Int
    /// Texts in the search index (units with text, footnotes).
    public var searchEntryCount: Int

    public init(
        readMilliseconds: Double, decodeMilliseconds: Double, validateMilliseconds: Double,
        indexMilliseconds: Double, totalMilliseconds: Double, documentCount: Int, unitCount: Int,
        footnoteCount: Int, referenceCount: Int, searchEntryCount: Int
    ) {
        self.readMilliseconds = readMilliseconds
        self.decodeMilliseconds = decodeMilliseconds
        self.validateMilliseconds = validateMilliseconds
        self.indexMilliseconds = indexMilliseconds
        self.totalMilliseconds = totalMilliseconds
        self.documentCount = documentCount
        self.unitCount = unitCount
        self.footnoteCount = footnoteCount
        self.referenceCount = referenceCount
        self.searchEntryCount = searchEntryCount
    }
}
