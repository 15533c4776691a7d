public import DocumentStore
import Foundation

/// Turns the raw source texts in `<data>/sources/` into the normalized corpus `<data>/<id>.json`.
///
/// The rules are written down in `Data/NORMALIZATION.md`. Output is deterministic: the same sources
/// always give the same bytes (sorted keys, pretty-printed, a trailing newline).
public enum CorpusNormalizer {
    /// The source files the normalizer knows, by file name.
    private static let sourceFiles = ["resolution-62-148.zh-Hans.txt", "iccpr.zh-Hant.txt"]

    /// Reads one known source file into its document.
    private static func read(_ source: SourceFile, file: String) throws(NormalizationError) -> CorpusDocument {
        switch file {
        case "resolution-62-148.zh-Hans.txt": return try ResolutionNormalizer.document(from: source)
        case "iccpr.zh-Hant.txt": return try ICCPRNormalizer.document(from: source)
        default: throw NormalizationError(file: source.path, message: "no normalizer reads this source")
        }
    }

    /// Reads `<dataDirectory>/sources/*.txt`, writes `<dataDirectory>/a-res-62-148.json` and `iccpr.json`
    /// (pretty-printed, sorted keys, trailing newline, deterministic). Does not touch thematic-links.json.
    public static func normalize(dataDirectory: String) throws -> NormalizationReport {
        let documents = try buildDocuments(dataDirectory: dataDirectory)
        var report = NormalizationReport()
        for document in documents {
            let path = "\(dataDirectory)/\(document.id).json"
            try Data(try encode(document)).write(to: URL(fileURLWithPath: path), options: .atomic)
            report.add(document, writtenTo: path)
        }
        return report
    }

    /// Same, without writing: the documents as they would be written, ordered by id.
    public static func buildDocuments(dataDirectory: String) throws -> [CorpusDocument] {
        let sourcesDirectory = "\(dataDirectory)/sources"
        let present = try FileManager.default.contentsOfDirectory(atPath: sourcesDirectory).filter { $0.hasSuffix(".txt") }
        for file in present where !sourceFiles.contains(file) {
            throw NormalizationError(file: "sources/\(file)", message: "no normalizer reads this source")
        }
        var documents: [CorpusDocument] = []
        for file in sourceFiles {
            guard let data = FileManager.default.contents(atPath: "\(sourcesDirectory)/\(file)") else {
                throw NormalizationError(file: "sources/\(file)", message: "missing or unreadable")
            }
            let source = try SourceFile(path: "sources/\(file)", bytes: Array(data))
            documents.append(completed(try read(source, file: file)))
        }
        return documents.sorted { $0.id < $1.id }
    }

    /// The exact bytes written for `document`.
    public static func encode(_ document: CorpusDocument) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(document)) + [UInt8(ascii: "\n")]
    }

    /// Adds what is derived from the structurally complete document: footnote citations, then cross-references.
    private static func completed(_ document: CorpusDocument) -> CorpusDocument {
        var document = document
        let citations = FootnoteCitationParser.citations(forFootnoteTexts: document.footnotes.map(\.text))
        for index in document.footnotes.indices where index < citations.count {
            document.footnotes[index].citation = citations[index]
        }
        switch document.kind {
        case .treaty: document.references = ICCPRReferenceExtractor.references(in: document)
        case .resolution: document.references = ResolutionReferenceExtractor.references(in: document)
        }
        return document
    }
}

/// What a normalization run produced.
public struct NormalizationReport: Sendable {
    /// Paths of the files written.
    public var files: [String] = []
    /// Units of every document, nested units included.
    public var unitCount = 0
    public var footnoteCount = 0
    public var errataCount = 0
    public var referenceCount = 0
    public var discardedCount = 0
    /// Provenance segments of every document.
    public var segmentCount = 0

    public init() {}

    mutating func add(_ document: CorpusDocument, writtenTo path: String) {
        files.append(path)
        func count(_ units: [DocumentStore.Unit]) -> Int { units.reduce(units.count) { $0 + count($1.children) } }
        unitCount += count(document.units)
        footnoteCount += document.footnotes.count
        errataCount += document.errata.count
        referenceCount += document.references.count
        discardedCount += document.discarded.count
        segmentCount += document.provenance.count
    }
}
