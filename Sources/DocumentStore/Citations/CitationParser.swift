/// Parses a citation string into a ``ParsedCitation``.
///
/// The input is first folded: full-width forms to ASCII, ASCII to lowercase, Traditional to
/// Simplified script, whitespace and the brackets `《》〈〉“”` removed. Accepted forms:
///
/// Covenant (`ICCPR`, `公民與政治權利國際公約`, `公民权利和政治权利国际公约`, or nothing before `第…條` / `art.`):
/// - `ICCPR art. 14(3)(g)`, `ICCPR art 14`, `ICCPR article 14`, `ICCPR 14(3)`, `ICCPR 14.3.g`,
///   `ICCPR art. 14, para. 3(g)`, `iccpr art. 8(2)(c)(i)`: article, paragraph, item as a letter a–z (or digits), sub-item as a
///   roman numeral i–xx (or digits);
/// - `ICCPR preamble, para. 2`, `ICCPR PP2`, `公民與政治權利國際公約前文第二段`;
/// - `公民與政治權利國際公約第十四條第三項第七款`, `第十四條第三項(七)`, `第十四条第三款`, `第八條第二項(三)(1)`,
///   numbers in Chinese numerals or digits. Level words: 條/条 = article, 目 = sub-item; for 項/款
///   the convention follows the script of the input. Input written in Traditional script
///   (it contains 條 or 項) uses the Taiwanese convention of this text, 項 = paragraph and
///   款 = item (`第十四條第三項第七款` = art. 14(3)(g)); input in Simplified script uses the PRC
///   convention of the official Simplified text, 款 = paragraph and 项 = item
///   (`第十四条第三款` = art. 14(3), `第十四条第三款第七项` = art. 14(3)(g)). A parenthesised
///   number is the next level down: `(七)` after a paragraph is the item, `(1)` after an item the
///   sub-item; a level word right after it (`(一)款`) is ignored.
///
/// Resolution (`A/RES/62/148`, `62/148`, `大会第62/148号决议`, `resolution 62/148`):
/// - operative paragraphs `OP10`, `para 10`, `para. 10`, `paragraph 10`, `第10段`, `第十段`, a bare `10`;
/// - preambular paragraphs `PP2`, `preambular para. 3`, `preamble 3`, `序言部分第3段`;
/// - footnotes `footnote 5`, `fn 5`, `fn. 5`, `note 5`, `脚注5`, `注5`.
/// Another resolution number (`A/RES/61/177`) is understood but not found.
enum CitationParser {
    static let acceptedForms = "accepted forms: ICCPR art. 14(3)(g), ICCPR art 14, ICCPR 14.3.g, ICCPR 14(3), ICCPR art. 8(2)(c)(i), ICCPR preamble, para. 2, 公民與政治權利國際公約第十四條第三項第七款, 第十四條第三項(七), 第十四条第三款 (Simplified: 款 = paragraph, 项 = item), A/RES/62/148 OP10, A/RES/62/148 para 10, A/RES/62/148 PP2, 62/148 第10段, A/RES/62/148 footnote 5, A/RES/62/148 fn 5"

    private static let covenantNames = [
        "internationalcovenantoncivilandpoliticalrights", "公民权利和政治权利国际公约", "公民与政治权利国际公约",
        "公民及政治权利国际公约", "iccpr", "covenant", "公约",
    ]
    private static let resolutionPrefixes: Set<String> = [
        "", "a/res/", "a/res", "res", "res.", "resolution", "garesolution", "gares", "gares.", "大会第", "大会", "第", "决议", "大会决议",
    ]

    private enum Level: Int, Comparable {
        case article, paragraph, item, subitem
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    static func parse(_ input: String) -> Result<ParsedCitation, CitationError> {
        let traditional = input.unicodeScalars.contains { $0 == "條" || $0 == "項" }
        let spaced = fold(input)
        let text = spaced.filter { $0 != " " }
        guard !text.isEmpty else { return .failure(.unparseable(detail: "the citation is empty; " + acceptedForms)) }
        if let resolution = resolutionNumber(in: spaced) {
            return parseResolution(spaced, number: resolution)
        }
        return parseCovenant(text, traditional: traditional)
    }

    /// Title brackets and quotes, dropped before parsing.
    private static let ignoredScalars: Set<Unicode.Scalar> = ["《", "》", "〈", "〉", "“", "”", "\"", "'"]

    /// Width-folded, lowercase, Simplified, without title brackets; whitespace runs become one space.
    static func fold(_ input: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in input.unicodeScalars {
            var value = SearchFolding.widthFolded(scalar.value)
            if SearchFolding.isWhitespace(value) {
                if scalars.last != " " { scalars.append(" ") }
                continue
            }
            if value >= 0x41 && value <= 0x5A { value += 0x20 }
            guard let folded = Unicode.Scalar(value), !ignoredScalars.contains(folded) else { continue }
            scalars.append(folded)
        }
        let folded = String(scalars)
        return folded.utf8.allSatisfy { $0 < 0x80 } ? folded : ScriptConverter.simplified(folded)
    }

    // MARK: Resolution

    /// The first `<digits>/<digits>` in `text`, with its range.
    private static func resolutionNumber(in text: String) -> (number: String, range: Range<String.Index>)? {
        var index = text.startIndex
        while index < text.endIndex {
            if text[index].isASCII && text[index].isNumber {
                var end = index
                while end < text.endIndex && text[end].isASCII && text[end].isNumber { end = text.index(after: end) }
                if end < text.endIndex && text[end] == "/" {
                    var after = text.index(after: end)
                    let start = after
                    while after < text.endIndex && text[after].isASCII && text[after].isNumber { after = text.index(after: after) }
                    if after > start { return (String(text[index..<after]), index..<after) }
                }
                index = end
            } else {
                index = text.index(after: index)
            }
        }
        return nil
    }

    private static func parseResolution(_ text: String, number: (number: String, range: Range<String.Index>)) -> Result<ParsedCitation, CitationError> {
        let prefix = String(text[..<number.range.lowerBound].filter { $0 != " " })
        guard resolutionPrefixes.contains(prefix) else {
            return .failure(.unparseable(detail: "'\(prefix)' before the resolution number is not understood; " + acceptedForms))
        }
        guard number.number == "62/148" else { return .success(.otherResolution(number.number)) }
        var rest = String(text[number.range.upperBound...].filter { $0 != " " })
        for word in ["号决议", "号", "决议"] where rest.hasPrefix(word) {
            rest.removeFirst(word.count)
            break
        }
        rest = String(rest.filter { $0 != "," && $0 != "." && $0 != ":" && $0 != "、" && $0 != "的" })
        if rest.isEmpty { return .success(.resolutionWhole) }

        let keywords: [(String, (Int) -> ParsedCitation)] = [
            ("operativeparagraph", ParsedCitation.resolutionOperative), ("operativepara", ParsedCitation.resolutionOperative),
            ("paragraph", ParsedCitation.resolutionOperative), ("para", ParsedCitation.resolutionOperative),
            ("op", ParsedCitation.resolutionOperative), ("¶", ParsedCitation.resolutionOperative),
            ("执行部分第", ParsedCitation.resolutionOperative), ("第", ParsedCitation.resolutionOperative),
            ("preambularparagraph", ParsedCitation.resolutionRecital), ("preambularpara", ParsedCitation.resolutionRecital),
            ("preambleparagraph", ParsedCitation.resolutionRecital), ("preamblepara", ParsedCitation.resolutionRecital),
            ("preamble", ParsedCitation.resolutionRecital), ("recital", ParsedCitation.resolutionRecital),
            ("rec", ParsedCitation.resolutionRecital), ("pp", ParsedCitation.resolutionRecital),
            ("序言部分第", ParsedCitation.resolutionRecital), ("序言第", ParsedCitation.resolutionRecital),
            ("序言部分", ParsedCitation.resolutionRecital), ("序言", ParsedCitation.resolutionRecital),
            ("footnote", ParsedCitation.resolutionFootnote), ("fn", ParsedCitation.resolutionFootnote),
            ("note", ParsedCitation.resolutionFootnote), ("脚注第", ParsedCitation.resolutionFootnote),
            ("脚注", ParsedCitation.resolutionFootnote), ("注", ParsedCitation.resolutionFootnote),
            ("", ParsedCitation.resolutionOperative),
        ]
        for (keyword, make) in keywords where rest.hasPrefix(keyword) {
            var body = rest.dropFirst(keyword.count)
            for suffix in ["段", "号", "条"] where body.hasSuffix(suffix) {
                body = body.dropLast(suffix.count)
                break
            }
            if let value = CitationNumbering.number(body), value > 0 { return .success(make(value)) }
        }
        return .failure(.unparseable(detail: "'\(rest)' after 62/148 is not a paragraph, preambular paragraph or footnote; " + acceptedForms))
    }

    // MARK: Covenant

    private static func parseCovenant(_ text: String, traditional: Bool) -> Result<ParsedCitation, CitationError> {
        var rest = Substring(text)
        var named = false
        for name in covenantNames where rest.hasPrefix(name) {
            rest = rest.dropFirst(name.count)
            named = true
            break
        }
        while let first = rest.first, first == "," || first == ":" { rest = rest.dropFirst() }

        if let recital = covenantRecital(rest) { return recital }
        if rest.hasPrefix("第") { return parseChineseProvision(rest, traditional: traditional) }
        var explicitArticle = false
        for word in ["articles", "article", "arts", "art"] where rest.hasPrefix(word) {
            rest = rest.dropFirst(word.count)
            if rest.hasPrefix(".") { rest = rest.dropFirst() }
            explicitArticle = true
            break
        }
        guard named || explicitArticle else {
            return .failure(.unparseable(detail: "'\(text)' names no document of the corpus; " + acceptedForms))
        }
        return parseEnglishProvision(rest)
    }

    private static func covenantRecital(_ rest: Substring) -> Result<ParsedCitation, CitationError>? {
        let compact = String(rest.filter { $0 != "," && $0 != "." })
        for keyword in ["preambleparagraph", "preamblepara", "preamble", "recital", "rec", "pp", "前文第", "前文", "序言部分第", "序言第", "序言"]
        where compact.hasPrefix(keyword) {
            var body = compact.dropFirst(keyword.count)
            for word in ["paragraph", "para"] where body.hasPrefix(word) {
                body = body.dropFirst(word.count)
                break
            }
            if body.hasSuffix("段") { body = body.dropLast() }
            guard let value = CitationNumbering.number(body), value > 0 else {
                return .failure(.unparseable(detail: "a preambular paragraph needs a number, e.g. ICCPR preamble, para. 2; " + acceptedForms))
            }
            return .success(.covenantRecital(value))
        }
        return nil
    }

    /// `14(3)(g)`, `14.3.g`, `8(2)(c)(i)`.
    private static func parseEnglishProvision(_ text: Substring) -> Result<ParsedCitation, CitationError> {
        let articleDigits = text.prefix { $0.isASCII && $0.isNumber }
        guard let article = Int(articleDigits), article > 0 else {
            return .failure(.unparseable(detail: "expected an article number after ICCPR; " + acceptedForms))
        }
        var rest = text.dropFirst(articleDigits.count)
        var parts: [Substring] = []
        // `art. 14, para. 3(g)`, `article 14 paragraph 3`: a spelled-out paragraph level.
        let spelled = rest.drop { $0 == "," }
        for word in ["paragraph", "para.", "para", "§"] where spelled.hasPrefix(word) {
            let body = spelled.dropFirst(word.count)
            let digits = body.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty else {
                return .failure(.unparseable(detail: "expected a paragraph number after '\(word)'; " + acceptedForms))
            }
            parts.append(digits)
            rest = body.dropFirst(digits.count)
            break
        }
        if parts.isEmpty && rest.hasPrefix(".") {
            parts = rest.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
            rest = ""
        } else {
            while rest.hasPrefix("(") {
                guard let close = rest.firstIndex(of: ")") else {
                    return .failure(.unparseable(detail: "unbalanced parenthesis in '\(text)'; " + acceptedForms))
                }
                parts.append(rest[rest.index(after: rest.startIndex)..<close])
                rest = rest[rest.index(after: close)...]
            }
        }
        guard rest.isEmpty, parts.count <= 3 else {
            return .failure(.unparseable(detail: "'\(text)' is not article(paragraph)(item)(sub-item); " + acceptedForms))
        }
        var levels: [Int] = []
        for (index, part) in parts.enumerated() {
            let value: Int?
            switch index {
            case 0: value = Int(part)
            case 1: value = CitationNumbering.letterValue(part) ?? Int(part)
            default: value = CitationNumbering.romanValue(part) ?? Int(part)
            }
            guard let value, value > 0 else {
                let what = ["a paragraph number", "an item letter a–z", "a sub-item roman numeral i–xx"][index]
                return .failure(.unparseable(detail: "'\(part)' is not \(what); " + acceptedForms))
            }
            levels.append(value)
        }
        return .success(.covenantProvision(
            article: article, paragraph: levels.count > 0 ? levels[0] : nil,
            item: levels.count > 1 ? levels[1] : nil, subitem: levels.count > 2 ? levels[2] : nil))
    }

    /// `第十四条第三项(七)`, `第八条第二款第三项第一目` (already folded to Simplified).
    private static func parseChineseProvision(_ text: Substring, traditional: Bool) -> Result<ParsedCitation, CitationError> {
        var values: [Level: Int] = [:]
        var deepest: Level? = nil
        var rest = text
        func set(_ level: Level, _ value: Int) -> Bool {
            if let deepest, level <= deepest { return false }
            if deepest == nil && level != .article { return false }
            values[level] = value
            deepest = level
            return true
        }
        let numeralCharacters = Set("0123456789〇零一二三四五六七八九十百两")
        while !rest.isEmpty {
            if rest.hasPrefix("第") {
                let body = rest.dropFirst()
                let digits = body.prefix { numeralCharacters.contains($0) }
                let after = body.dropFirst(digits.count)
                guard let value = CitationNumbering.number(digits), value > 0, let word = after.first else {
                    return .failure(.unparseable(detail: "expected 第<number>条/项/款/目 in '\(text)'; " + acceptedForms))
                }
                let level: Level
                switch word {
                case "条": level = .article
                case "目": level = .subitem
                case "项": level = traditional ? .paragraph : .item
                case "款": level = traditional ? .item : .paragraph
                default:
                    return .failure(.unparseable(detail: "'\(word)' is not a level word (条, 项, 款, 目) in '\(text)'; " + acceptedForms))
                }
                guard set(level, value) else {
                    return .failure(.unparseable(detail: "levels out of order in '\(text)' (article, paragraph, item, sub-item); " + acceptedForms))
                }
                rest = after.dropFirst()
            } else if rest.hasPrefix("(") {
                guard let close = rest.firstIndex(of: ")") else {
                    return .failure(.unparseable(detail: "unbalanced parenthesis in '\(text)'; " + acceptedForms))
                }
                let inner = rest[rest.index(after: rest.startIndex)..<close]
                guard let value = CitationNumbering.number(inner), value > 0 else {
                    return .failure(.unparseable(detail: "'(\(inner))' is not a numbered item; " + acceptedForms))
                }
                let level: Level = (deepest ?? .article) < .item ? .item : .subitem
                guard set(level, value) else {
                    return .failure(.unparseable(detail: "levels out of order in '\(text)' (article, paragraph, item, sub-item); " + acceptedForms))
                }
                rest = rest[rest.index(after: close)...]
                if let word = rest.first, "项款目".contains(word) { rest = rest.dropFirst() }
            } else {
                return .failure(.unparseable(detail: "'\(rest)' is not understood in '\(text)'; " + acceptedForms))
            }
        }
        guard let article = values[.article] else {
            return .failure(.unparseable(detail: "no article (第…条) in '\(text)'; " + acceptedForms))
        }
        return .success(.covenantProvision(article: article, paragraph: values[.paragraph], item: values[.item], subitem: values[.subitem]))
    }
}
