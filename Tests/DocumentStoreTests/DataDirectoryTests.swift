import Foundation
import Testing
import DocumentStore

/// Loading from a directory, and corrupted copies of it: each defect fails with the file and JSON path.
@Suite struct DataDirectoryTests {
    private func loadError(_ directory: TemporaryDataDirectory) -> RepositoryError? {
        defer { directory.remove() }
        do {
            _ = try DocumentRepository.load(dataDirectory: directory.path)
            return nil
        } catch {
            return error
        }
    }

    @Test func intactDirectoryLoadsAndReportsStatistics() throws {
        let directory = try TemporaryDataDirectory()
        defer { directory.remove() }
        let repository = try DocumentRepository.load(dataDirectory: directory.path)
        let statistics = repository.loadStatistics
        #expect(statistics.documentCount == 2)
        #expect(statistics.footnoteCount == 3)
        #expect(statistics.referenceCount == 3)
        #expect(statistics.totalMilliseconds > 0)
        #expect(statistics.totalMilliseconds >= statistics.validateMilliseconds + statistics.indexMilliseconds)
        #expect(repository.unit(document: "iccpr", eId: "art_7") != nil)
    }

    @Test func malformedJSONNamesTheFile() throws {
        let directory = try TemporaryDataDirectory()
        try directory.write("iccpr.json", "{\"id\": \"iccpr\", ")
        let error = try #require(loadError(directory))
        #expect(error.file.hasSuffix("/iccpr.json"))
        #expect(error.jsonPath == "$")
        #expect(error.message.contains("malformed JSON"))
    }

    @Test func wrongValueTypeNamesItsPath() throws {
        let directory = try TemporaryDataDirectory()
        try directory.edit("iccpr.json") { document in
            var units = document["units"] as! [[String: Any]]
            var article = units[3]
            var children = article["children"] as! [[String: Any]]
            children[0]["ordinal"] = "one"
            article["children"] = children
            units[3] = article
            document["units"] = units
        }
        let error = try #require(loadError(directory))
        #expect(error.file.hasSuffix("/iccpr.json"))
        #expect(error.jsonPath == "$.units[3].children[0].ordinal")
    }

    @Test func missingKeyNamesItsPath() throws {
        let directory = try TemporaryDataDirectory()
        try directory.edit("a-res-62-148.json") { document in
            var footnotes = document["footnotes"] as! [[String: Any]]
            footnotes[2]["text"] = nil
            document["footnotes"] = footnotes
        }
        let error = try #require(loadError(directory))
        #expect(error.file.hasSuffix("/a-res-62-148.json"))
        #expect(error.jsonPath == "$.footnotes[2].text")
    }

    @Test func duplicateEIdInAFileIsReported() throws {
        let directory = try TemporaryDataDirectory()
        try directory.edit("iccpr.json") { document in
            var units = document["units"] as! [[String: Any]]
            units[4]["eId"] = "art_1"
            document["units"] = units
        }
        let error = try #require(loadError(directory))
        #expect(error.jsonPath == "$.units[4].eId")
        #expect(error.description.hasSuffix("$.units[4].eId: duplicate eId 'art_1' (first at $.units[3].eId)"))
    }

    @Test func danglingTargetInAFileIsReported() throws {
        let directory = try TemporaryDataDirectory()
        try directory.edit("iccpr.json") { document in
            var references = document["references"] as! [[String: Any]]
            references[0]["targets"] = [["document": "iccpr", "eId": "art_8__para_9"]]
            document["references"] = references
        }
        #expect(try #require(loadError(directory)).jsonPath == "$.references[0].targets[0].eId")
    }

    @Test func offsetOutOfRangeInAFileIsReported() throws {
        let directory = try TemporaryDataDirectory()
        try directory.edit("a-res-62-148.json") { document in
            var footnotes = document["footnotes"] as! [[String: Any]]
            footnotes[1]["anchors"] = [["eId": "para_6", "offset": 5000]]
            document["footnotes"] = footnotes
        }
        let error = try #require(loadError(directory))
        #expect(error.file.hasSuffix("/a-res-62-148.json"))
        #expect(error.jsonPath == "$.footnotes[1].anchors[0].offset")
    }

    @Test func unreferencedFootnoteInAFileIsReported() throws {
        let directory = try TemporaryDataDirectory()
        try directory.edit("a-res-62-148.json") { document in
            var footnotes = document["footnotes"] as! [[String: Any]]
            footnotes.append(["number": 8, "eId": "authorialNote_8", "text": "见 A/62/221。", "anchors": [[String: Any]](),
                              "citation": ["kind": "document", "ibid": false, "symbols": ["A/62/221"]]])
            document["footnotes"] = footnotes
        }
        let error = try #require(loadError(directory))
        #expect(error.jsonPath == "$.footnotes[3].anchors")
        #expect(error.message == "footnote 8 is never referenced")
    }

    @Test func wrongSHA256IsReported() throws {
        let directory = try TemporaryDataDirectory()
        try directory.edit("iccpr.json") { document in
            var source = document["source"] as! [String: Any]
            source["sha256"] = String(repeating: "0", count: 64)
            document["source"] = source
        }
        let error = try #require(loadError(directory))
        #expect(error.file.hasSuffix("/iccpr.json"))
        #expect(error.jsonPath == "$.source.sha256")
        #expect(error.message.contains(CorpusFixtures.iccprSHA256))
    }

    @Test func editedSourceFileIsReported() throws {
        let directory = try TemporaryDataDirectory()
        let source = directory.path + "/sources/resolution-62-148.zh-Hans.txt"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: source))
        bytes[bytes.count - 3] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: source))
        #expect(try #require(loadError(directory)).jsonPath == "$.source.sha256")
    }

    @Test func missingSourceFileIsReported() throws {
        let directory = try TemporaryDataDirectory()
        try FileManager.default.removeItem(atPath: directory.path + "/sources/iccpr.zh-Hant.txt")
        #expect(try #require(loadError(directory)).jsonPath == "$.source.path")
    }

    @Test func documentIdMustMatchItsFileName() throws {
        let directory = try TemporaryDataDirectory()
        try FileManager.default.moveItem(atPath: directory.path + "/iccpr.json", toPath: directory.path + "/covenant.json")
        let error = try #require(loadError(directory))
        #expect(error.file.hasSuffix("/covenant.json"))
        #expect(error.jsonPath == "$.id")
    }

    @Test func missingThematicLinksFileIsReported() throws {
        let directory = try TemporaryDataDirectory()
        try FileManager.default.removeItem(atPath: directory.path + "/thematic-links.json")
        #expect(try #require(loadError(directory)).file.hasSuffix("/thematic-links.json"))
    }

    @Test func malformedThematicLinksNameTheirPath() throws {
        let directory = try TemporaryDataDirectory()
        try directory.write("thematic-links.json", "[{\"id\": \"thematic-1\", \"type\": \"sideways\", \"text\": \"x\", \"targets\": []}]")
        let error = try #require(loadError(directory))
        #expect(error.file.hasSuffix("/thematic-links.json"))
        #expect(error.jsonPath == "$[0].type")
    }

    @Test func missingDirectoryIsReported() {
        #expect(throws: RepositoryError.self) { try DocumentRepository.load(dataDirectory: "/nonexistent/rights-api-data") }
    }
}
