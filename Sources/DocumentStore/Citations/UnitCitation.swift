/// Ready-to-paste citation strings for a unit or footnote.
public struct UnitCitation: Sendable, Codable, Equatable {
    /// `ICCPR art. 14(3)(g)`, `A/RES/62/148, para. 10`.
    public var english: String
    /// `公民與政治權利國際公約第十四條第三項第七款`, `大会第62/148号决议第10段`.
    public var chinese: String

    public init(english: String, chinese: String) {
        self.english = english
        self.chinese = chinese
    }
}
