import HTTPCore

/// Every precomputed variant of one resource: script (original, hans, hant) × format (compact
/// JSON, pretty JSON, plain text) × content coding (identity, gzip). Variants with identical bytes
/// share storage; a gzip variant exists only when the identity body is at least 1 KiB.
struct PreparedResource: Sendable {
    private let variants: [PreparedBody?]
    let offersPlainText: Bool
    let offersAkomaNtoso: Bool
    /// Whether `Accept` is negotiated (JSON resources); other media types ignore it.
    let negotiatesMediaType: Bool
    /// Bytes held by this resource's distinct bodies.
    let storedBytes: Int

    private static func slot(_ script: Script, _ format: BodyFormat, gzip: Bool) -> Int {
        ((script.rawValue * BodyFormat.allCases.count) + format.rawValue) * 2 + (gzip ? 1 : 0)
    }

    /// Builds the variants by calling `render` for each script and format (nil: format not offered).
    /// `language` is the tag of the source's own text: when given, every variant carries
    /// `Content-Language` as its script serves it (``Script/languageTag(original:)``).
    init(contentType: (BodyFormat) -> String, cacheControl: String, vary: String?, negotiatesMediaType: Bool = true,
         language: String? = nil, render: (Script, BodyFormat) -> [UInt8]?) {
        var variants = [PreparedBody?](repeating: nil, count: Script.allCases.count * BodyFormat.allCases.count * 2)
        var distinct: [(bytes: [UInt8], language: String?, identity: PreparedBody, gzip: PreparedBody?)] = []
        var stored = 0
        for script in Script.allCases {
            for format in BodyFormat.allCases {
                guard let bytes = render(script, format) else { continue }
                let contentLanguage = language.map { script.languageTag(original: $0) }
                if let same = distinct.first(where: { $0.bytes == bytes && $0.language == contentLanguage }) {
                    variants[Self.slot(script, format, gzip: false)] = same.identity
                    variants[Self.slot(script, format, gzip: true)] = same.gzip
                    continue
                }
                let compressed = bytes.count >= Gzip.minimumSize ? Gzip.compress(bytes).flatMap { $0.count < bytes.count ? $0 : nil } : nil
                let varyValue = compressed == nil ? vary : [vary, "Accept-Encoding"].compactMap { $0 }.joined(separator: ", ")
                let identity = PreparedBody(body: bytes, contentType: contentType(format), contentLanguage: contentLanguage, cacheControl: cacheControl, vary: varyValue, gzip: false, fileStore: .shared)
                let gzip = compressed.map {
                    PreparedBody(body: $0, contentType: contentType(format), contentLanguage: contentLanguage, cacheControl: cacheControl, vary: varyValue, gzip: true, fileStore: .shared)
                }
                stored += bytes.count + (compressed?.count ?? 0)
                distinct.append((bytes, contentLanguage, identity, gzip))
                variants[Self.slot(script, format, gzip: false)] = identity
                variants[Self.slot(script, format, gzip: true)] = gzip
            }
        }
        self.variants = variants
        self.offersPlainText = variants[Self.slot(.original, .plainText, gzip: false)] != nil
        self.offersAkomaNtoso = variants[Self.slot(.original, .akomaNtoso, gzip: false)] != nil
        self.negotiatesMediaType = negotiatesMediaType
        self.storedBytes = stored
    }

    /// A JSON resource written by `write` (compact and pretty, each script), optionally with a
    /// plain-text and an Akoma Ntoso rendering. `language`: see ``init(contentType:cacheControl:vary:negotiatesMediaType:language:render:)``.
    static func json(cacheControl: String = ResponseHeaderSet.corpusCacheControl, vary: String? = nil,
                     language: String? = nil, conversions: ScriptConversions,
                     write: (inout JSONWriter) -> Void,
                     plainText: ((TextConversion?) -> String)? = nil,
                     akomaNtoso: ((TextConversion?) -> [UInt8])? = nil) -> PreparedResource {
        PreparedResource(
            contentType: { format in
                switch format {
                case .plainText: ResponseHeaderSet.plainTextContentType
                case .akomaNtoso: ResponseHeaderSet.akomaNtosoContentType
                case .compactJSON, .prettyJSON: ResponseHeaderSet.jsonContentType
                }
            },
            cacheControl: cacheControl, vary: vary, language: language
        ) { script, format in
            let conversion = conversions[script]
            switch format {
            case .compactJSON, .prettyJSON:
                var writer = JSONWriter(pretty: format == .prettyJSON, convert: conversion, capacity: 1024)
                write(&writer)
                if format == .prettyJSON { writer.appendNewline() }
                return writer.bytes
            case .plainText:
                return plainText.map { Array($0(conversion).utf8) }
            case .akomaNtoso:
                return akomaNtoso.map { $0(conversion) }
            }
        }
    }

    /// Fixed bytes served whatever the script or format (e.g. `openapi.yaml`).
    static func fixed(_ bytes: [UInt8], contentType: String, cacheControl: String) -> PreparedResource {
        PreparedResource(contentType: { _ in contentType }, cacheControl: cacheControl, vary: nil, negotiatesMediaType: false) { _, format in
            format == .plainText || format == .akomaNtoso ? nil : bytes
        }
    }

    /// The variant to send; falls back to identity when no gzip variant exists.
    func body(script: Script, format: BodyFormat, gzip: Bool) -> PreparedBody? {
        if gzip, let compressed = variants[Self.slot(script, format, gzip: true)] { return compressed }
        return variants[Self.slot(script, format, gzip: false)]
    }
}
