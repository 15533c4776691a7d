/// Text after ``SearchFolding``: the folded scalars and, for each, the offset (in Unicode
/// scalars) of the original scalar it came from. Highlights found in the folded text are
/// mapped back through `originalOffsets`, so they are offsets into the original text.
public struct FoldedText: Sendable, Equatable {
    public let scalars: [UInt32]
    public let originalOffsets: [Int32]
    /// Scalar count of the original text.
    public let originalCount: Int

    /// The original span covered by folded scalars `start..<end` (end exclusive, `start < end`).
    public func originalSpan(start: Int, end: Int) -> TextSpan {
        TextSpan(start: Int(originalOffsets[start]), end: Int(originalOffsets[end - 1]) + 1)
    }
}
