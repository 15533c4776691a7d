/// One searchable text: a unit's own text or a footnote's text, with its folded form.
/// A class so that reading an entry during a search costs one retain, not one per field.
final class SearchEntry: Sendable {
    let document: String
    let eId: String
    let kind: SearchHitKind
    /// The original text, and the UTF-8 offset of each scalar (plus one past the end), so that a
    /// snippet is one slice of the string (no decoding or validation per request).
    let text: String
    let scalarByteOffsets: [Int32]
    let folded: FoldedText
    /// Ranking bonus for the unit's level (see ``SearchIndex``).
    let levelBonus: Double

    init(document: String, eId: String, kind: SearchHitKind, text: String, folding: SearchFolding, levelBonus: Double) {
        self.document = document
        self.eId = eId
        self.kind = kind
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
        folded = folding.fold(text)
        self.levelBonus = levelBonus
    }

    var scalarCount: Int { scalarByteOffsets.count - 1 }

    /// The original text of scalars `start..<end`.
    func text(from start: Int, to end: Int) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(scalarByteOffsets[start]))
        let upper = utf8.index(utf8.startIndex, offsetBy: Int(scalarByteOffsets[end]))
        return text[lower..<upper]
    }
}
