import HTTPCore

/// One ready-to-send representation: bytes, strong ETag, and the complete header sets for a 200
/// and for a 304, built once so that serving it allocates nothing. Both header sets are marked
/// shared (HTTP/2 caches their encoded blocks), and a long body of a precomputed
/// resource also lives in a memory file (``BodyFileStore``) for `sendfile`.
struct PreparedBody: Sendable {
    let body: [UInt8]
    let bodyFile: BodyFileRegion?
    let etag: String
    let okHeaders: HTTPHeaders
    let notModifiedHeaders: HTTPHeaders

    /// `contentLanguage`, when given, is sent on the 200 as `Content-Language`. `fileStore`
    /// receives the body when it is long enough (only bodies kept for the data version's life:
    /// a store never frees part of a file).
    init(body: [UInt8], contentType: String, contentLanguage: String? = nil, cacheControl: String, vary: String?, gzip: Bool,
         fileStore: BodyFileStore? = nil) {
        self.body = body
        bodyFile = fileStore?.region(for: body)
        etag = FNV1a.entityTag(for: body)
        var validators = HTTPHeaders()
        validators.add(name: "ETag", value: etag)
        validators.add(name: "Cache-Control", value: cacheControl)
        if let vary { validators.add(name: "Vary", value: vary) }
        ResponseHeaderSet.addCORS(to: &validators)
        validators.markShared()
        notModifiedHeaders = validators
        var ok = HTTPHeaders()
        ok.add(name: "Content-Type", value: contentType)
        if gzip { ok.add(name: "Content-Encoding", value: "gzip") }
        if let contentLanguage { ok.add(name: "Content-Language", value: contentLanguage) }
        for field in validators { ok.add(name: field.name, value: field.value) }
        ok.markShared()
        okHeaders = ok
    }

    /// The response for this body, or 304 (no body; ETag, Cache-Control, Vary, CORS) when
    /// `ifNoneMatch` already names it.
    func response(ifNoneMatch: String?) -> HTTPResponse {
        if EntityTagMatcher.noneMatchFails(header: ifNoneMatch, current: etag) {
            return HTTPResponse(status: .notModified, headers: notModifiedHeaders)
        }
        return HTTPResponse(status: .ok, headers: okHeaders, body: body, bodyFile: bodyFile)
    }
}
