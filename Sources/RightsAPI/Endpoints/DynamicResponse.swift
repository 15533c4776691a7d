import HTTPCore

/// A response for a body computed per request (search, resolve, filtered cross-references):
/// strong ETag over the bytes, 304 on a matching `If-None-Match`, gzip when allowed and large.
enum DynamicResponse {
    static func json(_ bytes: [UInt8], request: HTTPRequest, gzipAllowed: Bool,
                     cacheControl: String = ResponseHeaderSet.corpusCacheControl) -> HTTPResponse {
        var body = bytes
        var gzip = false
        if gzipAllowed, bytes.count >= Gzip.minimumSize, let compressed = Gzip.compress(bytes, level: 6), compressed.count < bytes.count {
            body = compressed
            gzip = true
        }
        let prepared = PreparedBody(body: body, contentType: ResponseHeaderSet.jsonContentType, cacheControl: cacheControl,
                                    vary: bytes.count >= Gzip.minimumSize ? "Accept-Encoding" : nil, gzip: gzip)
        return prepared.response(ifNoneMatch: request.headers.combinedValue(for: "If-None-Match"))
    }
}
