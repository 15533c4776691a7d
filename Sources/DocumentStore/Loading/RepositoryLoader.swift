import Foundation

/// Reads and decodes the data directory: every `*.json` except `thematic-links.json` is a
/// ``CorpusDocument``; `thematic-links.json` is a list of ``CrossReference`` (required).
struct RepositoryLoader {
    static let thematicLinksFile = "thematic-links.json"

    struct Loaded {
        /// (file path, document), ordered by file name.
        var documents: [(file: String, document: CorpusDocument)]
        var thematicLinksFile: String
        var thematicLinks: [CrossReference]
        var readMilliseconds: Double
        var decodeMilliseconds: Double
    }

    static func load(dataDirectory: String) throws(RepositoryError) -> Loaded {
        var stopwatch = Stopwatch()
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: dataDirectory)
                .filter { $0.hasSuffix(".json") }
                .sorted()
        } catch {
            throw RepositoryError(file: dataDirectory, jsonPath: "$", message: "cannot list the data directory: \(error.localizedDescription)")
        }
        guard names.contains(thematicLinksFile) else {
            throw RepositoryError(file: path(dataDirectory, thematicLinksFile), jsonPath: "$", message: "file is missing (the curated thematic links are required; an empty list `[]` is allowed)")
        }
        var contents: [(file: String, name: String, data: Data)] = []
        for name in names {
            let file = path(dataDirectory, name)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw RepositoryError(file: file, jsonPath: "$", message: "cannot read the file")
            }
            contents.append((file, name, data))
        }
        let readMilliseconds = stopwatch.lap()

        let decoder = JSONDecoder()
        var documents: [(file: String, document: CorpusDocument)] = []
        var thematicFile = path(dataDirectory, thematicLinksFile)
        var thematicLinks: [CrossReference] = []
        for (file, name, data) in contents {
            if name == thematicLinksFile {
                thematicFile = file
                thematicLinks = try decode([CrossReference].self, from: data, file: file, decoder: decoder)
            } else {
                documents.append((file, try decode(CorpusDocument.self, from: data, file: file, decoder: decoder)))
            }
        }
        guard !documents.isEmpty else {
            throw RepositoryError(file: dataDirectory, jsonPath: "$", message: "no document files (*.json besides \(thematicLinksFile))")
        }
        return Loaded(
            documents: documents, thematicLinksFile: thematicFile, thematicLinks: thematicLinks,
            readMilliseconds: readMilliseconds, decodeMilliseconds: stopwatch.lap())
    }

    static func path(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String, decoder: JSONDecoder) throws(RepositoryError) -> T {
        do {
            return try decoder.decode(type, from: data)
        } catch let error as DecodingError {
            throw repositoryError(error, file: file)
        } catch {
            throw RepositoryError(file: file, jsonPath: "$", message: "cannot decode: \(error)")
        }
    }

    /// Turns a decoding error into a message with the JSON path of the offending value.
    static func repositoryError(_ error: DecodingError, file: String) -> RepositoryError {
        switch error {
        case .typeMismatch(let type, let context):
            return RepositoryError(file: file, jsonPath: jsonPath(context.codingPath), message: "expected \(type): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            return RepositoryError(file: file, jsonPath: jsonPath(context.codingPath), message: "missing value of type \(type): \(context.debugDescription)")
        case .keyNotFound(let key, let context):
            return RepositoryError(file: file, jsonPath: jsonPath(context.codingPath + [key]), message: "required key is missing")
        case .dataCorrupted(let context):
            var message = context.codingPath.isEmpty ? "malformed JSON: \(context.debugDescription)" : "invalid value: \(context.debugDescription)"
            if let underlying = context.underlyingError { message += " (\(underlying))" }
            return RepositoryError(file: file, jsonPath: jsonPath(context.codingPath), message: message)
        @unknown default:
            return RepositoryError(file: file, jsonPath: "$", message: "cannot decode: \(error)")
        }
    }

    /// `[units, Index 3, children, Index 0, eId]` → `$.units[3].children[0].eId`.
    static func jsonPath(_ codingPath: [any CodingKey]) -> String {
        var result = "$"
        for key in codingPath {
            if let index = key.intValue { result += "[\(index)]" } else { result += "." + key.stringValue }
        }
        return result
    }
}
