/// One searchable text: a unit's own text or a footnote's text, with its folded form.
struct SearchEntry: Sendable {
    let document: String
    let eId: String
    let kind: SearchHitKind
    /// The original text as UTF-8, and the byte offset of each scalar (plus one past the end),
    /// so that a snippet is one slice of bytes.
    let utf8: [UInt8]
    let scalarByteOffsets: [Int32]
    let folded: FoldedText
    /// Ranking bonus for the unit's level (see ``SearchIndex``).
    let levelBonus: Double

    init(document: String, eId: String, kind: SearchHitKind, text: String, folding: SearchFolding, levelBonus: Double) {
        self.document = document
        self.eId = eId
        self.kind = kind
        utf8 = Array(text.utf8)
        var offsets: [Int32] = []
        offsets.reserveCapacity(utf8.count + 1)
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
    func text(from start: Int, to end: Int) -> String {
        String(decoding: utf8[Int(scalarByteOffsets[start])..<Int(scalarByteOffsets[end])], as: UTF8.self)
    }
}
