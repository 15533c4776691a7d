import DocumentStore
import HTTPCore

/// `GET /v1/search?q=&document=&limit=&offset=`:
/// `{query, total, limit, offset, next, previous, hits: [{document, language, eId, kind, type, num, matchedBy, score,
/// snippet, highlights, snippetHighlights, url, citation}]}`. Highlights are `{start, end}` offsets
/// in Unicode scalars (end exclusive) into the unit's (or footnote's) full text and into the
/// snippet; `next` and `previous` are the URLs of the neighbouring pages (null at either end).
enum SearchEndpoint {
    static let parameters = ["q", "document", "limit", "offset", "pretty", "script"]
    static let maximumQueryLength = 256
    static let maximumLimit = 100
    static let maximumOffset = 100_000

    static func query(from parameters: RequestQuery, catalog: CorpusCatalog) throws(ProblemDetails) -> SearchQuery {
        try parameters.requireOnly(Self.parameters)
        guard let q = parameters["q"] else { throw Problems.badRequest("the query parameter q is required (the text to search for)") }
        guard !q.isBlank else { throw Problems.badRequest("q must contain a character other than white space") }
        guard q.unicodeScalars.contains(where: SearchQueryText.isSearchable) else {
            throw Problems.badRequest("q must contain a letter, a digit or another character that is not punctuation (got only punctuation)")
        }
        guard q.unicodeScalars.count <= maximumQueryLength else {
            throw Problems.badRequest("q is \(q.unicodeScalars.count) characters long; at most \(maximumQueryLength) are allowed")
        }
        let trimmed = q.trimmingSpaces
        var query = SearchQuery(text: trimmed)
        if let document = parameters["document"] {
            guard catalog.document(document) != nil else {
                throw Problems.badRequest("document must be one of \(catalog.documentIDs.joined(separator: ", ")) (got '\(document)')")
            }
            query.document = document
        }
        query.limit = try integer(parameters["limit"], name: "limit", default: 20, range: 1...maximumLimit)
        query.offset = try integer(parameters["offset"], name: "offset", default: 0, range: 0...maximumOffset)
        return query
    }

    static func integer(_ raw: String?, name: String, default value: Int, range: ClosedRange<Int>) throws(ProblemDetails) -> Int {
        guard let raw else { return value }
        guard raw.utf8.count <= 9, raw.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let parsed = Int(raw), range.contains(parsed) else {
            throw Problems.badRequest("\(name) must be an integer from \(range.lowerBound) to \(range.upperBound) (got '\(raw)')")
        }
        return parsed
    }

    /// The source languages of the documents `query` searches (its `document`, else every
    /// document, in catalog order): any page may hold text of each, so they make the response's
    /// `Content-Language` (`zh-Hans, zh-Hant` across both documents as printed), the same on every
    /// page of one query whatever its hits.
    static func languages(searched query: SearchQuery, catalog: CorpusCatalog) -> [String] {
        catalog.documents.filter { query.document == nil || $0.id == query.document }.map(\.document.language)
    }

    static func write(_ results: SearchResults, query: SearchQuery, catalog: CorpusCatalog, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("query"); writer.string(query.text)
        writer.key("total"); writer.int(results.total)
        writer.key("limit"); writer.int(query.limit)
        writer.key("offset"); writer.int(query.offset)
        writer.key("next")
        if query.offset + query.limit < results.total {
            writer.identifier(pageURL(query, offset: query.offset + query.limit, writer: writer))
        } else {
            writer.null()
        }
        writer.key("previous")
        if query.offset > 0 {
            let previous = query.offset >= results.total ? results.total - query.limit : query.offset - query.limit
            writer.identifier(pageURL(query, offset: max(0, previous), writer: writer))
        } else {
            writer.null()
        }
        writer.key("hits")
        writer.beginArray()
        for hit in results.hits {
            writer.beginObject()
            let document = catalog.document(hit.document)
            writer.key("document"); writer.identifier(hit.document)
            writer.key("language")
            if let document { writer.languageTag(document.document.language) } else { writer.null() }
            writer.key("eId"); writer.identifier(hit.eId)
            writer.key("kind"); writer.identifier(hit.kind == .footnote ? "footnote" : "unit")
            writer.key("type"); writer.identifier(hit.unitType?.rawValue ?? "footnote")
            writer.key("num")
            if let num = hit.num { writer.string(num) } else { writer.null() }
            writer.key("matchedBy"); writer.identifier(hit.isContext ? "context" : "text")
            writer.key("score"); writer.double(hit.score)
            writer.key("snippet"); writer.string(hit.snippet)
            writer.key("highlights"); writeSpans(hit.highlights, into: &writer)
            writer.key("snippetHighlights"); writeSpans(hit.snippetHighlights, into: &writer)
            if hit.kind == .footnote {
                let number = Int(hit.eId.split(separator: "_").last ?? "") ?? 0
                writer.key("url"); writer.identifier(APIPaths.footnote(hit.document, number))
                writer.key("citation")
                if let citation = document?.footnoteCitations[number] { CitationJSON.write(citation, into: &writer) } else { writer.null() }
            } else if let entry = document?.entry(eId: hit.eId) {
                writer.key("url"); writer.identifier(entry.url)
                writer.key("citation"); CitationJSON.write(entry.citation, into: &writer)
            } else {
                writer.key("url"); writer.identifier(APIPaths.unit(hit.document, hit.eId))
                writer.key("citation"); writer.null()
            }
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    /// `/v1/search?q=…&document=…&limit=…&offset=…`, keeping `script` and `pretty` when the
    /// response uses them. Only unreserved characters are left unescaped in `q`.
    static func pageURL(_ query: SearchQuery, offset: Int, writer: JSONWriter) -> String {
        var url = APIPaths.search + "?q=" + percentEncoded(query.text)
        if let document = query.document { url += "&document=" + percentEncoded(document) }
        url += "&limit=\(query.limit)&offset=\(max(offset, 0))"
        switch writer.convert?.script {
        case .simplified: url += "&script=hans"
        case .traditional: url += "&script=hant"
        default: break
        }
        if writer.pretty { url += "&pretty=true" }
        return url
    }

    /// RFC 3986 percent-encoding of everything but unreserved characters (`A–Z a–z 0–9 - . _ ~`).
    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.append(Character(Unicode.Scalar(byte)))
            default:
                result.append("%")
                result.append(hex[Int(byte >> 4)])
                result.append(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }

    private static func writeSpans(_ spans: [TextSpan], into writer: inout JSONWriter) {
        writer.beginArray()
        for span in spans {
            writer.beginObject()
            writer.key("start"); writer.int(span.start)
            writer.key("end"); writer.int(span.end)
            writer.endObject()
        }
        writer.endArray()
    }
}

extension String {
    /// Empty, or only white space (Unicode White_Space plus U+001C–U+001F, which JSON Schema's
    /// `\\S` — Python's `str.isspace` — also counts as space). Matches the `pattern: '\\S'` in `openapi.yaml`.
    var isBlank: Bool {
        unicodeScalars.allSatisfy { $0.properties.isWhitespace || (0x1C...0x1F).contains($0.value) }
    }

    /// Without leading and trailing ASCII spaces, tabs and ideographic spaces (U+3000).
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" || first == "\u{3000}" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\u{3000}" { scalars.removeLast() }
        return String(scalars)
    }
}
