import Foundation

/// Paths of the package's data, found from this file's location.
enum TestPaths {
    static let packageRoot: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }()
    static let dataDirectory = packageRoot + "/Data"
    static let sourcesDirectory = dataDirectory + "/sources"
    /// True once the normalizer's output is committed.
    static let normalizedDataExists = FileManager.default.fileExists(atPath: dataDirectory + "/iccpr.json")
        && FileManager.default.fileExists(atPath: dataDirectory + "/a-res-62-148.json")
}

/// A temporary data directory holding the fixture corpus as JSON plus a copy of the raw sources.
struct TemporaryDataDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "document-store-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path + "/sources", withIntermediateDirectories: true)
        for name in ["iccpr.zh-Hant.txt", "resolution-62-148.zh-Hans.txt"] {
            try FileManager.default.copyItem(atPath: TestPaths.sourcesDirectory + "/" + name, toPath: path + "/sources/" + name)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(CorpusFixtures.iccpr).write(to: URL(fileURLWithPath: path + "/iccpr.json"))
        try encoder.encode(CorpusFixtures.resolution).write(to: URL(fileURLWithPath: path + "/a-res-62-148.json"))
        try encoder.encode(CorpusFixtures.thematicLinks).write(to: URL(fileURLWithPath: path + "/thematic-links.json"))
    }

    /// Edits a JSON file as a property-list-like tree.
    func edit(_ name: String, _ change: (inout [String: Any]) -> Void) throws {
        let url = URL(fileURLWithPath: path + "/" + name)
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        change(&object)
        try JSONSerialization.data(withJSONObject: object).write(to: url)
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
