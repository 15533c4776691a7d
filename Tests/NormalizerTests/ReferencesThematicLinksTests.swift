import Foundation
import Testing
import DocumentStore

/// `Data/thematic-links.json`, the curated links between the Covenant and the resolution.
@Suite struct ReferencesThematicLinksTests {
    static let fileURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data/thematic-links.json")

    static func links() throws -> [CrossReference] {
        try JSONDecoder().decode([CrossReference].self, from: Data(contentsOf: fileURL))
    }

    /// The resolution prints 10 preambular paragraphs (each starts on an indented line after `大会，`
    /// and ends with `，`) and operative paragraphs 1–32.
    static let resolutionEIds = Set((1...10).map { "rec_\($0)" } + (1...32).map { "para_\($0)" })

    @Test func decodesAsThematicCrossReferencesNumberedInOrder() throws {
        let links = try Self.links()
        #expect(links.count >= 10)
        let expectedIds: [String] = (1...links.count).map { number in
            let digits = String(number)
            return "thematic-" + String(repeating: "0", count: 3 - digits.count) + digits
        }
        #expect(links.map(\.id) == expectedIds)
        for link in links {
            #expect(link.type == .thematic)
            #expect(link.external == nil)
            #expect(!link.text.isEmpty)
            #expect((link.rationale ?? "").count > 40, "\(link.id)")
        }
    }

    @Test func everySourceCoversAWholeCovenantUnit() throws {
        for link in try Self.links() {
            let source = try #require(link.source, "\(link.id)")
            #expect(source.document == "iccpr")
            let unit = try #require(HandCopiedCovenant.unit(source.eId), "\(link.id): \(source.eId)")
            #expect(source.start == 0)
            #expect(source.end == unit.text.unicodeScalars.count, "\(link.id): \(source.eId)")
        }
    }

    @Test func everyTargetIsAUnitOfTheResolution() throws {
        for link in try Self.links() {
            #expect(!link.targets.isEmpty)
            for target in link.targets {
                #expect(target.document == "a-res-62-148")
                #expect(Self.resolutionEIds.contains(target.eId), "\(link.id): \(target.eId)")
            }
        }
    }

    @Test func theRequiredLinksArePresent() throws {
        let pairs = Set(try Self.links().flatMap { link in link.targets.map { "\(link.source?.eId ?? "") → \($0.eId)" } })
        for pair in [
            "art_7 → rec_1", "art_7 → para_1", "art_4__para_2 → rec_2", "art_4__para_1 → rec_2",
            "art_9__para_3 → para_14", "art_14__para_3__list_1__point_7 → para_10", "art_10__para_1 → para_15",
            "art_2__para_3__list_1__point_1 → para_13", "art_13 → para_12",
        ] {
            #expect(pairs.contains(pair), "\(pair)")
        }
    }
}
