import DocumentStore

/// A unit while its document is being read: raw pieces, not yet cleaned.
final class DraftUnit {
    let eId: String
    let type: UnitType
    var num: String?
    var ordinal: Int?
    var pieces: [TextPiece] = []
    var children: [DraftUnit] = []

    init(eId: String, type: UnitType, num: String? = nil, ordinal: Int? = nil) {
        self.eId = eId
        self.type = type
        self.num = num
        self.ordinal = ordinal
    }

    /// The last text piece read into this unit (after the markers that follow it, if any).
    var lastText: String? {
        for piece in pieces.reversed() { if case .text(let text) = piece { return text } }
        return nil
    }

    /// Whether a footnote marker was read after the last text piece.
    var endsWithMarker: Bool {
        if case .marker = pieces.last { return true }
        return false
    }

    func finished() -> Unit {
        let (text, refs) = TextCleaner.clean(pieces)
        return Unit(
            eId: eId, type: type, num: num, ordinal: ordinal, text: text,
            footnoteRefs: refs, children: children.map { $0.finished() }
        )
    }
}

/// A footnote while its document is being read.
final class DraftFootnote {
    let number: Int
    var pieces: [TextPiece] = []

    init(number: Int) { self.number = number }

    var eId: String { "authorialNote_\(number)" }
}

/// Collects the units of a document and, for every source line read, the provenance segments
/// saying where each non-whitespace character went. Lines must be fed in source order.
final class DocumentDraft {
    private(set) var units: [DraftUnit] = []
    private(set) var footnotes: [DraftFootnote] = []
    private(set) var discarded: [DiscardedText] = []
    private(set) var segments: [SourceSegment] = []

    /// Appends a top-level unit.
    func add(_ unit: DraftUnit) { units.append(unit) }

    /// Records `label` (as printed) as the unit's `num`.
    func label(_ unit: DraftUnit, _ label: Substring, ordinal: Int?, line: Int) {
        let trimmed = String(label).trimmingWhitespace
        unit.num = trimmed
        unit.ordinal = ordinal
        record(line: line, role: .label, eId: unit.eId, raw: trimmed)
    }

    /// Appends raw text (one source line's worth, or part of one) to the unit's text.
    func text(_ unit: DraftUnit, _ raw: Substring, line: Int) {
        guard !TextCleaner.removingWhitespace(raw).isEmpty else { return }
        unit.pieces.append(.text(String(raw)))
        record(line: line, role: .text, eId: unit.eId, raw: raw)
    }

    /// Records a footnote marker standing after the unit's text read so far.
    func marker(_ unit: DraftUnit, number: Int, raw: Substring, line: Int) {
        unit.pieces.append(.marker(number))
        record(line: line, role: .footnoteMarker, eId: unit.eId, raw: raw)
    }

    /// Starts footnote `number` of a footnote block.
    func footnoteNumber(_ number: Int, raw: Substring, line: Int) throws(NormalizationError) -> DraftFootnote {
        guard !footnotes.contains(where: { $0.number == number }) else {
            throw NormalizationError(line: line, message: "footnote \(number) printed twice")
        }
        let footnote = DraftFootnote(number: number)
        footnotes.append(footnote)
        record(line: line, role: .footnoteNumber, eId: footnote.eId, raw: raw)
        return footnote
    }

    /// Appends raw text to a footnote's text.
    func footnoteText(_ footnote: DraftFootnote, _ raw: Substring, line: Int) {
        footnote.pieces.append(.text(String(raw)))
        record(line: line, role: .footnoteText, eId: footnote.eId, raw: raw)
    }

    /// Keeps source text out of every unit, with the reason.
    func discard(_ raw: Substring, reason: String, line: Int) {
        discarded.append(DiscardedText(line: line, text: String(raw).trimmingWhitespace, reason: reason))
        record(line: line, role: .discarded, eId: nil, raw: raw)
    }

    private func record(line: Int, role: SegmentRole, eId: String?, raw: some StringProtocol) {
        let text = TextCleaner.removingWhitespace(raw)
        guard !text.isEmpty else { return }
        segments.append(SourceSegment(line: line, role: role, eId: eId, text: text))
    }
}

/// A source text that does not have the shape the normalizer expects.
public struct NormalizationError: Error, Sendable, CustomStringConvertible {
    /// The source file (relative to the data directory), when known.
    public var file: String?
    /// 1-based source line, when the problem is on one line.
    public var line: Int?
    public var message: String

    public init(file: String? = nil, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        var location = file ?? "source"
        if let line { location += ":\(line)" }
        return "\(location): \(message)"
    }
}

extension StringProtocol {
    /// Without leading and trailing whitespace (Unicode `White_Space`, so U+00A0 and U+3000 too).
    var trimmingWhitespace: String {
        let scalars = Array(unicodeScalars)
        guard let start = scalars.firstIndex(where: { !TextCleaner.isWhitespace($0) }),
              let end = scalars.lastIndex(where: { !TextCleaner.isWhitespace($0) })
        else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start...end])
        return String(view)
    }

    /// Whether the line holds nothing but whitespace.
    var isBlank: Bool { unicodeScalars.allSatisfy(TextCleaner.isWhitespace) }
}
