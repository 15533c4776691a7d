/// A link from a span of one unit to other units (or to an external instrument).
///
/// Modelled on SymbolKit's relationships: the source is a span, targets are ids; a target that
/// does not resolve is a validation error, never silently dropped.
public struct CrossReference: Codable, Sendable, Equatable {
    /// Stable id: `<document>-ref-<n>` for references found in a text, `thematic-<n>` for curated links.
    public var id: String
    public var type: ReferenceType
    /// The referring words as printed (`第六條`, `本條`, `(二)款`, `61/177`); for thematic links a short label.
    public var text: String
    /// Where the reference stands; nil for thematic links that relate whole units.
    public var source: ReferenceSource?
    /// Units of the corpus the reference points to (empty for purely external references).
    public var targets: [ReferenceTarget]
    /// Target outside the corpus: a treaty article, a resolution, a document symbol.
    public var external: ExternalTarget?
    /// Why the link holds (thematic links; optional for others).
    public var rationale: String?
    /// Present only when the printed reference names the wrong unit (a recorded `reference` erratum):
    /// the units it names as printed. `targets` then holds the units the official text names.
    public var printedTargets: [ReferenceTarget]?

    public init(
        id: String, type: ReferenceType, text: String, source: ReferenceSource?,
        targets: [ReferenceTarget], external: ExternalTarget? = nil, rationale: String? = nil,
        printedTargets: [ReferenceTarget]? = nil
    ) {
        self.id = id
        self.type = type
        self.text = text
        self.source = source
        self.targets = targets
        self.external = external
        self.rationale = rationale
        self.printedTargets = printedTargets
    }
}

/// The four kinds of link the API distinguishes.
public enum ReferenceType: String, Codable, Sendable, Equatable, CaseIterable {
    /// Names its target by number: `第六條`, `第三十條第四項`, `第二項(一)款`.
    case explicit
    /// Names its target relative to where it stands: `本條`, `本項`, `上項`, `該條`, `同條第一項`, `(二)款`.
    case relative
    /// Points outside the corpus: Convention against Torture articles, other resolutions, UN document symbols.
    case external
    /// A curated link between the two documents, with a rationale.
    case thematic
}

/// A span of a unit's text, or of a footnote's text (`eId` `authorialNote_<n>`): `start` and `end`
/// are offsets in Unicode scalars into that `text` (end exclusive).
public struct ReferenceSource: Codable, Sendable, Equatable {
    public var document: String
    public var eId: String
    public var start: Int
    public var end: Int

    public init(document: String, eId: String, start: Int, end: Int) {
        self.document = document
        self.eId = eId
        self.start = start
        self.end = end
    }
}

/// A unit of the corpus.
public struct ReferenceTarget: Codable, Sendable, Equatable, Hashable {
    public var document: String
    public var eId: String

    public init(document: String, eId: String) {
        self.document = document
        self.eId = eId
    }
}

/// A target outside the corpus.
public struct ExternalTarget: Codable, Sendable, Equatable {
    /// A short stable code: `CAT` (Convention against Torture), `OP-CAT`, `GA resolution`,
    /// `UN document`, `UN Treaty Series`, `Official Records`, `Rome Statute`, `UN Charter`, ...
    /// (the full list is in `Data/NORMALIZATION.md`).
    public var instrument: String
    /// Article number for treaty articles.
    public var article: Int?
    /// Resolution number (`61/177`) or document symbol (`A/62/439/Add.1`).
    public var symbol: String?
    /// The instrument's established English name, when the reference names or identifies one
    /// (`Rome Statute of the International Criminal Court`).
    public var name: String?
    /// For a `UN Treaty Series` citation: volume and registration numbers.
    public var treatySeries: TreatySeriesCitation?

    public init(
        instrument: String, article: Int? = nil, symbol: String? = nil, name: String? = nil,
        treatySeries: TreatySeriesCitation? = nil
    ) {
        self.instrument = instrument
        self.article = article
        self.symbol = symbol
        self.name = name
        self.treatySeries = treatySeries
    }
}
