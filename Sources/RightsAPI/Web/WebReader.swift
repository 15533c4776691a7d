import HTTPCore

/// Serves the web reader (`Web/`): the HTML shell for every reader URL, the fingerprinted
/// assets, and the browser side of `GET /`. Built once at startup, read-only afterwards.
///
/// URLs (all GET/HEAD):
/// - `/reader/` home, `/reader/search` search, `/reader/{doc}` contents,
///   `/reader/{doc}/{eId}` a unit, `/reader/{doc}/footnotes/{n}` a footnote: the shell, 200 when
///   the document, unit or footnote exists and 404 (same shell, which shows "not found") when not;
/// - `/reader/assets/{version}/{file}`: an asset, `Cache-Control: immutable` for a year;
///   `version` is a fingerprint of every asset, so any change gives every file a new URL;
/// - `/reader` → 308 `/reader/`; a reader path with a trailing `/` → 308 without it;
/// - `/` with `Accept` preferring `text/html` → 303 `/reader/` (API clients keep the JSON index).
///
/// The shell (`index.html`) names assets through `{{assets}}` (the versioned directory) and
/// `{{modulepreload}}` (a `<link rel="modulepreload">` for every module, so the browser fetches
/// them in parallel instead of discovering imports one level at a time).
struct WebReader: Sendable {
    static let prefix = "/reader"
    static let assetsSegment = "assets"
    static let searchSegment = "search"
    static let footnotesSegment = "footnotes"
    /// The reader paths `openapi.yaml` documents (the others are assets and footnote pages).
    static let documentedTemplates = ["/reader/", "/reader/{doc}", "/reader/{doc}/{eId}"]

    let version: String
    let shell: WebBody
    let assets: [String: WebBody]
    /// Document id → its unit eIds and footnote numbers: what answers 200.
    let known: [String: (eIds: Set<String>, footnotes: Set<Int>)]

    init(assets files: WebAssets, catalog: CorpusCatalog) {
        var fingerprintInput: [UInt8] = []
        for name in files.files.keys.sorted() where name != WebAssets.shellName {
            fingerprintInput += Array(name.utf8) + [0] + (files.files[name] ?? []) + [0]
        }
        let hex = String(FNV1a.hash64(fingerprintInput), radix: 16)
        version = String(repeating: "0", count: 16 - hex.count) + hex
        let base = "\(Self.prefix)/\(Self.assetsSegment)/\(version)"
        var bodies: [String: WebBody] = [:]
        for (name, bytes) in files.files where name != WebAssets.shellName {
            bodies[name] = WebBody(bytes, contentType: WebHeaders.contentType(for: name), cacheControl: WebHeaders.immutableCacheControl)
        }
        assets = bodies
        let preloads = files.files.keys.filter { $0.hasSuffix(".js") }.sorted()
            .map { "<link rel=\"modulepreload\" href=\"\(base)/\($0)\">" }.joined(separator: "\n")
        let template = String(decoding: files.files[WebAssets.shellName] ?? [], as: UTF8.self)
        let html = template.replacingAll("{{modulepreload}}", with: preloads).replacingAll("{{assets}}", with: base)
        shell = WebBody(Array(html.utf8), contentType: WebHeaders.htmlContentType, cacheControl: WebHeaders.shellCacheControl)
        var known: [String: (eIds: Set<String>, footnotes: Set<Int>)] = [:]
        for document in catalog.documents {
            known[document.id] = (Set(document.units.map(\.eId)), Set(document.document.footnotes.map(\.number)))
        }
        self.known = known
    }

    /// The reader's answer, or nil when the request is the API's.
    func respond(to request: HTTPRequest) -> HTTPResponse? {
        let path = request.path
        if path == "/" {
            guard request.method == "GET" || request.method == "HEAD",
                  HTMLPreference.prefersHTML(accept: request.headers["Accept"]) else { return nil }
            return redirect(to: Self.prefix + "/", status: HTTPStatus(code: 303, reason: "See Other"), vary: "Accept")
        }
        guard path == Self.prefix || path.hasPrefix(Self.prefix + "/") else { return nil }
        guard request.method == "GET" || request.method == "HEAD" else {
            var response = Problems.response(Problems.methodNotAllowed(request.method), instance: path)
            response.headers.add(name: "Allow", value: "GET, HEAD")
            return response
        }
        let query = request.query.map { "?" + $0 } ?? ""
        if path == Self.prefix { return redirect(to: Self.prefix + "/" + query, status: Problems.permanentRedirect) }
        if path == Self.prefix + "/" { return shell.response(request: request) }
        if path.hasSuffix("/") { return redirect(to: String(path.dropLast()) + query, status: Problems.permanentRedirect) }
        var segments: [String] = []
        for raw in path.dropFirst(Self.prefix.count + 1).split(separator: "/", omittingEmptySubsequences: false) {
            guard let segment = PercentDecoding.decodePathSegment(raw) else {
                return Problems.response(Problems.badRequest("the path segment '\(raw)' is not valid percent-encoded UTF-8"), instance: path)
            }
            segments.append(segment)
        }
        if segments.first == Self.assetsSegment { return asset(segments.dropFirst(), request: request) }
        return shell.response(status: exists(segments) ? .ok : .notFound, request: request)
    }

    /// `GET /` answers JSON or a redirect depending on `Accept`, so its JSON answers say so too
    /// (`Vary: Accept`, RFC 9110 §12.5.5), for caches in between.
    func addVaryForRoot(request: HTTPRequest, response: inout HTTPResponse) {
        guard request.path == "/", response.status != HTTPStatus(code: 303, reason: "See Other") else { return }
        response.headers.add(name: "Vary", value: "Accept")
    }

    /// Whether a reader path (after `/reader/`) names something that exists.
    func exists(_ segments: [String]) -> Bool {
        switch segments.count {
        case 1: return segments[0] == Self.searchSegment || known[segments[0]] != nil
        case 2: return known[segments[0]]?.eIds.contains(segments[1]) ?? false
        case 3:
            guard segments[1] == Self.footnotesSegment, let number = Int(segments[2]), String(number) == segments[2] else { return false }
            return known[segments[0]]?.footnotes.contains(number) ?? false
        default: return false
        }
    }

    private func asset(_ segments: ArraySlice<String>, request: HTTPRequest) -> HTTPResponse {
        guard let first = segments.first, first == version, segments.count >= 2,
              let body = assets[segments.dropFirst().joined(separator: "/")] else {
            return Problems.response(Problems.notFound("no reader asset at \(request.path); the current assets are under \(Self.prefix)/\(Self.assetsSegment)/\(version)/"), instance: request.path)
        }
        return body.response(request: request)
    }

    private func redirect(to location: String, status: HTTPStatus, vary: String? = nil) -> HTTPResponse {
        var headers: HTTPHeaders = ["Location": location, "Cache-Control": WebHeaders.shellCacheControl]
        if let vary { headers.add(name: "Vary", value: vary) }
        WebHeaders.addSecurity(to: &headers)
        return HTTPResponse(status: status, headers: headers)
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
