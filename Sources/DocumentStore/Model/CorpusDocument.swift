/// One normalized document of the corpus, as stored in `Data/<id>.json`.
///
/// Everything the API serves about a document comes from this value. It is produced by the
/// normalizer from the raw source text and loaded (and validated) by `DocumentRepository`.
public struct CorpusDocument: Codable, Sendable, Equatable {
    /// Stable id used in URLs: `iccpr` or `a-res-62-148`.
    public var id: String
    /// Symbol as cited: `ICCPR`, `A/RES/62/148`.
    public var symbol: String
    /// Title as printed in the source (Chinese).
    public var title: String
    /// English title, when the source prints one or it is well established.
    public var titleEnglish: String?
    /// BCP 47 language tag of the text: `zh-Hans` or `zh-Hant`.
    public var language: String
    /// `treaty` or `resolution`.
    public var kind: DocumentKind
    /// Dates read off the source (adoption, signature, entry into force), ISO 8601 plus the printed form.
    public var dates: [DocumentDate]
    /// The raw file this document was normalized from.
    public var source: SourceFileInfo
    /// Top-level units in document order: preface, formulas, recitals, articles / operative paragraphs, conclusions.
    public var units: [Unit]
    /// Footnotes (authorial notes) in number order.
    public var footnotes: [Footnote]
    /// Source defects found by reading the text; the printed text is kept, never fixed.
    public var errata: [Erratum]
    /// Cross-references found in this document's text (explicit, relative, external).
    public var references: [CrossReference]
    /// Source text that is not content (e.g. a contact line), kept so that nothing is dropped silently.
    public var discarded: [DiscardedText]
    /// Every non-whitespace character of the source, in source order, mapped to where it went.
    public var provenance: [SourceSegment]

    public init(
        id: String, symbol: String, title: String, titleEnglish: String?, language: String,
        kind: DocumentKind, dates: [DocumentDate], source: SourceFileInfo, units: [Unit],
        footnotes: [Footnote], errata: [Erratum], references: [CrossReference],
        discarded: [DiscardedText], provenance: [SourceSegment]
    ) {
        self.id = id
        self.symbol = symbol
        self.title = title
        self.titleEnglish = titleEnglish
        self.language = language
        self.kind = kind
        self.dates = dates
        self.source = source
        self.units = units
        self.footnotes = footnotes
        self.errata = errata
        self.references = references
        self.discarded = discarded
        self.provenance = provenance
    }
}

/// What kind of instrument a document is.
public enum DocumentKind: String, Codable, Sendable, Equatable {
    case treaty
    case resolution
}

/// A date read off the source.
///
/// `date` is always the correct date. When the source prints a wrong date (a recorded `date`
/// erratum), `printedDate` holds the ISO form of what is printed and `note` says why they differ;
/// both are absent when the source is right, so a client that reads only `date` never gets a wrong value.
public struct DocumentDate: Codable, Sendable, Equatable {
    /// `adopted`, `openedForSignature`, `entryIntoForce`, `meeting`.
    public var kind: String
    /// ISO 8601 calendar date, `1976-03-23`: the correct date (corrected when the source misprints it).
    public var date: String
    /// The date as printed, after whitespace normalization: `1976年3月26日`.
    public var printed: String
    /// ISO 8601 form of the printed date, present only when it differs from `date` (`1976-03-26`).
    public var printedDate: String?
    /// Why the printed date is wrong, present only with `printedDate`.
    public var note: String?

    public init(kind: String, date: String, printed: String, printedDate: String? = nil, note: String? = nil) {
        self.kind = kind
        self.date = date
        self.printed = printed
        self.printedDate = printedDate
        self.note = note
    }
}

/// The raw source file a document was normalized from.
public struct SourceFileInfo: Codable, Sendable, Equatable {
    /// Path relative to the data directory: `sources/iccpr.zh-Hant.txt`.
    public var path: String
    /// Lowercase hex SHA-256 of the file's bytes.
    public var sha256: String
    /// Size in bytes.
    public var bytes: Int
    /// Number of lines.
    public var lines: Int

    public init(path: String, sha256: String, bytes: Int, lines: Int) {
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
        self.lines = lines
    }
}

/// Source text kept out of every provision.
public struct DiscardedText: Codable, Sendable, Equatable {
    /// 1-based source line.
    public var line: Int
    /// The text as printed (trimmed of surrounding whitespace).
    public var text: String
    /// Why it is not content.
    public var reason: String

    public init(line: Int, text: String, reason: String) {
        self.line = line
        self.text = text
        self.reason = reason
    }
}
