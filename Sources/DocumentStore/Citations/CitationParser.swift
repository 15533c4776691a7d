/// Parses a citation string into a ``ParsedCitation``.
///
/// The input is first folded: full-width forms to ASCII, ASCII to lowercase, Traditional to
/// Simplified script, whitespace and the brackets `《》〈〉“”` removed. Accepted forms:
///
/// Covenant (`ICCPR`, `CCPR`, `公民與政治權利國際公約`, `公民权利和政治权利国际公约`, or nothing before `第…條` / `art.`):
/// - `ICCPR art. 14(3)(g)`, `ICCPR art 14`, `CCPR art 7`, `ICCPR article 14`, `ICCPR art. VII`,
///   `ICCPR 14(3)`, `ICCPR 14.3.g`, `ICCPR art. 14.3(g)`, `ICCPR art. 14, para. 3(g)`,
///   `iccpr art. 8(3)(c)(i)`, `ICCPR art. 52(a)`, `ICCPR art. 25, chapeau`: article (digits or a
///   Roman numeral), paragraph, item as a letter a–z (or digits; a letter right after the article
///   is an item of an article without paragraphs), sub-item as a roman numeral i–xx (or digits);
/// - `ICCPR preamble, para. 2`, `ICCPR preamble, paras. 1–3`, `ICCPR PP2`, `公民與政治權利國際公約前文第二段`,
///   `前文第一段至第三段` (authentic paragraphs); `ICCPR preamble, recital 1 as printed`,
///   `ICCPR rec. 1`, `前文印本第一段` (the source's recitals);
/// - `公民與政治權利國際公約第十四條第三項第七款`, `第十四條第三項(七)`, `第十四条第三款`, `第八條第二項(三)(1)`,
///   `第二十五條序文` (chapeau), numbers in Chinese numerals (read positionally or refused, see
///   ``ChineseNumerals``) or digits. Level words: 條/条 = article, 目 = sub-item; for 項/款 two
///   conventions exist. The Taiwanese one of this text (項 = paragraph, 款 = item) applies when
///   the citation names the Covenant by this text's title (公民與政治權利國際公約, in either script),
///   is written in Traditional script, or has 项 before 款; the PRC one of the official
///   Simplified text (款 = paragraph, 项 = item: `第十四条第三款第七项`) when it names the PRC title
///   (公民权利和政治权利国际公约) or is Simplified with 款 first or alone. A parenthesised number is the
///   next level down: `(七)` after a paragraph is the item, `(1)` after an item the sub-item; a
///   level word right after it (`(一)款`) is ignored.
///
/// Resolution (`A/RES/62/148`, `62/148`, `大会第62/148号决议`, `resolution 62/148`):
/// - operative paragraphs `OP10`, `para 10`, `para. 10`, `paragraph 10`, `第10段`, `第十段`, a bare `10`;
/// - preambular paragraphs `PP2`, `preambular para. 3`, `preamble 3`, `序言部分第3段`;
/// - footnotes `footnote 5`, `fn 5`, `fn. 5`, `n. 5`, `note 5`, `脚注5`, `注5`; a footnote with no
///   document named (`fn 5`, `n. 5`) is the resolution's (the Covenant has none).
/// Both documents: `heading, line 3` / `标题第3行`, `formula` / `formula 2` / `套语` / `套语第2句`,
/// `closing, line 1` / `结尾第1行`.
/// Another resolution number (`A/RES/61/177`) is understood but not found.
enum CitationParser {
    static let acceptedForms = "accepted forms: ICCPR art. 14(3)(g), ICCPR art 14, CCPR art 7, ICCPR art. VII, ICCPR 14.3.g, ICCPR art. 14.3(g), ICCPR 14(3), ICCPR art. 8(3)(c)(i), ICCPR art. 52(a), ICCPR art. 25, chapeau, ICCPR preamble, paras. 1–3, 公民與政治權利國際公約第十四條第三項第七款, 第十四條第三項(七), 第十四条第三款 (PRC convention: 款 = paragraph, 项 = item), A/RES/62/148 OP10, A/RES/62/148 para 10, A/RES/62/148 PP2, 62/148 第10段, A/RES/62/148 footnote 5, fn 5, n. 5"

    static let covenantSymbol = "ICCPR"
    static let resolutionSymbol = "A/RES/62/148"

    /// Names of the Covenant (folded), each with the 項/款 convention it implies (nil: none).
    private static let covenantNames: [(name: String, taiwanese: Bool?)] = [
        ("internationalcovenantoncivilandpoliticalrights", nil), ("公民权利和政治权利国际公约", false),
        ("公民与政治权利国际公约", true), ("公民及政治权利国际公约", true), ("iccpr", nil), ("ccpr", nil),
        ("covenant", nil), ("公约", nil),
    ]
    private static let resolutionPrefixes: Set<String> = [
        "", "a/res/", "a/res", "res", "res.", "resolution", "garesolution", "gares", "gares.", "大会第", "大会", "第", "决议", "大会决议",
    ]

    private enum Level: Int, Comparable {
        case article, paragraph, item, subitem
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
        var type: UnitType {
            switch self {
            case .article: .article
            case .paragraph: .paragraph
            case .item: .item
            case .subitem: .subitem
            }
        }
    }

    static func parse(_ input: String) -> Result<ParsedCitation, CitationError> {
        let traditionalScript = input.unicodeScalars.contains { $0 == "條" || $0 == "項" }
        let spaced = fold(input)
        let text = spaced.filter { $0 != " " }
        guard !text.isEmpty else { return .failure(.unparseable(detail: "the citation is empty; " + acceptedForms)) }
        if let resolution = resolutionNumber(in: spaced) {
            return parseResolution(spaced, number: resolution)
        }
        if let footnote = footnote(String(text.filter { $0 != "," && $0 != "." && $0 != ":" }), symbol: resolutionSymbol) {
            return footnote
        }
        return parseCovenant(text, traditionalScript: traditionalScript)
    }

    /// Title brackets and quotes, dropped before parsing.
    private static let ignoredScalars: Set<Unicode.Scalar> = ["《", "》", "〈", "〉", "“", "”", "\"", "'"]

    /// Width-folded, lowercase, Simplified, without title brackets; whitespace runs become one
    /// space; dashes (`–`, `—`, `－`) become `-`.
    static func fold(_ input: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in input.unicodeScalars {
            var value = SearchFolding.widthFolded(scalar.value)
            if SearchFolding.isWhitespace(value) {
                if scalars.last != " " { scalars.append(" ") }
                continue
            }
            if value >= 0x41 && value <= 0x5A { value += 0x20 }
            if value == 0x2013 || value == 0x2014 || value == 0x2012 || value == 0x2212 { value = 0x2D }
            guard let folded = Unicode.Scalar(value), !ignoredScalars.contains(folded) else { continue }
            scalars.append(folded)
        }
        let folded = String(scalars)
        return folded.utf8.allSatisfy { $0 < 0x80 } ? folded : ScriptConverter.simplified(folded)
    }

    // MARK: Shared

    /// `footnote 5`, `fn5`, `n5`, `note 5`, `脚注5`, `注5` (already without `,.:`).
    private static func footnote(_ rest: String, symbol: String) -> Result<ParsedCitation, CitationError>? {
        for keyword in ["footnote", "fn", "note", "n", "脚注第", "脚注", "注"] where rest.hasPrefix(keyword) {
            var body = rest.dropFirst(keyword.count)
            if body.hasSuffix("号") { body = body.dropLast() }
            guard let value = CitationNumbering.number(body), value > 0 else { continue }
            return .success(.footnote(symbol: symbol, number: value))
        }
        return nil
    }

    /// `heading, line 3` / `标题第3行`, `formula` / `formula 2` / `套语第2句`, `closing, line 1` /
    /// `结尾第1行` (already without `,.:`).
    private static func line(_ rest: String, symbol: String) -> ParsedCitation? {
        let forms: [(prefix: String, suffix: String, type: UnitType, optional: Bool)] = [
            ("headingline", "", .preface, false), ("heading", "", .preface, false), ("标题第", "行", .preface, false),
            ("closingline", "", .conclusion, false), ("closing", "", .conclusion, false), ("结尾第", "行", .conclusion, false),
            ("formula", "", .formula, true), ("套语第", "句", .formula, false), ("套语", "", .formula, true),
        ]
        for form in forms where rest.hasPrefix(form.prefix) && rest.hasSuffix(form.suffix) {
            let body = rest.dropFirst(form.prefix.count).dropLast(form.suffix.count)
            if body.isEmpty && form.optional { return .unit(symbol: symbol, steps: [.init(form.type, 1)], chapeau: false) }
            if let value = CitationNumbering.number(body), value > 0 {
                return .unit(symbol: symbol, steps: [.init(form.type, value)], chapeau: false)
            }
        }
        return nil
    }

    /// `3`, `1-3`, `1至3`, `一段至第三`… → a range (already without `段` and `第`).
    private static func numberRange(_ body: Substring) -> ClosedRange<Int>? {
        for separator in ["-", "至", "to"] {
            if let range = body.range(of: separator) {
                guard let low = CitationNumbering.number(body[..<range.lowerBound]),
                      let high = CitationNumbering.number(body[range.upperBound...]), low > 0, low <= high else { return nil }
                return low...high
            }
        }
        guard let value = CitationNumbering.number(body), value > 0 else { return nil }
        return value...value
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
        if let line = line(rest, symbol: resolutionSymbol) { return .success(line) }
        if let footnote = footnote(rest, symbol: resolutionSymbol) { return footnote }

        let operative = { (n: Int) in ParsedCitation.unit(symbol: resolutionSymbol, steps: [.init(.paragraph, n)], chapeau: false) }
        let recital = { (n: Int) in ParsedCitation.preamble(symbol: resolutionSymbol, paragraphs: n...n) }
        let keywords: [(String, (Int) -> ParsedCitation)] = [
            ("operativeparagraph", operative), ("operativepara", operative),
            ("paragraph", operative), ("para", operative), ("op", operative), ("¶", operative),
            ("执行部分第", operative), ("第", operative),
            ("preambularparagraph", recital), ("preambularpara", recital),
            ("preambleparagraph", recital), ("preamblepara", recital),
            ("preamble", recital), ("recital", recital), ("rec", recital), ("pp", recital),
            ("序言部分第", recital), ("序言第", recital), ("序言部分", recital), ("序言", recital),
            ("", operative),
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

    private static func parseCovenant(_ text: String, traditionalScript: Bool) -> Result<ParsedCitation, CitationError> {
        var rest = Substring(text)
        var named = false
        var convention: Bool? = nil
        for (name, taiwanese) in covenantNames where rest.hasPrefix(name) {
            rest = rest.dropFirst(name.count)
            named = true
            convention = taiwanese
            break
        }
        while let first = rest.first, first == "," || first == ":" { rest = rest.dropFirst() }

        let compact = String(rest.filter { $0 != "," && $0 != "." && $0 != ":" })
        if named, let line = line(compact, symbol: covenantSymbol) { return .success(line) }
        if let recital = covenantPreamble(compact) { return recital }
        if rest.hasPrefix("第") {
            let taiwanese = convention ?? (traditionalScript || Self.itemWordPrecedesParagraphWord(rest))
            return parseChineseProvision(rest, taiwanese: taiwanese)
        }
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

    /// Whether 项 comes before 款 (`第十四条第三项第七款`: the Taiwanese order).
    private static func itemWordPrecedesParagraphWord(_ text: Substring) -> Bool {
        guard let xiang = text.firstIndex(of: "项") else { return false }
        guard let kuan = text.firstIndex(of: "款") else { return false }
        return xiang < kuan
    }

    /// `preamble, para. 2`, `preamble, paras. 1–3`, `PP2`, `前文第二段`, `前文第一段至第三段`;
    /// `preamble, recital 1 as printed`, `rec. 1`, `前文印本第一段`.
    private static func covenantPreamble(_ compact: String) -> Result<ParsedCitation, CitationError>? {
        for keyword in ["preamblerecital", "recital", "rec", "前文印本第", "前文印本"] where compact.hasPrefix(keyword) {
            var body = Substring(compact.dropFirst(keyword.count))
            for suffix in ["asprinted", "段"] where body.hasSuffix(suffix) { body = body.dropLast(suffix.count) }
            guard let value = CitationNumbering.number(body), value > 0 else {
                return .failure(.unparseable(detail: "a printed recital needs a number, e.g. ICCPR preamble, recital 1 as printed; " + acceptedForms))
            }
            return .success(.printedRecital(symbol: covenantSymbol, number: value))
        }
        for keyword in ["preambleparagraphs", "preambleparagraph", "preambleparas", "preamblepara", "preamble", "pp", "前文第", "前文", "序言部分第", "序言第", "序言"]
        where compact.hasPrefix(keyword) {
            var body = Substring(compact.dropFirst(keyword.count))
            for word in ["paragraphs", "paragraph", "paras", "para"] where body.hasPrefix(word) {
                body = body.dropFirst(word.count)
                break
            }
            let cleaned = String(body.filter { $0 != "段" && $0 != "第" })
            guard let range = numberRange(Substring(cleaned)) else {
                return .failure(.unparseable(detail: "a preambular paragraph needs a number, e.g. ICCPR preamble, para. 2; " + acceptedForms))
            }
            return .success(.preamble(symbol: covenantSymbol, paragraphs: range))
        }
        return nil
    }

    /// The article number at the start of `text`: digits or a Roman numeral (`vii`).
    private static func articleNumber(_ text: Substring) -> (value: Int, length: Int)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty { return Int(digits).map { ($0, digits.count) } }
        let letters = text.prefix { "ivxlc".contains($0) }
        guard !letters.isEmpty, let value = CitationNumbering.romanNumeralValue(letters) else { return nil }
        return (value, letters.count)
    }

    /// `14(3)(g)`, `14.3.g`, `14.3(g)`, `8(3)(c)(i)`, `52(a)`, `14, para. 3(g)`, `25, chapeau`.
    private static func parseEnglishProvision(_ text: Substring) -> Result<ParsedCitation, CitationError> {
        guard let (article, length) = articleNumber(text), article > 0 else {
            return .failure(.unparseable(detail: "expected an article number after ICCPR; " + acceptedForms))
        }
        var rest = text.dropFirst(length)
        var chapeau = false
        for suffix in [",chapeau", "chapeau"] where rest.hasSuffix(suffix) {
            rest = rest.dropLast(suffix.count)
            chapeau = true
            break
        }
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
        // Any mix of `.x` and `(x)` groups.
        while let first = rest.first {
            if first == "." {
                let body = rest.dropFirst()
                let part = body.prefix { $0 != "." && $0 != "(" }
                guard !part.isEmpty else { break }
                parts.append(part)
                rest = body.dropFirst(part.count)
            } else if first == "(" {
                guard let close = rest.firstIndex(of: ")") else {
                    return .failure(.unparseable(detail: "unbalanced parenthesis in '\(text)'; " + acceptedForms))
                }
                parts.append(rest[rest.index(after: rest.startIndex)..<close])
                rest = rest[rest.index(after: close)...]
            } else {
                break
            }
        }
        guard rest.isEmpty, parts.count <= 3 else {
            return .failure(.unparseable(detail: "'\(text)' is not article(paragraph)(item)(sub-item); " + acceptedForms))
        }
        var steps: [UnitAddress.Step] = [.init(.article, article)]
        var level = Level.article
        for part in parts {
            let value: Int?
            switch level {
            case .article:
                // A letter right after the article: an item of an article without paragraphs (52(a)).
                if let letter = CitationNumbering.letterValue(part) {
                    value = letter
                    level = .item
                } else {
                    value = Int(part)
                    level = .paragraph
                }
            case .paragraph:
                value = CitationNumbering.letterValue(part) ?? Int(part)
                level = .item
            case .item:
                value = CitationNumbering.romanValue(part) ?? Int(part)
                level = .subitem
            case .subitem:
                value = nil
            }
            guard let value, value > 0 else {
                let what = switch level {
                case .article, .paragraph: "a paragraph number"
                case .item: "an item letter a–z"
                case .subitem: "a sub-item roman numeral i–xx"
                }
                return .failure(.unparseable(detail: "'\(part)' is not \(what); " + acceptedForms))
            }
            steps.append(.init(level.type, value))
        }
        return .success(.unit(symbol: covenantSymbol, steps: steps, chapeau: chapeau))
    }

    /// `第十四条第三项(七)`, `第八条第二款第三项第一目`, `第二十五条序文` (already folded to Simplified).
    private static func parseChineseProvision(_ text: Substring, taiwanese: Bool) -> Result<ParsedCitation, CitationError> {
        var values: [Level: Int] = [:]
        var deepest: Level? = nil
        var rest = text
        var chapeau = false
        if rest.hasSuffix(CitationFormatter.chapeauWord) {
            rest = rest.dropLast(CitationFormatter.chapeauWord.count)
            chapeau = true
        }
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
                    return .failure(.unparseable(detail: "expected 第<number>条/项/款/目 in '\(text)' (Chinese numerals are read as printed, 五十三, or digit by digit, 五三); " + acceptedForms))
                }
                let level: Level
                switch word {
                case "条": level = .article
                case "目": level = .subitem
                case "项": level = taiwanese ? .paragraph : .item
                case "款": level = taiwanese ? .item : .paragraph
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
        guard values[.article] != nil else {
            return .failure(.unparseable(detail: "no article (第…条) in '\(text)'; " + acceptedForms))
        }
        let steps = [Level.article, .paragraph, .item, .subitem].compactMap { level in values[level].map { UnitAddress.Step(level.type, $0) } }
        return .success(.unit(symbol: covenantSymbol, steps: steps, chapeau: chapeau))
    }
}
