import DocumentStore

/// Reads GA resolution A/RES/62/148 (Simplified Chinese, text extracted from the PDF) into a `CorpusDocument`.
///
/// The layout (see `Data/NORMALIZATION.md`): four preface lines (date, committee report, number and
/// title, the formula 大会，); recitals, each starting on an indented line after a line ending in `，`;
/// operative paragraphs `N.`; footnote markers as bare numbers on their own line; footnote blocks
/// (a long line of spaces, then number line + text line pairs) at page breaks; the closing date and
/// meeting lines after the last operative paragraph (the only one ending in `。`).
enum ResolutionNormalizer {
    static let id = "a-res-62-148"

    static func document(from source: SourceFile) throws(NormalizationError) -> CorpusDocument {
        do throws(NormalizationError) {
            var reader = ResolutionReader(lines: source.lines)
            try reader.read()
            let draft = reader.draft
            let units = draft.units.map { $0.finished() }
            let footnotes = try footnotes(of: draft, units: units)
            guard let title = units.first(where: { $0.eId == "preface__p_3" })?.text else {
                throw NormalizationError(message: "no title line")
            }
            guard let adoption = units.first(where: { $0.eId == "conclusions__p_1" })
                .flatMap({ PrintedDate.firstArabic(in: $0.text) })
            else { throw NormalizationError(message: "no adoption date in the closing lines") }
            return CorpusDocument(
                id: id, symbol: "A/RES/62/148", title: title,
                titleEnglish: "Torture and other cruel, inhuman or degrading treatment or punishment",
                language: "zh-Hans", kind: .resolution,
                dates: [DocumentDate(kind: "adopted", date: adoption.date, printed: adoption.printed)],
                source: source.info, units: units, footnotes: footnotes,
                errata: try ErrataLocator.locate(errata, in: units),
                references: [], discarded: draft.discarded, provenance: draft.segments
            )
        } catch {
            var located = error
            located.file = source.path
            throw located
        }
    }

    /// Footnotes in number order, with every anchor; each must be referenced and printed exactly once.
    private static func footnotes(of draft: DocumentDraft, units: [Unit]) throws(NormalizationError) -> [Footnote] {
        var anchors: [Int: [FootnoteAnchor]] = [:]
        func visit(_ unit: Unit) {
            for ref in unit.footnoteRefs { anchors[ref.number, default: []].append(FootnoteAnchor(eId: unit.eId, offset: ref.offset)) }
            unit.children.forEach(visit)
        }
        units.forEach(visit)

        let printed = draft.footnotes.sorted { $0.number < $1.number }
        guard printed.map(\.number) == Array(1..<(printed.count + 1)) else {
            throw NormalizationError(message: "footnotes are not numbered 1…\(printed.count): \(printed.map(\.number))")
        }
        for number in anchors.keys where !printed.contains(where: { $0.number == number }) {
            throw NormalizationError(message: "marker for footnote \(number), which is not printed")
        }
        var footnotes: [Footnote] = []
        for footnote in printed {
            guard let places = anchors[footnote.number] else {
                throw NormalizationError(message: "footnote \(footnote.number) is never referenced")
            }
            footnotes.append(Footnote(
                number: footnote.number, eId: footnote.eId, text: TextCleaner.clean(footnote.pieces).text,
                citation: FootnoteCitation(kind: "unparsed"), anchors: places
            ))
        }
        return footnotes
    }

    /// Defects of the resolution's text. None was found: see NORMALIZATION.md for what was checked.
    static let errata: [ErratumDeclaration] = []
}

/// The line-by-line reader behind `ResolutionNormalizer`.
private struct ResolutionReader {
    enum Section { case preamble, operative, conclusions }

    let lines: [Substring]
    let draft = DocumentDraft()
    private var index = 0
    private var section = Section.preamble
    private var current: DraftUnit?
    private var recitals = 0
    private var paragraphs = 0
    private var conclusions = 0

    /// A whitespace-only line at least this long is the rule printed above a footnote block.
    static let footnoteRuleMinimumLength = 20

    init(lines: [Substring]) { self.lines = lines }

    mutating func read() throws(NormalizationError) {
        try readPreface()
        while index < lines.count {
            let line = lines[index]
            let lineNumber = index + 1
            if line.isBlank {
                index += 1
                if line.unicodeScalars.count >= Self.footnoteRuleMinimumLength { try readFootnoteBlock() }
                continue
            }
            if let number = Self.bareNumber(line) {
                guard let current else { throw NormalizationError(line: lineNumber, message: "footnote marker before any paragraph") }
                draft.marker(current, number: number, raw: line, line: lineNumber)
                index += 1
                continue
            }
            try readContentLine(line, lineNumber: lineNumber)
            index += 1
        }
        guard paragraphs > 0, conclusions > 0 else {
            throw NormalizationError(message: "expected operative paragraphs and closing lines (read \(paragraphs), \(conclusions))")
        }
    }

    /// The date line, the committee-report line, `62/148. <title>`, and the formula `大会，`.
    private mutating func readPreface() throws(NormalizationError) {
        let (dateLine, dateNumber) = try nextContentLine()
        let date = DraftUnit(eId: "preface__p_1", type: .preface)
        draft.add(date)
        draft.text(date, dateLine, line: dateNumber)

        let (reportLine, reportNumber) = try nextContentLine()
        guard reportLine.trimmingWhitespace.hasPrefix("[") else {
            throw NormalizationError(line: reportNumber, message: "expected the committee-report line [根据…通过]")
        }
        let report = DraftUnit(eId: "preface__p_2", type: .preface)
        draft.add(report)
        draft.text(report, reportLine, line: reportNumber)

        let (titleLine, titleNumber) = try nextContentLine()
        let trimmed = Substring(titleLine.trimmingWhitespace)
        guard let space = trimmed.unicodeScalars.firstIndex(where: TextCleaner.isWhitespace) else {
            throw NormalizationError(line: titleNumber, message: "expected `62/148. <title>`")
        }
        let symbol = trimmed[..<space]
        guard symbol.hasSuffix("."), symbol.dropLast().split(separator: "/").count == 2,
              symbol.dropLast().allSatisfy({ $0 == "/" || $0.isASCII && $0.isNumber })
        else { throw NormalizationError(line: titleNumber, message: "expected the resolution number, found \(symbol)") }
        let title = DraftUnit(eId: "preface__p_3", type: .preface)
        draft.add(title)
        draft.label(title, symbol, ordinal: nil, line: titleNumber)
        draft.text(title, trimmed[space...], line: titleNumber)

        let (formulaLine, formulaNumber) = try nextContentLine()
        guard formulaLine.trimmingWhitespace == "大会，" else {
            throw NormalizationError(line: formulaNumber, message: "expected the formula 大会，")
        }
        let formula = DraftUnit(eId: "formula_1", type: .formula)
        draft.add(formula)
        draft.text(formula, formulaLine, line: formulaNumber)
    }

    private mutating func readContentLine(_ line: Substring, lineNumber: Int) throws(NormalizationError) {
        if section == .conclusions {
            startConclusion(line, lineNumber: lineNumber)
            return
        }
        if let (label, number, rest) = Self.operativeLabel(line), number == paragraphs + 1 {
            section = .operative
            paragraphs += 1
            let paragraph = DraftUnit(eId: "para_\(number)", type: .paragraph)
            draft.add(paragraph)
            draft.label(paragraph, label, ordinal: number, line: lineNumber)
            draft.text(paragraph, rest, line: lineNumber)
            current = paragraph
            return
        }
        if section == .preamble, startsRecital(line) {
            recitals += 1
            let recital = DraftUnit(eId: "rec_\(recitals)", type: .recital)
            draft.add(recital)
            draft.text(recital, line, line: lineNumber)
            current = recital
            return
        }
        if section == .operative, let current, current.lastText?.trimmingWhitespace.hasSuffix("。") == true {
            section = .conclusions
            startConclusion(line, lineNumber: lineNumber)
            return
        }
        guard let current else {
            throw NormalizationError(line: lineNumber, message: "text outside any paragraph: \(line.trimmingWhitespace)")
        }
        draft.text(current, line, line: lineNumber)
    }

    /// A recital starts on an indented line when the text before it ended a recital (a final `，`
    /// not followed by a footnote marker), or right after the formula.
    private func startsRecital(_ line: Substring) -> Bool {
        guard let first = line.unicodeScalars.first, TextCleaner.isWhitespace(first) else { return false }
        guard let current else { return true }
        guard current.type == .recital else { return false }
        return !current.endsWithMarker && current.lastText?.trimmingWhitespace.hasSuffix("，") == true
    }

    private mutating func startConclusion(_ line: Substring, lineNumber: Int) {
        conclusions += 1
        let conclusion = DraftUnit(eId: "conclusions__p_\(conclusions)", type: .conclusion)
        draft.add(conclusion)
        draft.text(conclusion, line, line: lineNumber)
        current = conclusion
    }

    /// After the rule: pairs of a number line and one text line, blank lines between pairs; the block
    /// ends at the first line (after a footnote's text) that is not a bare number.
    private mutating func readFootnoteBlock() throws(NormalizationError) {
        var read = 0
        while true {
            while index < lines.count, lines[index].isBlank { index += 1 }
            guard index < lines.count, let number = Self.bareNumber(lines[index]) else { break }
            let footnote = try draft.footnoteNumber(number, raw: lines[index], line: index + 1)
            index += 1
            guard index < lines.count, !lines[index].isBlank, Self.bareNumber(lines[index]) == nil else {
                throw NormalizationError(line: index + 1, message: "footnote \(number) has no text line")
            }
            guard lines[index].trimmingWhitespace.hasSuffix("。") else {
                throw NormalizationError(line: index + 1, message: "footnote \(number): text line does not end in 。")
            }
            draft.footnoteText(footnote, lines[index], line: index + 1)
            index += 1
            read += 1
        }
        guard read > 0 else { throw NormalizationError(line: index, message: "footnote rule without footnotes") }
    }

    private mutating func nextContentLine() throws(NormalizationError) -> (Substring, Int) {
        while index < lines.count, lines[index].isBlank { index += 1 }
        guard index < lines.count else { throw NormalizationError(message: "unexpected end of the preface") }
        defer { index += 1 }
        return (lines[index], index + 1)
    }

    /// `1` alone on its line (surrounding whitespace allowed).
    static func bareNumber(_ line: Substring) -> Int? {
        let trimmed = line.trimmingWhitespace
        guard !trimmed.isEmpty, trimmed.count <= 3, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(trimmed)
    }

    /// `  10. 强烈敦促…` → (`10.`, 10, ` 强烈敦促…`).
    static func operativeLabel(_ line: Substring) -> (Substring, Int, Substring)? {
        let start = line.unicodeScalars.firstIndex { !TextCleaner.isWhitespace($0) } ?? line.endIndex
        var end = start
        while end < line.endIndex, line[end].isASCII, line[end].isNumber { end = line.index(after: end) }
        guard end > start, end < line.endIndex, line[end] == "." else { return nil }
        let afterDot = line.index(after: end)
        guard afterDot == line.endIndex || TextCleaner.isWhitespace(line.unicodeScalars[afterDot]),
              let number = Int(line[start..<end])
        else { return nil }
        return (line[start..<afterDot], number, line[afterDot...])
    }
}
