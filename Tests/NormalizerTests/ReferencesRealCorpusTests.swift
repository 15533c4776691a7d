import Testing
import DocumentStore
import Normalizer

/// The extractors run on the documents the normalizer builds from `Data/sources/`: every span
/// slices to its words, every target exists, and the counts match the hand-read ones.
@Suite struct ReferencesRealCorpusTests {
    private static func units(of document: CorpusDocument) -> [String: Unit] {
        var units: [String: Unit] = [:]
        func visit(_ list: [Unit]) {
            for unit in list {
                units[unit.eId] = unit
                visit(unit.children)
            }
        }
        visit(document.units)
        return units
    }

    private static func slice(_ text: String, _ start: Int, _ end: Int) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, start < end, end <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    @Test(arguments: ["iccpr", "a-res-62-148"])
    func everySpanSlicesToItsTextAndEveryTargetExists(documentID: String) throws {
        let document = try Corpus.document(documentID)
        let units = Self.units(of: document)
        let references = document.id == "iccpr"
            ? ICCPRReferenceExtractor.references(in: document)
            : ResolutionReferenceExtractor.references(in: document)
        #expect(!references.isEmpty)
        for reference in references {
            let source = try #require(reference.source)
            #expect(source.document == document.id)
            let unit = try #require(units[source.eId], "\(reference.id): \(source.eId)")
            #expect(Self.slice(unit.text, source.start, source.end) == reference.text, "\(reference.id)")
            for target in reference.targets {
                #expect(target.document == document.id)
                #expect(units[target.eId] != nil, "\(reference.id) → \(target.eId)")
            }
        }
    }

    @Test func theCovenantHasTheHandCountedReferences() throws {
        let references = ICCPRReferenceExtractor.references(in: try Corpus.iccpr())
        #expect(references.count == 61)
        #expect(references.filter { $0.type == .explicit }.count == 25)
        #expect(references.filter { $0.type == .relative }.count == 36)
    }

    @Test func theResolutionHasTheHandCountedReferences() throws {
        let references = ResolutionReferenceExtractor.references(in: try Corpus.resolution())
        let instruments = references.map { $0.external?.instrument ?? "" }
        #expect(references.count == 21)
        #expect(instruments.filter { $0 == "CAT" }.count == 13)
        #expect(instruments.filter { $0 == "OP-CAT" }.count == 4)
        #expect(instruments.filter { $0 == "GA resolution" }.count == 3)
        #expect(instruments.filter { $0 == "UN document" }.count == 1)
    }

    @Test func theNormalizedCovenantMatchesTheHandCopiedUnitsTheExtractorWasTestedOn() throws {
        let real = Self.units(of: try Corpus.iccpr())
        let handCopied = Self.units(of: HandCopiedCovenant.document).filter { $0.key.hasPrefix("art_") }
        for (eId, unit) in handCopied {
            #expect(real[eId]?.text == unit.text, "\(eId)")
        }
    }

    @Test func theRealFootnotesParseIntoTheExpectedKinds() throws {
        let footnotes = try Corpus.resolution().footnotes
        let citations = FootnoteCitationParser.citations(forFootnoteTexts: footnotes.map(\.text))
        #expect(citations.map(\.kind) == [
            "treatySeries", "treatySeries", "treatySeries", "resolution", "resolution", "document", "officialRecords", "document",
        ])
        #expect(citations.map(\.repeatsFootnote) == [nil, 1, 1, nil, nil, nil, nil, nil])
        #expect(citations.allSatisfy { $0.english != nil })
    }

    @Test func thematicLinksPointAtRealUnitsAndCoverTheirWholeSourceUnit() throws {
        let covenant = Self.units(of: try Corpus.iccpr())
        let resolution = Self.units(of: try Corpus.resolution())
        for link in try ReferencesThematicLinksTests.links() {
            let source = try #require(link.source)
            let unit = try #require(covenant[source.eId], "\(link.id): \(source.eId)")
            #expect(source.end == unit.text.unicodeScalars.count, "\(link.id)")
            for target in link.targets {
                #expect(resolution[target.eId] != nil, "\(link.id) → \(target.eId)")
            }
        }
    }
}
