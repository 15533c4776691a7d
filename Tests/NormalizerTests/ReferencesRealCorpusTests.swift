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
            let hostText = units[source.eId]?.text ?? document.footnotes.first { $0.eId == source.eId }?.text
            let text = try #require(hostText, "\(reference.id): \(source.eId)")
            #expect(Self.slice(text, source.start, source.end) == reference.text, "\(reference.id)")
            for target in reference.targets {
                #expect(target.document == document.id)
                #expect(units[target.eId] != nil, "\(reference.id) → \(target.eId)")
            }
        }
    }

    @Test func theCovenantHasTheHandCountedReferences() throws {
        let references = ICCPRReferenceExtractor.references(in: try Corpus.iccpr())
        // 25 numbered references; 36 relative ones (本條, 上項, 該條, (二)款…) plus 9 general ones (下列各項 in
        // art. 8(3)(c), 14(3), 19(3), 39(2), 40(1), 41(1), 52; 以下規定 in 28(1); 本公約實施條款 in 44);
        // 11 instruments named in words: the Charter in rec_1, rec_2, 1(3), 46; the Universal Declaration in
        // rec_1; the Genocide Convention in 6(2), 6(3); the ILO Convention and 該公約 in 22(3); the Privileges
        // and Immunities Convention in 43; the ICJ Statute in 48(1).
        #expect(references.count == 81)
        #expect(references.filter { $0.type == .explicit }.count == 25)
        #expect(references.filter { $0.type == .relative }.count == 45)
        #expect(references.filter { $0.type == .external }.count == 11)
        #expect(references.filter { $0.external?.instrument == "UN Charter" }.map { $0.source?.eId } == ["rec_1", "rec_2", "art_1__para_3", "art_46"])
    }

    @Test func theWrongArticleNumberInArticle42Paragraph8PointsToArticle41WithThePrintedTargetBeside() throws {
        // Line 212: 八、本條規定不影響委員會依第四十條所負之責任。 The official text names article 41.
        let references = ICCPRReferenceExtractor.references(in: try Corpus.iccpr())
        let wrong = try #require(references.first { $0.source?.eId == "art_42__para_8" && $0.text == "第四十條" })
        #expect(wrong.targets == [ReferenceTarget(document: "iccpr", eId: "art_41")])
        #expect(wrong.printedTargets == [ReferenceTarget(document: "iccpr", eId: "art_40")])
        #expect(references.filter { $0.printedTargets != nil }.count == 1)
    }

    @Test func theResolutionHasTheHandCountedReferences() throws {
        let references = ResolutionReferenceExtractor.references(in: try Corpus.resolution())
        let instruments = references.map { $0.external?.instrument ?? "" }
        // Body: 20 CAT (7 titles, 7 short titles 《公约》 of which 5 stand before articles… read per unit in
        // ReferencesResolutionTests), 4 OP-CAT, 3 resolutions, 1 symbol, 10 other instruments; footnotes: 9.
        #expect(references.count == 47)
        #expect(instruments.filter { $0 == "CAT" }.count == 20)
        #expect(instruments.filter { $0 == "OP-CAT" }.count == 4)
        #expect(instruments.filter { $0 == "GA resolution" }.count == 5)
        #expect(instruments.filter { $0 == "UN document" }.count == 4)
        #expect(instruments.filter { $0 == "UN Treaty Series" }.count == 3)
        #expect(instruments.filter { $0 == "Official Records" }.count == 1)
    }

    @Test func theIdentifiersTheFootnotesCiteAreReferencesWithSpansInTheFootnotes() throws {
        let references = ResolutionReferenceExtractor.references(in: try Corpus.resolution())
        let fromFootnotes = references.filter { $0.source?.eId.hasPrefix("authorialNote_") == true }
        // Footnote texts (lines 48–51, 114–117, 181–184, 249–252), identifier by identifier.
        #expect(fromFootnotes.map { "\($0.source!.eId) \($0.text)" } == [
            "authorialNote_1 第1465卷，第24841号",
            "authorialNote_2 第75卷，第970至973号",
            "authorialNote_3 第2187卷，第38544号",
            "authorialNote_4 57/199",
            "authorialNote_5 55/89",
            "authorialNote_6 E/CN.4/2005/102/Add.1",
            "authorialNote_7 《大会正式记录，第六十二届会议，补编第44号》",
            "authorialNote_7 A/62/44",
            "authorialNote_8 A/62/221",
        ])
        #expect(fromFootnotes[0].external?.treatySeries == TreatySeriesCitation(volume: 1465, numbers: [24841]))
        #expect(fromFootnotes[0].external?.name == "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment")
        #expect(fromFootnotes[1].external?.treatySeries?.numbers == [970, 971, 972, 973])
        #expect(fromFootnotes[3].external == ExternalTarget(
            instrument: "GA resolution", symbol: "57/199",
            name: "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"))
        #expect(fromFootnotes[6].external?.instrument == "Official Records" && fromFootnotes[6].external?.symbol == "A/62/44")
        #expect(references.suffix(9).map(\.id) == fromFootnotes.map(\.id))
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
