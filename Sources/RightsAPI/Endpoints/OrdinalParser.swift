import DocumentStore

/// Reads the number in an alias path segment. Accepted forms, for an article: `14`, `１４`,
/// `十四`, `第十四條` (also `第十四条`, `第14條`); for paragraphs `3`, `三`, `第三項`; for items
/// `7`, `七`, `(七)`, `第七款`; for sub-items `1`, `(1)`, `第一目`.
enum OrdinalParser {
    /// The suffixes the `第…` form may end with, per level.
    enum Level {
        case article, paragraph, item, subitem, plain

        var suffixes: [String] {
            switch self {
            case .article: ["條", "条"]
            case .paragraph: ["項", "项", "段"]
            case .item: ["款"]
            case .subitem: ["目"]
            case .plain: ["段"]
            }
        }
    }

    /// The number, or nil when `text` is not a number in any accepted form.
    static func parse(_ text: String, level: Level) -> Int? {
        var body = Substring(text)
        if let first = body.first, let last = body.last, (first == "(" && last == ")") || (first == "（" && last == "）") {
            body = body.dropFirst().dropLast()
        }
        if body.hasPrefix("第") {
            body = body.dropFirst()
            guard let suffix = level.suffixes.first(where: { body.hasSuffix($0) }) else { return nil }
            body = body.dropLast(suffix.count)
        }
        if body.isEmpty { return nil }
        if let arabic = ChineseNumerals.arabicValue(of: body) { return arabic }
        return ChineseNumerals.value(of: body)
    }
}
