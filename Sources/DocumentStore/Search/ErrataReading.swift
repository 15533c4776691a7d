/// The corrected reading of a text: each recorded erratum of the unit whose `printed` text stands
/// at its `offset` is replaced by its `intended` text, so a query for the intended words finds the
/// unit that prints the defective ones (`自決權` finds art. 1(1), which prints `目決權`).
///
/// Errata without a span (`offset` -1, structural defects) or whose printed text is not found at
/// the offset are skipped, as are overlapping ones after the first. Every scalar of the corrected
/// text keeps the offset of a printed scalar: replacement scalars map onto the printed span in
/// order (the last printed scalar takes any surplus), and a pure insertion maps to the scalar it
/// precedes.
enum ErrataReading {
    /// The corrected text and, for each of its scalars, the offset of a printed scalar; nil when
    /// no erratum applies to `text`.
    static func corrected(_ text: String, errata: [Erratum]) -> (text: String, printedOffsets: [Int32])? {
        let scalars = Array(text.unicodeScalars)
        var applicable: [(offset: Int, printed: [Unicode.Scalar], intended: [Unicode.Scalar])] = []
        for erratum in errata.sorted(by: { $0.offset < $1.offset }) where erratum.offset >= 0 {
            let printed = Array(erratum.printed.unicodeScalars)
            let end = erratum.offset + printed.count
            guard end <= scalars.count, Array(scalars[erratum.offset..<end]) == printed else { continue }
            if let last = applicable.last, last.offset + last.printed.count > erratum.offset { continue }
            applicable.append((erratum.offset, printed, Array(erratum.intended.unicodeScalars)))
        }
        guard !applicable.isEmpty else { return nil }
        var result = String.UnicodeScalarView()
        var offsets: [Int32] = []
        var position = 0
        for erratum in applicable {
            while position < erratum.offset {
                result.append(scalars[position])
                offsets.append(Int32(position))
                position += 1
            }
            let lastPrinted = max(erratum.offset + erratum.printed.count - 1, erratum.offset)
            for (index, scalar) in erratum.intended.enumerated() {
                result.append(scalar)
                offsets.append(Int32(min(erratum.offset + index, min(lastPrinted, scalars.count - 1))))
            }
            position = erratum.offset + erratum.printed.count
        }
        while position < scalars.count {
            result.append(scalars[position])
            offsets.append(Int32(position))
            position += 1
        }
        return (String(result), offsets)
    }

    /// `folded` (offsets into the corrected text) with its offsets translated to the printed text.
    static func mapped(_ folded: FoldedText, printedOffsets: [Int32], printedCount: Int) -> FoldedText {
        FoldedText(
            scalars: folded.scalars,
            originalOffsets: folded.originalOffsets.map { printedOffsets[Int($0)] },
            originalCount: printedCount)
    }
}
