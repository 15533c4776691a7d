/// A piece of the raw source and where it went in the normalized output.
///
/// The provenance list of a document holds segments in source order; concatenated, their `text`
/// equals the source with whitespace removed. This is what the fidelity test checks against the
/// raw file: nothing dropped, nothing invented.
public struct SourceSegment: Codable, Sendable, Equatable {
    /// 1-based source line the segment comes from.
    public var line: Int
    public var role: SegmentRole
    /// The unit (or `authorialNote_<n>`) the text went to; nil for discarded text.
    public var eId: String?
    /// The source characters, whitespace removed.
    public var text: String

    public init(line: Int, role: SegmentRole, eId: String?, text: String) {
        self.line = line
        self.role = role
        self.eId = eId
        self.text = text
    }
}

/// Where a source segment went.
public enum SegmentRole: String, Codable, Sendable, Equatable {
    /// A unit's `num`.
    case label
    /// Part of a unit's `text`.
    case text
    /// A footnote marker inside a unit (recorded in `footnoteRefs`).
    case footnoteMarker
    /// A footnote's number in a footnote block.
    case footnoteNumber
    /// Part of a footnote's `text`.
    case footnoteText
    /// Kept in `discarded`.
    case discarded
}
