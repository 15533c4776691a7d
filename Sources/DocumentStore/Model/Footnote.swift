/// A footnote (Akoma Ntoso `authorialNote`) of the resolution.
public struct Footnote: Codable, Sendable, Equatable {
    /// Number as printed (1–8).
    public var number: Int
    /// `authorialNote_<number>`.
    public var eId: String
    /// The footnote's text, normalized like unit text.
    public var text: String
    /// The footnote parsed into structured citation data.
    public var citation: FootnoteCitation
    /// Every place the footnote is referenced, in document order.
    public var anchors: [FootnoteAnchor]

    public init(number: Int, eId: String, text: String, citation: FootnoteCitation, anchors: [FootnoteAnchor]) {
        self.number = number
        self.eId = eId
        self.text = text
        self.citation = citation
        self.anchors = anchors
    }
}

/// One reference to a footnote: the host unit and the marker's offset into its text.
public struct FootnoteAnchor: Codable, Sendable, Equatable {
    public var eId: String
    /// Offset in Unicode scalars into the host unit's `text`.
    public var offset: Int

    public init(eId: String, offset: Int) {
        self.eId = eId
        self.offset = offset
    }
}

/// Structured content of a footnote. Fields that do not apply are nil / empty.
public struct FootnoteCitation: Codable, Sendable, Equatable {
    /// `treatySeries`, `resolution`, `document`, `officialRecords`.
    public var kind: String
    /// True when the footnote says 同上 (ibid.).
    public var ibid: Bool
    /// For 同上: the number of the footnote whose source it repeats (resolved through chains of 同上).
    public var repeatsFootnote: Int?
    /// United Nations, Treaty Series: volume and registration number(s).
    public var treatySeries: TreatySeriesCitation?
    /// A General Assembly resolution, e.g. `57/199`, and whether the cited text is its annex.
    public var resolution: ResolutionCitation?
    /// UN document symbols cited, e.g. `E/CN.4/2005/102/Add.1`.
    public var symbols: [String]
    /// Official Records of the General Assembly.
    public var officialRecords: OfficialRecordsCitation?
    /// English rendering of the citation, e.g. `United Nations, Treaty Series, vol. 1465, No. 24841.`
    public var english: String?

    public init(
        kind: String, ibid: Bool = false, repeatsFootnote: Int? = nil,
        treatySeries: TreatySeriesCitation? = nil, resolution: ResolutionCitation? = nil,
        symbols: [String] = [], officialRecords: OfficialRecordsCitation? = nil, english: String? = nil
    ) {
        self.kind = kind
        self.ibid = ibid
        self.repeatsFootnote = repeatsFootnote
        self.treatySeries = treatySeries
        self.resolution = resolution
        self.symbols = symbols
        self.officialRecords = officialRecords
        self.english = english
    }
}

/// `联合国，《条约汇编》，第 1465 卷，第 24841 号` → volume 1465, numbers [24841].
public struct TreatySeriesCitation: Codable, Sendable, Equatable {
    public var volume: Int
    /// Registration numbers; a range `第 970 至 973 号` lists every number in it.
    public var numbers: [Int]

    public init(volume: Int, numbers: [Int]) {
        self.volume = volume
        self.numbers = numbers
    }
}

/// `第 57/199 号决议，附件` → number 57/199, annex true.
public struct ResolutionCitation: Codable, Sendable, Equatable {
    public var number: String
    public var annex: Bool

    public init(number: String, annex: Bool) {
        self.number = number
        self.annex = annex
    }
}

/// `《大会正式记录，第六十二届会议，补编第 44 号》(A/62/44)`.
public struct OfficialRecordsCitation: Codable, Sendable, Equatable {
    public var body: String
    public var session: Int
    public var supplement: Int
    public var symbol: String?

    public init(body: String, session: Int, supplement: Int, symbol: String?) {
        self.body = body
        self.session = session
        self.supplement = supplement
        self.symbol = symbol
    }
}
