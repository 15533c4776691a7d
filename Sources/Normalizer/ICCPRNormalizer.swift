import DocumentStore

/// Reads the ICCPR (Traditional Chinese, copied from a law database web page) into a `CorpusDocument`.
///
/// The layout (see `Data/NORMALIZATION.md`): a contact line; a heading `L3:<title>`; the title block
/// (title with the English title in parentheses, `【發布單位】…`, `【生效日期】…`, the signature line);
/// `【前文】` and the preamble, one recital per line, ending with the enacting formula; `【內容】` and the
/// articles `第N條`, one provision per line, labelled `一、` (paragraph), `(一)` (item), `(1)` (sub-item);
/// the testimonium `為此,…` last (a conclusion, `conclusions__p_1`).
enum ICCPRNormalizer {
    static let id = "iccpr"

    static func document(from source: SourceFile) throws(NormalizationError) -> CorpusDocument {
        do throws(NormalizationError) {
            var reader = ICCPRReader(lines: source.lines)
            try reader.read()
            let draft = reader.draft
            let units = draft.units.map { $0.finished() }
            guard let titleUnit = units.first(where: { $0.eId == reader.titleEId }) else {
                throw NormalizationError(message: "no title line")
            }
            let (title, titleEnglish) = splitTitle(titleUnit.text)
            var dates: [DocumentDate] = []
            if let signature = units.first(where: { $0.type == .preface && $0.text.hasPrefix("自") }),
               let opened = PrintedDate.firstChinese(in: signature.text) {
                dates.append(DocumentDate(kind: "openedForSignature", date: opened.date, printed: opened.printed))
            }
            if let entry = units.first(where: { $0.num == "【生效日期】" }), let date = PrintedDate.firstArabic(in: entry.text) {
                dates.append(DocumentDate(kind: "entryIntoForce", date: date.date, printed: date.printed))
            }
            guard dates.count == 2 else { throw NormalizationError(message: "expected the signature and entry-into-force dates") }
            let errata = try ErrataLocator.locate(ICCPRErrata.declarations, in: units)
            return CorpusDocument(
                id: id, symbol: "ICCPR", title: title, titleEnglish: titleEnglish,
                language: "zh-Hant", kind: .treaty, dates: try DateCorrection.corrected(dates, errata: errata), source: source.info,
                units: units, footnotes: [], errata: errata,
                references: [], discarded: draft.discarded, provenance: draft.segments
            )
        } catch {
            var located = error
            located.file = source.path
            throw located
        }
    }

    /// `公民與政治權利國際公約(International Covenant on Civil and Political Rights)` → both titles.
    static func splitTitle(_ text: String) -> (String, String?) {
        guard let open = text.firstIndex(where: { $0 == "(" || $0 == "（" }), text.last == ")" || text.last == "）" else {
            return (text, nil)
        }
        let english = text[text.index(after: open)..<text.index(before: text.endIndex)]
        return (String(text[..<open]), String(english))
    }
}

/// The line-by-line reader behind `ICCPRNormalizer`.
private struct ICCPRReader {
    enum Section { case titleBlock, preamble, body, end }

    let lines: [Substring]
    let draft = DocumentDraft()
    private(set) var titleEId = ""
    private var section = Section.titleBlock
    private var prefaceCount = 0
    private var recitals = 0
    private var formulas = 0
    private var article: DraftUnit?
    private var paragraph: DraftUnit?
    private var item: DraftUnit?
    private var subitem: DraftUnit?

    init(lines: [Substring]) { self.lines = lines }

    mutating func read() throws(NormalizationError) {
        for (offset, line) in lines.enumerated() where !line.isBlank {
            let lineNumber = offset + 1
            let trimmed = Substring(line.trimmingWhitespace)
            if let reason = Self.sectionHeadings[trimmed] {
                draft.discard(line, reason: reason, line: lineNumber)
                section = trimmed == "【前文】" ? .preamble : .body
                continue
            }
            switch section {
            case .titleBlock: try readTitleBlockLine(line, lineNumber: lineNumber)
            case .preamble: readPreambleLine(line, lineNumber: lineNumber)
            case .body: try readBodyLine(line, lineNumber: lineNumber)
            case .end: throw NormalizationError(line: lineNumber, message: "text after the testimonium")
            }
        }
        guard article?.ordinal != nil, recitals > 0 else { throw NormalizationError(message: "no preamble or no articles") }
    }

    /// Section headings of the database page: markup announcing what follows, not text of the Covenant.
    static let sectionHeadings: [Substring: String] = [
        "【前文】": "section heading of the source web page (\"preamble\"); the preamble it announces is the recitals rec_1, rec_2 and formula_1",
        "【內容】": "section heading of the source web page (\"content\"); the body it announces is the articles art_1 to art_53",
    ]

    // MARK: Title block

    private mutating func readTitleBlockLine(_ line: Substring, lineNumber: Int) throws(NormalizationError) {
        let trimmed = Substring(line.trimmingWhitespace)
        if trimmed.hasPrefix("Call us") || trimmed.contains("FAX") {
            draft.discard(line, reason: "contact line (telephone and fax numbers) of the web page the text was copied from; not part of the Covenant", line: lineNumber)
            return
        }
        var rest = trimmed
        if let heading = Self.headingMarker(trimmed) {
            draft.discard(heading, reason: "heading-level marker of the source web page (L3 = level-3 heading): markup, not text; the heading text after it is kept as a preface line", line: lineNumber)
            rest = trimmed[heading.endIndex...]
        }
        // Split at each `【label】`: text before a label is a unit of its own; a label and the text after it are one unit.
        while !rest.isEmpty {
            if rest.hasPrefix("【"), let close = rest.firstIndex(of: "】") {
                let label = rest[...close]
                let afterLabel = rest[rest.index(after: close)...]
                let nextLabel = afterLabel.firstIndex(of: "【") ?? afterLabel.endIndex
                let unit = newPrefaceUnit()
                draft.label(unit, label, ordinal: nil, line: lineNumber)
                draft.text(unit, afterLabel[..<nextLabel], line: lineNumber)
                rest = afterLabel[nextLabel...]
            } else {
                let nextLabel = rest.firstIndex(of: "【") ?? rest.endIndex
                let unit = newPrefaceUnit()
                draft.text(unit, rest[..<nextLabel], line: lineNumber)
                if titleEId.isEmpty, rest[..<nextLabel].contains("(") { titleEId = unit.eId }
                rest = rest[nextLabel...]
            }
        }
    }

    /// `L3:` at the start of a line.
    private static func headingMarker(_ text: Substring) -> Substring? {
        guard text.first == "L", let colon = text.firstIndex(of: ":") else { return nil }
        let digits = text[text.index(after: text.startIndex)..<colon]
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return text[...colon]
    }

    private mutating func newPrefaceUnit() -> DraftUnit {
        prefaceCount += 1
        let unit = DraftUnit(eId: "preface__p_\(prefaceCount)", type: .preface)
        draft.add(unit)
        return unit
    }

    // MARK: Preamble

    private mutating func readPreambleLine(_ line: Substring, lineNumber: Int) {
        if line.trimmingWhitespace.hasPrefix("爰議定條款如下") {
            formulas += 1
            let formula = DraftUnit(eId: "formula_\(formulas)", type: .formula)
            draft.add(formula)
            draft.text(formula, line, line: lineNumber)
            return
        }
        recitals += 1
        let recital = DraftUnit(eId: "rec_\(recitals)", type: .recital)
        draft.add(recital)
        draft.text(recital, line, line: lineNumber)
    }

    // MARK: Articles

    private mutating func readBodyLine(_ line: Substring, lineNumber: Int) throws(NormalizationError) {
        let trimmed = Substring(line.trimmingWhitespace)
        if let ordinal = Self.articleNumber(trimmed) {
            let expected = (article?.ordinal ?? 0) + 1
            guard ordinal == expected else {
                throw NormalizationError(line: lineNumber, message: "article \(ordinal) where \(expected) was expected")
            }
            let unit = DraftUnit(eId: "art_\(ordinal)", type: .article)
            draft.add(unit)
            draft.label(unit, trimmed, ordinal: ordinal, line: lineNumber)
            article = unit
            paragraph = nil; item = nil; subitem = nil
            return
        }
        guard let article else { throw NormalizationError(line: lineNumber, message: "text before the first article") }

        if let (label, ordinal, rest) = Self.paragraphLabel(trimmed) {
            let unit = try child(of: article, type: .paragraph, eIdPart: "para", ordinal: ordinal, lineNumber: lineNumber)
            draft.label(unit, label, ordinal: ordinal, line: lineNumber)
            paragraph = unit; item = nil; subitem = nil
            // `二、(一)…`: the paragraph has no words of its own; the item starts on the same line.
            if let (itemLabel, itemOrdinal, itemRest) = Self.itemLabel(rest) {
                try startItem(itemLabel, ordinal: itemOrdinal, rest: itemRest, lineNumber: lineNumber)
            } else {
                draft.text(unit, rest, line: lineNumber)
            }
            return
        }
        if let (label, ordinal, rest) = Self.itemLabel(trimmed) {
            try startItem(label, ordinal: ordinal, rest: rest, lineNumber: lineNumber)
            return
        }
        if let (label, ordinal, rest) = Self.subitemLabel(trimmed) {
            guard let item else { throw NormalizationError(line: lineNumber, message: "sub-item \(label) outside an item") }
            let unit = try child(of: item, type: .subitem, eIdPart: "list_1__point", ordinal: ordinal, lineNumber: lineNumber)
            draft.label(unit, label, ordinal: ordinal, line: lineNumber)
            draft.text(unit, rest, line: lineNumber)
            subitem = unit
            return
        }
        // Unlabelled text.
        if trimmed.hasPrefix("為此") {
            // The testimonium ("In faith whereof…") closes the Covenant; it is no part of article 53.
            // Like the resolution's closing lines it is a conclusion (Akoma Ntoso puts the testimonium
            // in <conclusions>), not a formula of the preamble.
            let testimonium = DraftUnit(eId: "conclusions__p_1", type: .conclusion)
            draft.add(testimonium)
            draft.text(testimonium, line, line: lineNumber)
            section = .end
            return
        }
        // An article without numbered paragraphs holds its text; text before the first paragraph is the
        // article's chapeau; any later unlabelled line continues the innermost open unit.
        let host = subitem ?? item ?? paragraph ?? article
        draft.text(host, line, line: lineNumber)
    }

    private mutating func startItem(_ label: Substring, ordinal: Int, rest: Substring, lineNumber: Int) throws(NormalizationError) {
        guard let paragraph else { throw NormalizationError(line: lineNumber, message: "item \(label) outside a paragraph") }
        let unit = try child(of: paragraph, type: .item, eIdPart: "list_1__point", ordinal: ordinal, lineNumber: lineNumber)
        draft.label(unit, label, ordinal: ordinal, line: lineNumber)
        draft.text(unit, rest, line: lineNumber)
        item = unit
        subitem = nil
    }

    /// A new child numbered `ordinal`, which must follow its previous sibling.
    private func child(
        of parent: DraftUnit, type: UnitType, eIdPart: String, ordinal: Int, lineNumber: Int
    ) throws(NormalizationError) -> DraftUnit {
        let expected = (parent.children.last?.ordinal ?? 0) + 1
        guard ordinal == expected else {
            throw NormalizationError(line: lineNumber, message: "\(type.rawValue) \(ordinal) in \(parent.eId) where \(expected) was expected")
        }
        let unit = DraftUnit(eId: "\(parent.eId)__\(eIdPart)_\(ordinal)", type: type)
        parent.children.append(unit)
        return unit
    }

    // MARK: Labels

    private static let numerals = Set("一二三四五六七八九十百")

    /// `第十四條` → 14.
    static func articleNumber(_ text: Substring) -> Int? {
        guard text.hasPrefix("第"), text.hasSuffix("條"), text.count > 2 else { return nil }
        return ChineseNumerals.value(of: text.dropFirst().dropLast())
    }

    /// `三、審判被控…` → (`三、`, 3, `審判被控…`).
    static func paragraphLabel(_ text: Substring) -> (Substring, Int, Substring)? {
        guard let comma = text.firstIndex(of: "、"), comma > text.startIndex,
              text[..<comma].allSatisfy(numerals.contains), let ordinal = ChineseNumerals.value(of: text[..<comma])
        else { return nil }
        let afterLabel = text.index(after: comma)
        return (text[..<afterLabel], ordinal, text[afterLabel...])
    }

    /// `(七)不得強迫…` → (`(七)`, 7, `不得強迫…`); `(二)款所稱…` is a reference, not a label.
    static func itemLabel(_ text: Substring) -> (Substring, Int, Substring)? {
        parenthesized(text) { ChineseNumerals.value(of: $0) }
    }

    /// `(1)經法院…` → (`(1)`, 1, `經法院…`).
    static func subitemLabel(_ text: Substring) -> (Substring, Int, Substring)? {
        parenthesized(text) { ChineseNumerals.arabicValue(of: $0) }
    }

    private static func parenthesized(_ text: Substring, value: (Substring) -> Int?) -> (Substring, Int, Substring)? {
        guard let first = text.first, first == "(" || first == "（",
              let close = text.firstIndex(where: { $0 == ")" || $0 == "）" })
        else { return nil }
        let inner = text[text.index(after: text.startIndex)..<close]
        guard let ordinal = value(inner) else { return nil }
        let afterLabel = text.index(after: close)
        let rest = text[afterLabel...]
        if rest.hasPrefix("款") || rest.hasPrefix("項") { return nil }
        return (text[..<afterLabel], ordinal, rest)
    }
}
