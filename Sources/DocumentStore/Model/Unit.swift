/// A structural unit of a document: a preface line, a formula, a recital, an article, a
/// paragraph, an item, a sub-item, an operative paragraph, a conclusion line.
///
/// `text` is the unit's own words: no label, no children's text, no footnote markers. The chapeau
/// of a paragraph that has items is the paragraph's text (possibly empty).
public struct Unit: Codable, Sendable, Equatable {
    /// Akoma Ntoso style id, Arabic digits: `art_14__para_3__list_1__point_7`, `rec_2`, `para_10`.
    public var eId: String
    /// The kind of unit.
    public var type: UnitType
    /// The label as printed (`第十四條`, `三、`, `(七)`, `(1)`, `10.`), or nil for unlabelled units.
    public var num: String?
    /// The label as an integer (`14`, `3`, `7`), or nil when the unit has no number.
    public var ordinal: Int?
    /// The unit's own text after normalization (see NORMALIZATION.md).
    public var text: String
    /// Footnote markers removed from `text`, with their positions.
    public var footnoteRefs: [FootnoteRef]
    /// Child units in document order.
    public var children: [Unit]

    public init(
        eId: String, type: UnitType, num: String?, ordinal: Int?, text: String,
        footnoteRefs: [FootnoteRef] = [], children: [Unit] = []
    ) {
        self.eId = eId
        self.type = type
        self.num = num
        self.ordinal = ordinal
        self.text = text
        self.footnoteRefs = footnoteRefs
        self.children = children
    }
}

/// Unit kinds, named after Akoma Ntoso elements where one exists.
public enum UnitType: String, Codable, Sendable, Equatable, CaseIterable {
    /// A line of the title block / preface (date line, committee line, title, authority, entry into force).
    case preface
    /// A formula: `大会，`, `爰議定條款如下:`.
    case formula
    /// A preambular paragraph.
    case recital
    /// An article of the Covenant.
    case article
    /// A numbered paragraph of an article (一、二、…) or an operative paragraph of the resolution (1. 2. …).
    case paragraph
    /// An item: (一)(二)… in the Covenant.
    case item
    /// A sub-item: (1)(2)… in the Covenant.
    case subitem
    /// A closing line: the resolution's date and meeting lines, the Covenant's testimonium (`為此,…以昭信守。`).
    case conclusion
}

/// Where a footnote marker stood in a unit's text.
public struct FootnoteRef: Codable, Sendable, Equatable {
    /// Footnote number as printed.
    public var number: Int
    /// Offset in Unicode scalars (code points) into the host unit's `text`: the marker follows the character before it.
    public var offset: Int

    public init(number: Int, offset: Int) {
        self.number = number
        self.offset = offset
    }
}
