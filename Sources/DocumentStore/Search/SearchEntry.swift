/// One searchable text: a unit's own text or a footnote's text, with its folded readings.
/// A class so that reading an entry during a search costs one retain, not one per field.
final class SearchEntry: Sendable {
    let document: String
    /// Position of `document` among the indexed documents (collection statistics are per document).
    let documentIndex: Int
    let eId: String
    let kind: SearchHitKind
    /// The unit's type and printed label; for a footnote nil and its number.
    let unitType: UnitType?
    let num: String?
    /// Entries of one top-level unit (an article with its paragraphs and items, a recital, an
    /// operative paragraph) share a group; a footnote is a group of its own.
    let group: Int
    /// The original text, and the UTF-8 offset of each scalar (plus one past the end), so that a
    /// snippet is one slice of the string (no decoding or validation per request).
    let text: String
    let scalarByteOffsets: [Int32]
    /// The text as printed first, then the corrected reading when errata apply to it.
    let readings: [SearchReading]

    init(
        document: String, documentIndex: Int, eId: String, kind: SearchHitKind, unitType: UnitType?, num: String?,
        group: Int, text: String, errata: [Erratum], folding: SearchFolding
    ) {
        self.document = document
        self.documentIndex = documentIndex
        self.eId = eId
        self.kind = kind
        self.unitType = unitType
        self.num = num
        self.group = group
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        var offsets: [Int32] = []
        offsets.reserveCapacity(text.unicodeScalars.count + 1)
        var byte: Int32 = 0
        for scalar in text.unicodeScalars {
            offsets.append(byte)
            byte += Int32(UTF8.width(scalar))
        }
        offsets.append(byte)
        scalarByteOffsets = offsets
        var readings = [SearchReading(folded: folding.fold(text))]
        if let corrected = ErrataReading.corrected(text, errata: errata) {
            let folded = ErrataReading.mapped(
                folding.fold(corrected.text), printedOffsets: corrected.printedOffsets, printedCount: offsets.count - 1)
            readings.append(SearchReading(folded: folded))
        }
        self.readings = readings
    }

    /// The printed text, folded.
    var folded: FoldedText { readings[0].folded }

    var scalarCount: Int { scalarByteOffsets.count - 1 }

    /// The original text of scalars `start..<end`.
    func text(from start: Int, to end: Int) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(scalarByteOffsets[start]))
        let upper = utf8.index(utf8.startIndex, offsetBy: Int(scalarByteOffsets[end]))
        return text[lower..<upper]
    }
}
