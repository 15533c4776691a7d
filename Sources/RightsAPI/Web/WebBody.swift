import HTTPCore

/// One precomputed reader file: identity and (when smaller) gzip bytes, each with a strong ETag
/// and its complete header sets for 200 and 304, built at startup.
struct WebBody: Sendable {
    private struct Variant: Sendable {
        let body: [UInt8]
        let etag: String
        let okHeaders: HTTPHeaders
        let notModifiedHeaders: HTTPHeaders
    }

    private let identity: Variant
    private let gzip: Variant?

    init(_ bytes: [UInt8], contentType: String, cacheControl: String) {
        let compressed = bytes.count >= Gzip.minimumSize ? Gzip.compress(bytes).flatMap { $0.count < bytes.count ? $0 : nil } : nil
        let vary: String? = compressed == nil ? nil : "Accept-Encoding"
        func variant(_ body: [UInt8], encoded: Bool) -> Variant {
            let etag = FNV1a.entityTag(for: body)
            var validators = HTTPHeaders()
            validators.add(name: "ETag", value: etag)
            validators.add(name: "Cache-Control", value: cacheControl)
            if let vary { validators.add(name: "Vary", value: vary) }
            WebHeaders.addSecurity(to: &validators)
            var ok = HTTPHeaders()
            ok.add(name: "Content-Type", value: contentType)
            if encoded { ok.add(name: "Content-Encoding", value: "gzip") }
            for field in validators { ok.add(name: field.name, value: field.value) }
            return Variant(body: body, etag: etag, okHeaders: ok, notModifiedHeaders: validators)
        }
        identity = variant(bytes, encoded: false)
        gzip = compressed.map { variant($0, encoded: true) }
    }

    /// The identity bytes (tests).
    var bytes: [UInt8] { identity.body }

    /// `status` with the variant the request accepts, or 304 when its `If-None-Match` names that
    /// variant (only for a 200: a 404 shell is always sent in full).
    func response(status: HTTPStatus = .ok, request: HTTPRequest) -> HTTPResponse {
        let variant = ContentCodingPreference.acceptsGzip(request.headers["Accept-Encoding"]) ? (gzip ?? identity) : identity
        if status == .ok, EntityTagMatcher.noneMatchFails(header: request.headers["If-None-Match"], current: variant.etag) {
            return HTTPResponse(status: .notModified, headers: variant.notModifiedHeaders)
        }
        return HTTPResponse(status: status, headers: variant.okHeaders, body: variant.body)
    }
}
