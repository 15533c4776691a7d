/// The script a response's texts are written in, chosen with `?script=hans|hant`.
enum Script: Int, Sendable, CaseIterable {
    /// As the source prints it (the resolution in Simplified, the Covenant in Traditional characters).
    case original = 0
    /// `?script=hans`: every text converted to Simplified characters.
    case simplified = 1
    /// `?script=hant`: every text converted to Traditional characters.
    case traditional = 2

    /// Parses the query value: exactly `hans` or `hant` (lowercase, as `openapi.yaml` enumerates).
    init?(queryValue: String) {
        if queryValue == "hans" {
            self = .simplified
        } else if queryValue == "hant" {
            self = .traditional
        } else {
            return nil
        }
    }
}

extension Script {
    /// The BCP 47 tag of a text served in this script, given the tag of the text as the source
    /// prints it: `zh-Hans` when converted to Simplified, `zh-Hant` when converted to Traditional,
    /// `original` unchanged. The one mapping behind both `Content-Language` and the JSON `language`.
    func languageTag(original: String) -> String {
        switch self {
        case .original: original
        case .simplified: "zh-Hans"
        case .traditional: "zh-Hant"
        }
    }

    /// The `Content-Language` of a body holding text of documents whose source languages are
    /// `originals`: each mapped by ``languageTag(original:)``, duplicates dropped, in order,
    /// joined as RFC 9110 §8.5's list (`zh-Hans, zh-Hant` for a body mixing both scripts as printed;
    /// one tag when `?script` converts every text to one script); nil when there is none.
    func contentLanguage(originals: [String]) -> String? {
        var tags: [String] = []
        for original in originals {
            let tag = languageTag(original: original)
            if !tags.contains(tag) { tags.append(tag) }
        }
        return tags.isEmpty ? nil : tags.joined(separator: ", ")
    }
}
