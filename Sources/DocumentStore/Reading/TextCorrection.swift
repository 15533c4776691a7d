/// The recorded errata of one unit applied to its text, with the map from offsets in the printed
/// text to offsets in the corrected one.
///
/// Each erratum replaces `printed` at its offset by `intended`. The two strings are aligned
/// character by character (longest common subsequence), so an erratum that only inserts a
/// separator (`第六條第七條` → `第六條、第七條`) moves the characters after it without swallowing
/// them: the alignment splits the erratum into *edits*, each replacing printed `[start, end)` by
/// `inserted` characters. Offsets are Unicode scalars, like every offset of the model.
public struct TextCorrection: Sendable, Equatable {
    /// One contiguous change: printed `[start, end)` becomes `inserted` scalars.
    struct Edit: Sendable, Equatable {
        let start: Int
        let end: Int
        let inserted: Int
    }

    /// Which side of a span a boundary closes, for boundaries that touch an edit.
    public enum Boundary: Sendable {
        /// The first character of a span: text inserted at the boundary is inside the span.
        case start
        /// Just after the last character of a span (or a footnote marker, which follows the
        /// character before it): text inserted at the boundary is outside.
        case end
    }

    /// The unit's text with every applied erratum's `intended` in place of its `printed`.
    public let corrected: String
    /// The errata applied, in offset order, with their offsets in the printed text.
    public let applied: [Erratum]
    /// Errata of the unit that could not be applied (structural, in the label, or overlapping an
    /// earlier one), kept as recorded.
    public let unapplied: [Erratum]
    let edits: [Edit]

    /// Applies `errata` (all of one unit) to `printed`. An erratum applies when its `printed`
    /// stands at its offset in the text and does not overlap an erratum applied before it.
    public init(printed: String, errata: [Erratum]) {
        let scalars = Array(printed.unicodeScalars)
        var output: [Unicode.Scalar] = []
        var applied: [Erratum] = []
        var unapplied: [Erratum] = []
        var edits: [Edit] = []
        var cursor = 0
        for erratum in errata.sorted(by: { $0.offset < $1.offset }) {
            let wrong = Array(erratum.printed.unicodeScalars)
            let end = erratum.offset + wrong.count
            guard erratum.offset >= cursor, end <= scalars.count,
                  scalars[erratum.offset..<end].elementsEqual(wrong),
                  !(wrong.isEmpty && erratum.intended.isEmpty) else {
                unapplied.append(erratum)
                continue
            }
            output.append(contentsOf: scalars[cursor..<erratum.offset])
            let right = Array(erratum.intended.unicodeScalars)
            output.append(contentsOf: right)
            edits += TextCorrection.alignedEdits(wrong, right, at: erratum.offset)
            applied.append(erratum)
            cursor = end
        }
        output.append(contentsOf: scalars[cursor...])
        var view = String.UnicodeScalarView()
        view.append(contentsOf: output)
        corrected = String(view)
        self.applied = applied
        self.unapplied = unapplied
        self.edits = edits
    }

    /// Whether nothing changed.
    public var isIdentity: Bool { edits.isEmpty }

    /// The offset in the corrected text of printed offset `offset`. A boundary strictly inside an
    /// edit widens to the edit (`.start` → its beginning, `.end` → its end); text inserted exactly
    /// at the boundary belongs to a span that starts there and not to one that ends there.
    public func map(_ offset: Int, _ boundary: Boundary) -> Int {
        var shift = 0
        for edit in edits {
            let correctedStart = edit.start + shift
            if edit.start == edit.end {
                if edit.start < offset || (edit.start == offset && boundary == .start) {
                    shift += edit.inserted
                } else {
                    break
                }
            } else if edit.end <= offset {
                shift += edit.inserted - (edit.end - edit.start)
            } else if edit.start < offset {
                return boundary == .start ? correctedStart : correctedStart + edit.inserted
            } else {
                break
            }
        }
        return offset + shift
    }

    /// A printed span `[start, end)` in the corrected text (never inverted).
    public func mapSpan(start: Int, end: Int) -> (start: Int, end: Int) {
        let newStart = map(start, .start)
        return (newStart, max(newStart, map(end, .end)))
    }

    /// Where an applied erratum's `intended` starts in the corrected text.
    public func correctedOffset(of erratum: Erratum) -> Int? {
        guard let index = applied.firstIndex(of: erratum) else { return nil }
        var shift = 0
        for earlier in applied[..<index] {
            shift += earlier.intended.unicodeScalars.count - earlier.printed.unicodeScalars.count
        }
        return erratum.offset + shift
    }

    /// The edits that turn `wrong` into `right`, found by a longest common subsequence (the
    /// strings are a few characters long), with offsets shifted to `base`.
    static func alignedEdits(_ wrong: [Unicode.Scalar], _ right: [Unicode.Scalar], at base: Int) -> [Edit] {
        let m = wrong.count, n = right.count
        // lengths[i][j]: LCS of wrong[i...] and right[j...]
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: m + 1)
        for i in stride(from: m - 1, through: 0, by: -1) {
            for j in stride(from: n - 1, through: 0, by: -1) {
                lengths[i][j] = wrong[i] == right[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        var pendingStart: Int?
        var pendingInserted = 0
        func flush(at end: Int) {
            if let start = pendingStart {
                edits.append(Edit(start: base + start, end: base + end, inserted: pendingInserted))
            }
            pendingStart = nil
            pendingInserted = 0
        }
        while i < m || j < n {
            if i < m, j < n, wrong[i] == right[j], lengths[i][j] == lengths[i + 1][j + 1] + 1 {
                flush(at: i)
                i += 1
                j += 1
            } else if i < m, j == n || lengths[i + 1][j] >= lengths[i][j + 1] {
                if pendingStart == nil { pendingStart = i }
                i += 1
            } else {
                if pendingStart == nil { pendingStart = i }
                pendingInserted += 1
                j += 1
            }
        }
        flush(at: i)
        return edits
    }
}
