/// Ready-to-paste citation strings for a unit or footnote.
public struct UnitCitation: Sendable, Codable, Equatable {
    /// `ICCPR art. 14(3)(g)`, `A/RES/62/148, para. 10`: in the official numbering of the
    /// authentic text.
    public var english: String
    /// `公民與政治權利國際公約第十四條第三項第七款`, `大会第62/148号决议第10段`.
    public var chinese: String
    /// Where the source prints the unit, when its printed numbers differ from the official ones
    /// (`ICCPR art. 8(2)(a)` for the official `ICCPR art. 8(3)(a)`); nil otherwise.
    public var printed: PrintedCitation?

    public init(english: String, chinese: String, printed: PrintedCitation? = nil) {
        self.english = english
        self.chinese = chinese
        self.printed = printed
    }
}

/// A unit's position in the source's own numbering, written like a citation.
public struct PrintedCitation: Sendable, Codable, Equatable {
    public var english: String
    public var chinese: String

    public init(english: String, chinese: String) {
        self.english = english
        self.chinese = chinese
    }
}
