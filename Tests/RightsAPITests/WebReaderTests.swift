import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

/// The web reader's server side: shell status per URL, `GET /` negotiation, assets, headers.
/// Runs against the real `Web/` directory and the sample corpus (art_7, art_14, para_10, footnote 1 …).
@Suite("Web reader routes")
struct WebReaderTests {
    static let assets = Result { try WebAssets.load(directory: TestClient.packageRoot.appendingPathComponent("Web").path) }
    static let handler = Result {
        try RightsAPIHandler(repository: SampleCorpus.repository(), statistics: nil, openAPIYAML: nil, webAssets: assets.get())
    }

    static func get(_ target: String, _ headers: [(String, String)] = [], method: String = "GET") throws -> HTTPResponse {
        var fields = HTTPHeaders([("Host", "localhost")])
        for (name, value) in headers { fields.add(name: name, value: value) }
        return try handler.get().handle(HTTPRequest(method: method, target: target, headers: fields),
                                        context: RequestContext(requestID: "web-1", remoteAddress: "127.0.0.1:1", isSecure: false))
    }

    @Test func existingUnitsDocumentsAndFootnotesGetTheShellWith200() throws {
        for target in ["/reader/", "/reader/iccpr", "/reader/iccpr/art_14", "/reader/iccpr/art_14__para_3__list_1__point_7",
                       "/reader/a-res-62-148/para_10", "/reader/a-res-62-148/footnotes/1", "/reader/search?q=x", "/reader/iccpr/art_7?script=hans"] {
            let response = try Self.get(target)
            #expect(response.status.code == 200, "\(target) → \(response.status.code)")
            #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
            #expect(response.text.contains("<main id=\"main\""))
        }
    }

    @Test func unknownUnitsDocumentsAndFootnotesGetTheShellWith404() throws {
        for target in ["/reader/iccpr/art_99", "/reader/nosuch", "/reader/nosuch/art_1", "/reader/a-res-62-148/footnotes/99",
                       "/reader/a-res-62-148/footnotes/01", "/reader/iccpr/art_7/extra/more", "/reader/a-res-62-148/art_7"] {
            let response = try Self.get(target)
            #expect(response.status.code == 404, "\(target) → \(response.status.code)")
            #expect(response.headers["Content-Type"] == "text/html; charset=utf-8", "\(target) is not the shell")
        }
    }

    @Test func shellAndAssetsCarryTheSecurityHeaders() throws {
        let shell = try Self.get("/reader/iccpr/art_7")
        let policy = try #require(shell.headers["Content-Security-Policy"])
        #expect(policy.contains("default-src 'self'"))
        #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"))
        #expect(shell.headers["X-Content-Type-Options"] == "nosniff")
        #expect(shell.headers["Referrer-Policy"] != nil)
        #expect(shell.headers["Cache-Control"] == "no-cache")
        let script = try Self.get(try Self.assetPath("app.js"))
        #expect(script.headers["X-Content-Type-Options"] == "nosniff")
        #expect(script.headers["Content-Security-Policy"] == policy)
    }

    @Test func theShellHasNoInlineScriptOrEventHandlers() throws {
        let html = try Self.get("/reader/").text
        #expect(!html.contains("{{"), "a placeholder was left in the shell")
        #expect(html.components(separatedBy: "<script").count == 2, "one module script tag only")
        #expect(html.contains("<script type=\"module\" src=\"/reader/assets/"))
        for handler in [" onclick=", " onload=", " onerror=", " onsubmit=", "javascript:"] { #expect(!html.contains(handler)) }
    }

    /// The versioned path of an asset, read from the shell the way a browser would.
    static func assetPath(_ name: String) throws -> String {
        let html = try get("/reader/").text
        let marker = "/reader/assets/"
        let start = try #require(html.range(of: marker))
        let version = html[start.upperBound...].prefix { $0 != "/" }
        return marker + version + "/" + name
    }

    @Test func assetsAreFingerprintedImmutableGzippedAndRevalidate() throws {
        let path = try Self.assetPath("app.js")
        let plain = try Self.get(path)
        #expect(plain.status == .ok)
        #expect(plain.headers["Content-Type"] == "text/javascript; charset=utf-8")
        #expect(plain.headers["Cache-Control"] == "public, max-age=31536000, immutable")
        let onDisk = try Data(contentsOf: TestClient.packageRoot.appendingPathComponent("Web/app.js"))
        #expect(plain.body == Array(onDisk))
        let zipped = try Self.get(path, [("Accept-Encoding", "gzip")])
        #expect(zipped.headers["Content-Encoding"] == "gzip")
        #expect(Inflate.gunzip(zipped.body) == plain.body)
        let etag = try #require(zipped.headers["ETag"])
        #expect(etag.hasPrefix("\"") && !etag.hasPrefix("W/"))
        #expect(try Self.get(path, [("Accept-Encoding", "gzip"), ("If-None-Match", etag)]).status == .notModified)
        let css = try Self.get(try Self.assetPath("reader.css"))
        #expect(css.headers["Content-Type"] == "text/css; charset=utf-8")
        #expect(try Self.get(try Self.assetPath("views/unit.js")).status == .ok)
    }

    @Test func staleOrUnknownAssetPathsAre404() throws {
        #expect(try Self.get("/reader/assets/0000000000000000/app.js").status.code == 404)
        #expect(try Self.get(try Self.assetPath("nosuch.js")).status.code == 404)
        #expect(try Self.get(try Self.assetPath("index.html")).status.code == 404)
        #expect(try Self.get(try Self.assetPath("../Package.swift")).status.code == 404)
    }

    @Test func browsersAreSentFromTheRootToTheReaderAndAPIClientsKeepTheIndex() throws {
        let browser = try Self.get("/", [("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")])
        #expect(browser.status.code == 303)
        #expect(browser.headers["Location"] == "/reader/")
        #expect(browser.headers["Vary"] == "Accept")
        for accept in [nil, "*/*", "application/json", "application/json, text/html;q=0.5", "text/html;q=0, */*"] {
            let api = try Self.get("/", accept.map { [("Accept", $0)] } ?? [])
            #expect(api.status == .ok, "Accept \(accept ?? "none") → \(api.status.code)")
            #expect(api.headers["Content-Type"] == "application/json; charset=utf-8")
            #expect(api.headers.values(for: "Vary").contains("Accept"), "the JSON index must tell caches it depends on Accept")
        }
    }

    @Test func readerRedirectsToItsCanonicalPathsAndRefusesWrites() throws {
        let bare = try Self.get("/reader?script=hant")
        #expect(bare.status.code == 308)
        #expect(bare.headers["Location"] == "/reader/?script=hant")
        let slash = try Self.get("/reader/iccpr/art_7/")
        #expect(slash.status.code == 308)
        #expect(slash.headers["Location"] == "/reader/iccpr/art_7")
        let post = try Self.get("/reader/", method: "POST")
        #expect(post.status.code == 405)
        #expect(try Self.get("/reader/%ZZ").status.code == 400)
        #expect(try Self.get("/reader/iccpr/art_7", method: "HEAD").status == .ok)
    }

    @Test func withoutWebAssetsTheReaderPathsAreNotServed() throws {
        let response = try TestClient.request("/reader/iccpr/art_7")
        #expect(response.status.code == 404)
        #expect(response.headers["Content-Type"] == "application/problem+json; charset=utf-8")
        let root = try TestClient.request("/", headers: [("Accept", "text/html")])
        #expect(root.status.code != 303, "no redirect to a reader that is not there")
    }

    @Test func loadingRejectsADirectoryWithoutShellAndSkipsHiddenFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("x".utf8).write(to: directory.appendingPathComponent("app.js"))
        #expect(throws: WebAssets.LoadError.self) { try WebAssets.load(directory: directory.path) }
        try Data("<html></html>".utf8).write(to: directory.appendingPathComponent("index.html"))
        try Data("secret".utf8).write(to: directory.appendingPathComponent(".env"))
        let loaded = try WebAssets.load(directory: directory.path)
        #expect(Set(loaded.files.keys) == ["index.html", "app.js"])
        #expect(throws: WebAssets.LoadError.self) { try WebAssets.load(directory: directory.appendingPathComponent("missing").path) }
    }

    @Test func htmlPreferenceFollowsQualities() {
        #expect(HTMLPreference.prefersHTML(accept: "text/html"))
        #expect(HTMLPreference.prefersHTML(accept: "text/html;q=0.9, application/json;q=0.8"))
        #expect(!HTMLPreference.prefersHTML(accept: "text/html;q=0.5, application/json"))
        #expect(!HTMLPreference.prefersHTML(accept: "text/*"))
        #expect(!HTMLPreference.prefersHTML(accept: ""))
        #expect(!HTMLPreference.prefersHTML(accept: nil))
    }
}

/// `readingPrevious`/`readingNext` over the real corpus: previous/next as printed, across types
/// and parents (structure read off Data/sources: the resolution has 10 recitals then operative
/// paragraphs 1–32; ICCPR art. 14(3) has items (一)–(七) and art. 14 has paragraphs 一、–七、).
@Suite("Reading order")
struct ReadingOrderTests {
    static func neighbours(_ path: String) throws -> (previous: String?, next: String?) {
        let unit = try CorpusClient.getObject(path)
        let previous = (unit["readingPrevious"] as? [String: Any])?["eId"] as? String
        let next = (unit["readingNext"] as? [String: Any])?["eId"] as? String
        return (previous, next)
    }

    @Test func theLastItemOfAParagraphLeadsToTheNextParagraph() throws {
        let item = try Self.neighbours("/v1/documents/iccpr/provisions/art_14__para_3__list_1__point_7")
        #expect(item.previous == "art_14__para_3__list_1__point_6")
        #expect(item.next == "art_14__para_4")
    }

    @Test func aFirstChildLeadsBackToItsParentAndAnArticleSkipsItsOwnParagraphs() throws {
        let paragraph = try Self.neighbours("/v1/documents/iccpr/provisions/art_14__para_1")
        #expect(paragraph.previous == "art_14")
        #expect(paragraph.next == "art_14__para_2")
        let article = try Self.neighbours("/v1/documents/iccpr/provisions/art_14")
        #expect(article.previous == "art_13")
        #expect(article.next == "art_15")
    }

    @Test func theLastRecitalLeadsToTheFirstOperativeParagraph() throws {
        let recital = try Self.neighbours("/v1/documents/a-res-62-148/provisions/rec_10")
        #expect(recital.next == "para_1")
        let first = try Self.neighbours("/v1/documents/a-res-62-148/provisions/para_1")
        #expect(first.previous == "rec_10")
        #expect(first.next == "para_2")
        let lastItem = try CorpusClient.getObject("/v1/documents/iccpr/provisions/art_14__para_3__list_1__point_7")
        #expect(lastItem["next"] is NSNull, "next stays among siblings; readingNext leaves the parent")
    }
}
