/// Size limits the request parser enforces while bytes arrive, so that a hostile client can never make
/// the server buffer more than about `maxRequestLineBytes + maxHeaderBytes` of request head.
public struct HTTPParserLimits: Sendable, Equatable {
    /// Longest request-line (method, target and version, without CRLF). Longer → 414.
    public var maxRequestLineBytes: Int
    /// Largest header section: the bytes of all field lines including their CRLF (trailer fields of a
    /// chunked body count against the same budget). Larger → 431.
    public var maxHeaderBytes: Int
    /// Most field lines in the header section (trailer fields count too). More → 431.
    public var maxHeaderCount: Int
    /// Largest request body. A larger `Content-Length` is refused before any body byte is read; a chunked
    /// body is refused as soon as a chunk-size line announces a total beyond the limit. Larger → 413.
    public var maxBodyBytes: Int
    /// Longest chunk-size line of a chunked body (size plus chunk extensions, without CRLF). Longer → 400.
    public var maxChunkLineBytes: Int

    public init(
        maxRequestLineBytes: Int = 8 * 1024,
        maxHeaderBytes: Int = 32 * 1024,
        maxHeaderCount: Int = 100,
        maxBodyBytes: Int = 1 << 20,
        maxChunkLineBytes: Int = 4 * 1024
    ) {
        self.maxRequestLineBytes = maxRequestLineBytes
        self.maxHeaderBytes = maxHeaderBytes
        self.maxHeaderCount = maxHeaderCount
        self.maxBodyBytes = maxBodyBytes
        self.maxChunkLineBytes = maxChunkLineBytes
    }
}
