/// Which representation format a request's `Accept` (RFC 9110 §12.5.1) asks for.
enum MediaTypePreference: Sendable, Equatable {
    case json
    case plainText
    /// `application/akn+xml`: Akoma Ntoso 3.0 XML (documents and units).
    case akomaNtoso
    /// Nothing the resource offers is acceptable (→ 406).
    case none

    /// Chooses between `application/json`, `text/plain` (when `offersPlainText`) and
    /// `application/akn+xml` (when `offersAkomaNtoso`). The most specific matching range sets
    /// each type's quality (`application/json` over `application/*` over `*/*`); ties go to JSON,
    /// then Akoma Ntoso. No header, or an empty one, means JSON.
    static func choose(accept header: String?, offersPlainText: Bool, offersAkomaNtoso: Bool = false) -> MediaTypePreference {
        guard let header, !header.isEmpty else { return .json }
        if header == "*/*" || header == "application/json" { return .json }
        if header == "application/akn+xml" { return offersAkomaNtoso ? .akomaNtoso : .none }
        var json = Weight()
        var text = Weight()
        var akn = Weight()
        HeaderListScanner.forEachElement(in: header) { range, quality in
            guard let slash = range.firstIndex(of: "/") else { return }
            let type = range[..<slash]
            let subtype = range[range.index(after: slash)...]
            if type == "*" && subtype == "*" {
                json.offer(quality, specificity: 0)
                text.offer(quality, specificity: 0)
                akn.offer(quality, specificity: 0)
            } else if type.caseInsensitiveEquals("application") {
                if subtype == "*" {
                    json.offer(quality, specificity: 1)
                    akn.offer(quality, specificity: 1)
                } else if subtype.caseInsensitiveEquals("json") {
                    json.offer(quality, specificity: 2)
                } else if subtype.caseInsensitiveEquals("akn+xml") {
                    akn.offer(quality, specificity: 2)
                }
            } else if type.caseInsensitiveEquals("text") {
                if subtype == "*" {
                    text.offer(quality, specificity: 1)
                } else if subtype.caseInsensitiveEquals("plain") {
                    text.offer(quality, specificity: 2)
                }
            }
        }
        let jsonQuality = json.quality
        let textQuality = offersPlainText ? text.quality : 0
        let aknQuality = offersAkomaNtoso ? akn.quality : 0
        let best = max(jsonQuality, textQuality, aknQuality)
        if best <= 0 { return .none }
        if jsonQuality == best { return .json }
        return aknQuality == best ? .akomaNtoso : .plainText
    }

    /// The quality of the most specific range that matched a type.
    private struct Weight {
        var specificity = -1
        var value = 0.0

        mutating func offer(_ quality: Double, specificity: Int) {
            if specificity > self.specificity {
                self.specificity = specificity
                value = quality
            } else if specificity == self.specificity {
                value = max(value, quality)
            }
        }

        var quality: Double { specificity < 0 ? 0 : value }
    }
}
