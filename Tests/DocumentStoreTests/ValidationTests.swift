import Testing
import DocumentStore

/// Defects in documents built in memory: each must fail with the file and the JSON path of the defect.
@Suite struct ValidationTests {
    private func failure(iccpr: CorpusDocument = CorpusFixtures.iccpr, resolution: CorpusDocument = CorpusFixtures.resolution,
                         thematic: [CrossReference] = CorpusFixtures.thematicLinks) -> RepositoryError? {
        do {
            _ = try DocumentRepository(documents: [iccpr, resolution], thematicLinks: thematic)
            return nil
        } catch {
            return error
        }
    }

    @Test func fixtureCorpusIsValid() {
        #expect(failure() == nil)
    }

    @Test func duplicateEIdIsReportedAtTheSecondOccurrence() throws {
        var iccpr = CorpusFixtures.iccpr
        // Make art_8's second paragraph reuse the first one's eId.
        let art8 = try #require(iccpr.units.firstIndex { $0.eId == "art_8" })
        iccpr.units[art8].children[1].eId = "art_8__para_1"
        let error = try #require(failure(iccpr: iccpr))
        #expect(error.file == "iccpr.json")
        #expect(error.jsonPath == "$.units[\(art8)].children[1].eId")
        #expect(error.description.contains("duplicate eId 'art_8__para_1'"))
    }

    @Test func danglingReferenceTargetIsReported() throws {
        var iccpr = CorpusFixtures.iccpr
        iccpr.references[1].targets[0].eId = "art_99"
        let error = try #require(failure(iccpr: iccpr))
        #expect(error.file == "iccpr.json")
        #expect(error.jsonPath == "$.references[1].targets[0].eId")
    }

    @Test func referenceToAnUnknownDocumentIsReported() throws {
        var iccpr = CorpusFixtures.iccpr
        iccpr.references[0].targets[0].document = "udhr"
        #expect(try #require(failure(iccpr: iccpr)).jsonPath == "$.references[0].targets[0].document")
    }

    @Test func referenceSpanBeyondTheTextIsReported() throws {
        var iccpr = CorpusFixtures.iccpr
        iccpr.references[0].source!.end = 500
        let error = try #require(failure(iccpr: iccpr))
        #expect(error.jsonPath == "$.references[0].source.end")
        iccpr = CorpusFixtures.iccpr
        iccpr.references[0].source!.start = iccpr.references[0].source!.end
        #expect(try #require(failure(iccpr: iccpr)).jsonPath == "$.references[0].source.start")
    }

    @Test func referenceTextMustBeTheTextOfItsSpan() throws {
        var iccpr = CorpusFixtures.iccpr
        iccpr.references[0].source!.start += 1
        iccpr.references[0].source!.end += 1
        let error = try #require(failure(iccpr: iccpr))
        #expect(error.jsonPath == "$.references[0].text")
    }

    @Test func footnoteMarkerOffsetOutOfRangeIsReported() throws {
        var resolution = CorpusFixtures.resolution
        #expect(resolution.units[4].eId == "rec_4")
        resolution.units[4].footnoteRefs[0].offset = 10_000
        let error = try #require(failure(resolution: resolution))
        #expect(error.file == "a-res-62-148.json")
        #expect(error.jsonPath == "$.units[4].footnoteRefs[0].offset")
    }

    @Test func unreferencedFootnoteIsReported() throws {
        var resolution = CorpusFixtures.resolution
        resolution.footnotes[1].anchors = []
        resolution.units[6].footnoteRefs.removeFirst()
        let error = try #require(failure(resolution: resolution))
        #expect(error.jsonPath == "$.footnotes[1].anchors")
        #expect(error.message.contains("never referenced"))
    }

    @Test func markerWithoutAnchorIsReported() throws {
        var resolution = CorpusFixtures.resolution
        resolution.footnotes[0].anchors.removeLast()
        let error = try #require(failure(resolution: resolution))
        #expect(error.jsonPath == "$.units[7].footnoteRefs[0]")
    }

    @Test func anchorWithoutMarkerIsReported() throws {
        var resolution = CorpusFixtures.resolution
        resolution.footnotes[0].anchors[0].offset += 1
        #expect(try #require(failure(resolution: resolution)).jsonPath == "$.footnotes[0].anchors[0]")
    }

    @Test func erratumWhosePrintedTextIsNotAtItsOffsetIsReported() throws {
        var iccpr = CorpusFixtures.iccpr
        iccpr.errata[0].offset += 1
        let error = try #require(failure(iccpr: iccpr))
        #expect(error.jsonPath == "$.errata[0].printed")
        iccpr.errata[0].offset = 999
        #expect(try #require(failure(iccpr: iccpr)).jsonPath == "$.errata[0].offset")
    }

    @Test func thematicLinkMustBeThematicAndPointToExistingUnits() throws {
        var links = CorpusFixtures.thematicLinks
        links[0].targets[1].eId = "para_99"
        let error = try #require(failure(thematic: links))
        #expect(error.file == "thematic-links.json")
        #expect(error.jsonPath == "$[0].targets[1].eId")
        links = CorpusFixtures.thematicLinks
        links[0].type = .explicit
        #expect(try #require(failure(thematic: links)).jsonPath == "$[0].type")
    }

    @Test func duplicateReferenceIdIsReported() throws {
        var iccpr = CorpusFixtures.iccpr
        iccpr.references[1].id = iccpr.references[0].id
        #expect(try #require(failure(iccpr: iccpr)).jsonPath == "$.references[1].id")
    }

    @Test func aPrintedTargetThatDoesNotExistIsReported() throws {
        var iccpr = CorpusFixtures.iccpr
        iccpr.references[1].printedTargets = [ReferenceTarget(document: "iccpr", eId: "art_40")]
        let error = try #require(failure(iccpr: iccpr))
        #expect(error.file == "iccpr.json")
        #expect(error.jsonPath == "$.references[1].printedTargets[0].eId")
    }

    @Test func aCorrectedDateNeedsItsPrintedDateAndNote() throws {
        var iccpr = CorpusFixtures.iccpr
        iccpr.dates = [DocumentDate(kind: "entryIntoForce", date: "1976-03-23", printed: "1976年3月26日", printedDate: "1976-03-26")]
        let missingNote = try #require(failure(iccpr: iccpr))
        #expect(missingNote.jsonPath == "$.dates[0]")
        iccpr.dates[0].note = "entered into force on 23 March 1976"
        #expect(failure(iccpr: iccpr) == nil)
        iccpr.dates[0].printedDate = "1976-03-23"
        #expect(try #require(failure(iccpr: iccpr)).jsonPath == "$.dates[0].printedDate")
    }

    @Test func aDateThatIsNotACalendarDateIsReported() throws {
        var iccpr = CorpusFixtures.iccpr
        iccpr.dates = [DocumentDate(kind: "entryIntoForce", date: "1976-02-30", printed: "1976年2月30日")]
        let error = try #require(failure(iccpr: iccpr))
        #expect(error.file == "iccpr.json")
        #expect(error.jsonPath == "$.dates[0].date")
    }
}
