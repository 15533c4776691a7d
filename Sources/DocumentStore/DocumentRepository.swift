// OWNER: the "store" helper. This file fixes the public surface other modules compile against;
// the implementation behind it (validation, indexes, search, resolver) lives in this module.

/// A unit together with its place in the document tree.
public struct UnitRecord: Sendable {
    public let document: String
    public let unit: Unit
    /// eIds of the ancestors, outermost first (empty for a top-level unit).
    public let ancestors: [String]
    /// eId of the enclosing unit (nil for a top-level unit).
    public let parent: String?
    /// The sibling before this one in reading order, of any type, under the same parent (`art_13` for
    /// `art_14`, the enacting formula for `art_1`, the last recital for the first operative paragraph);
    /// nil for the first child of its parent (or the first top-level unit).
    public let previous: String?
    /// The sibling after this one in reading order, of any type, under the same parent.
    public let next: String?

    public init(document: String, unit: Unit, ancestors: [String], parent: String?, previous: String?, next: String?) {
        self.document = document
        self.unit = unit
        self.ancestors = ancestors
        self.parent = parent
        self.previous = previous
        self.next = next
    }
}

/// Why the data directory could not be loaded. The message names the file and the JSON path.
public struct RepositoryError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let jsonPath: String
    public let message: String

    public init(file: String, jsonPath: String, message: String) {
        self.file = file
        self.jsonPath = jsonPath
        self.message = message
    }

    public var description: String { "\(file): \(jsonPath): \(message)" }
}

/// The corpus in memory: validated documents and the indexes built from them once at startup.
///
/// Immutable after `init`: every lookup, search and citation resolution reads `let` properties,
/// so one instance is shared by all threads without locks.
public final class DocumentRepository: Sendable {
    /// Every document, ordered by id.
    public let documents: [CorpusDocument]
    /// Every reference found in the texts of the documents, then the thematic links.
    public var crossReferences: [CrossReference] { references.all }
    /// What loading took (ms) and what was loaded.
    public let loadStatistics: LoadStatistics
    /// Unit numbers ↔ eIds, the one table behind citations and alias paths.
    public let aliases: UnitAliasTable

    private let documentsByID: [String: CorpusDocument]
    private let unitIndex: UnitIndex
    private let references: ReferenceIndex
    private let searchIndex: SearchIndex
    private let formatter: CitationFormatter
    private let resolver: CitationResolver

    /// Reads `<dataDirectory>/*.json` (each a ``CorpusDocument``, named `<id>.json`) and
    /// `<dataDirectory>/thematic-links.json` (a list of thematic ``CrossReference``s), validates
    /// everything (including each `source.sha256` against `<dataDirectory>/<source.path>`) and
    /// builds the indexes. Fails on the first defect with the file and JSON path.
    public static func load(dataDirectory: String) throws(RepositoryError) -> DocumentRepository {
        let loaded = try RepositoryLoader.load(dataDirectory: dataDirectory)
        return try DocumentRepository(
            files: loaded.documents, thematicLinksFile: loaded.thematicLinksFile,
            thematicLinks: loaded.thematicLinks, dataDirectory: dataDirectory,
            readMilliseconds: loaded.readMilliseconds, decodeMilliseconds: loaded.decodeMilliseconds)
    }

    /// Validates and indexes documents built in memory. Errors name the file each document
    /// would be stored in (`<id>.json`, `thematic-links.json`); source files are not checked.
    public convenience init(documents: [CorpusDocument], thematicLinks: [CrossReference]) throws(RepositoryError) {
        try self.init(
            files: documents.map { (file: $0.id + ".json", document: $0) },
            thematicLinksFile: RepositoryLoader.thematicLinksFile, thematicLinks: thematicLinks,
            dataDirectory: nil, readMilliseconds: 0, decodeMilliseconds: 0)
    }

    private init(
        files: [(file: String, document: CorpusDocument)], thematicLinksFile: String,
        thematicLinks: [CrossReference], dataDirectory: String?,
        readMilliseconds: Double, decodeMilliseconds: Double
    ) throws(RepositoryError) {
        var stopwatch = Stopwatch()
        let validator = RepositoryValidator(
            documents: files, thematicLinksFile: thematicLinksFile, thematicLinks: thematicLinks,
            dataDirectory: dataDirectory)
        let flattened = try validator.validate()
        let validateMilliseconds = stopwatch.lap()

        let documents = files.map(\.document).sorted { $0.id < $1.id }
        self.documents = documents
        documentsByID = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
        unitIndex = UnitIndex(unitsByDocument: flattened)
        references = ReferenceIndex(documents: documents, thematicLinks: thematicLinks)
        searchIndex = SearchIndex(documents: documents, unitsByDocument: flattened)
        let aliases = UnitAliasTable(documents: documents)
        self.aliases = aliases
        formatter = CitationFormatter(documents: documents, aliases: aliases)
        resolver = CitationResolver(documents: documents, aliases: aliases, formatter: formatter)
        let indexMilliseconds = stopwatch.lap()

        loadStatistics = LoadStatistics(
            readMilliseconds: readMilliseconds, decodeMilliseconds: decodeMilliseconds,
            validateMilliseconds: validateMilliseconds, indexMilliseconds: indexMilliseconds,
            totalMilliseconds: readMilliseconds + decodeMilliseconds + validateMilliseconds + indexMilliseconds,
            documentCount: documents.count, unitCount: unitIndex.unitCount,
            footnoteCount: documents.reduce(0) { $0 + $1.footnotes.count },
            referenceCount: references.all.count, searchEntryCount: searchIndex.entries.count)
    }

    public func document(id: String) -> CorpusDocument? { documentsByID[id] }

    /// The unit with `eId` in `document`, with its place in the tree.
    public func unit(document: String, eId: String) -> UnitRecord? {
        unitIndex.record(document: document, eId: eId)
    }

    /// Every unit of `document`, depth-first in document order (a unit before its children).
    public func units(document: String) -> [UnitRecord] { unitIndex.units(document: document) }

    public func footnote(document: String, number: Int) -> Footnote? {
        documentsByID[document]?.footnotes.first { $0.number == number }
    }

    /// References standing in the unit (and thematic links relating it).
    public func references(from document: String, eId: String) -> [CrossReference] {
        references.references(from: document, eId: eId)
    }

    /// References pointing to the unit.
    public func references(to document: String, eId: String) -> [CrossReference] {
        references.references(to: document, eId: eId)
    }

    /// Ready-to-paste citation strings: `ICCPR art. 14(3)(g)` / `公民與政治權利國際公約第十四條第三項第七款`.
    public func citation(for record: UnitRecord) -> UnitCitation {
        formatter.citation(for: record, units: unitIndex)
    }

    /// `A/RES/62/148, fn. 5` / `大会第62/148号决议脚注5`; nil for an unknown document or number.
    public func citation(forFootnote number: Int, document: String) -> UnitCitation? {
        guard let doc = documentsByID[document], let note = doc.footnotes.first(where: { $0.number == number }) else { return nil }
        return formatter.citation(forFootnote: note, in: doc)
    }

    /// Full-text search over every unit text and footnote text of both documents.
    ///
    /// Matching by character bigrams after folding (Simplified script, half-width forms, lowercase
    /// ASCII, white space ignored; see ``SearchFolding``), in the printed and the errata-corrected
    /// reading of each text; quoted phrases must occur exactly. Ranking: per-document BM25 times
    /// query coverage and proximity, plus a share of the best sibling in the same top-level unit,
    /// whose other units are listed as context hits (see ``SearchIndex``, docs/SEARCH.md). Ties
    /// keep document order. `total` counts every hit; `limit` is clamped to 1…100.
    public func search(_ query: SearchQuery) -> SearchResults { searchIndex.search(query) }

    /// Turns a citation string into a unit or footnote; see the accepted forms in the error's detail.
    public func resolve(citation: String) -> Result<ResolvedCitation, CitationError> {
        resolver.resolve(citation, units: unitIndex)
    }
}
