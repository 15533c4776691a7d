import Testing
import DocumentStore
import Normalizer

/// The Covenant's internal references, checked against the hand-copied unit texts of
/// `Data/sources/iccpr.zh-Hant.txt`. Every expectation below was read off the raw text by hand.
@Suite struct ReferencesCovenantTests {
    let references = ICCPRReferenceExtractor.references(in: HandCopiedCovenant.document)

    private func references(in eId: String) -> [CrossReference] {
        references.filter { $0.source?.eId == eId }
    }

    private func targets(_ reference: CrossReference?) -> [String] {
        reference?.targets.map(\.eId) ?? []
    }

    @Test func article4Paragraph2NamesEachNonDerogableArticleSeparately() {
        let found = references(in: "art_4__para_2").filter { $0.type == .explicit }
        #expect(found.map(\.text) == ["第六條", "第七條", "第八條(第一項及第二項)", "第十一條", "第十五條", "第十六條", "第十八條"])
        #expect(found.map { targets($0) } == [
            ["art_6"], ["art_7"], ["art_8__para_1", "art_8__para_2"], ["art_11"], ["art_15"], ["art_16"], ["art_18"],
        ])
    }

    @Test func article4Paragraph2ThisArticleIsArticle4() {
        let relative = references(in: "art_4__para_2").filter { $0.type == .relative }
        #expect(relative.map(\.text) == ["本條"])
        #expect(targets(relative.first) == ["art_4"])
    }

    @Test func article32Paragraph1NamesArticle30Paragraph4() {
        let found = references(in: "art_32__para_1")
        #expect(found.map(\.text) == ["第三十條第四項"])
        #expect(found.first?.type == .explicit)
        #expect(targets(found.first) == ["art_30__para_4"])
    }

    @Test func article8Item2NamesParagraph2ItemOneAsPrinted() {
        let found = references(in: "art_8__para_2__list_1__point_2")
        #expect(found.map(\.text) == ["第二項(一)款"])
        #expect(found.first?.type == .explicit)
        #expect(targets(found.first) == ["art_8__para_2__list_1__point_1"])
    }

    @Test func article8ThisParagraphIsParagraph2WhereTheItemIsPrinted() {
        let found = references(in: "art_8__para_2__list_1__point_3")
        #expect(found.map(\.text) == ["本項", "下列各項"])
        #expect(targets(found.first) == ["art_8__para_2"])
        #expect(targets(found.last) == (1...4).map { "art_8__para_2__list_1__point_3__list_1__point_\($0)" })
    }

    @Test func bareItemInASubItemNamesAnItemOfTheEnclosingList() {
        let found = references(in: "art_8__para_2__list_1__point_3__list_1__point_1")
        #expect(found.map(\.text) == ["(二)款"])
        #expect(found.first?.type == .relative)
        #expect(targets(found.first) == ["art_8__para_2__list_1__point_2"])
    }

    @Test func sameArticleInArticle52IsTheArticle48JustNamed() {
        let found = references(in: "art_52")
        // 除第四十八條第五項規定之通知外,聯合國秘書長應將下列事項通知同條第一項所稱之所有國家:
        #expect(found.map(\.text) == ["第四十八條第五項", "下列事項", "同條第一項"])
        #expect(found.map { targets($0) } == [["art_48__para_5"], ["art_52__para_1", "art_52__para_2"], ["art_48__para_1"]])
        #expect(found.map(\.type) == [.explicit, .relative, .relative])
    }

    @Test func thatArticleInArticle34Paragraph3IsArticle33() {
        let found = references(in: "art_34__para_3")
        #expect(found.map(\.text) == ["第三十三條", "該條"])
        #expect(found.map { targets($0) } == [["art_33"], ["art_33"]])
        #expect(found.map(\.type) == [.explicit, .relative])
    }

    @Test func suchRemedyInArticle2ReachesBackToTheItemThatGrantsTheRemedy() {
        let second = references(in: "art_2__para_3__list_1__point_2")
        let third = references(in: "art_2__para_3__list_1__point_3")
        #expect(second.map(\.text) == ["上項"])
        #expect(targets(second.first) == ["art_2__para_3__list_1__point_1"])
        #expect(targets(third.first) == ["art_2__para_3__list_1__point_1", "art_2__para_3__list_1__point_2"])
    }

    @Test func aboveMentionedRightsInArticle12AreParagraphs1And2() {
        let found = references(in: "art_12__para_3")
        #expect(found.map(\.text) == ["上列"])
        #expect(targets(found.first) == ["art_12__para_1", "art_12__para_2"])
    }

    @Test func thisPartResolvesToTheElectionArticlesOfPartFour() {
        let preceding = references(in: "art_32__para_2")
        let relevant = references(in: "art_34__para_2")
        #expect(preceding.map(\.text) == ["本公約本編以上各條"])
        #expect(relevant.map(\.text) == ["本公約本編有關規定"])
        #expect(targets(preceding.first) == ["art_28", "art_29", "art_30", "art_31"])
        #expect(targets(relevant.first) == ["art_28", "art_29", "art_30", "art_31"])
    }

    @Test func article41ItemsNameSiblingItemsOfParagraph1() {
        let items = (5...8).map { references(in: "art_41__para_1__list_1__point_\($0)") }
        #expect(items.map { $0.map(\.text) } == [["(三)款"], ["(二)款"], ["(二)款"], ["(二)款"]])
        #expect(items.map { targets($0.first) } == [
            ["art_41__para_1__list_1__point_3"], ["art_41__para_1__list_1__point_2"],
            ["art_41__para_1__list_1__point_2"], ["art_41__para_1__list_1__point_2"],
        ])
        for subItem in 1...2 {
            let found = references(in: "art_41__para_1__list_1__point_8__list_1__point_\(subItem)")
            #expect(targets(found.first) == ["art_41__para_1__list_1__point_5"])
        }
    }

    @Test func article41Paragraph1SaysThisArticleThreeTimes() {
        let found = references(in: "art_41__para_1")
        #expect(found.map(\.text) == ["本條", "本條", "本條", "下開程序"])
        #expect(found.prefix(3).allSatisfy { targets($0) == ["art_41"] })
        // 應照下開程序處理: "shall be dealt with in accordance with the following procedure", items (一)–(八).
        #expect(targets(found.last) == (1...8).map { "art_41__para_1__list_1__point_\($0)" })
    }

    @Test func article42Paragraph7ItemsNameSiblingItems() {
        #expect(targets(references(in: "art_42__para_7__list_1__point_3").first) == ["art_42__para_7__list_1__point_2"])
        #expect(targets(references(in: "art_42__para_7__list_1__point_4").first) == ["art_42__para_7__list_1__point_3"])
    }

    @Test func thisArticleWithAParagraphNamesThatParagraph() {
        #expect(targets(references(in: "art_19__para_3").first) == ["art_19__para_2"])
        #expect(targets(references(in: "art_40__para_5").first) == ["art_40__para_4"])
        #expect(targets(references(in: "art_42__para_10").first) == ["art_42__para_9"])
        #expect(targets(references(in: "art_48__para_3").first) == ["art_48__para_1"])
    }

    @Test func theWholeCovenantAndNumberedInstrumentsAreNotUnitReferences() {
        // Art. 1(3) says 本公約 and names the Charter (an external reference); art. 49 counts the 第三十五件 instrument.
        #expect(references(in: "art_1__para_3").map(\.text) == ["聯合國憲章"])
        #expect(references(in: "art_1__para_3").first?.type == .external)
        #expect(references(in: "art_49__para_1").isEmpty)
        #expect(!references.contains { $0.text.hasPrefix("本公約") && $0.targets.isEmpty })
    }

    @Test func everyReferenceInTheCovenantIsFound() {
        // Read off the raw text, article by article (see the table in the report).
        // Since round 2 also the instruments named in words (rec_1 here holds the second recital, 聯合國憲章) and
        // the general references 下列…, 下開程序, 以下規定, 本公約實施條款.
        let perUnit: [String: Int] = [
            "rec_1": 1, "art_1__para_3": 1, "art_6__para_2": 1, "art_8__para_2__list_1__point_3": 2, "art_14__para_3": 1,
            "art_19__para_3": 2, "art_22__para_3": 3, "art_28__para_1": 1, "art_39__para_2": 1, "art_40__para_1": 1,
            "art_41__para_1": 4, "art_43": 2, "art_44": 1, "art_46": 1, "art_48__para_1": 1, "art_52": 3, "art_6__para_3": 2,
            "art_2__para_3__list_1__point_2": 1, "art_2__para_3__list_1__point_3": 1, "art_4__para_2": 8,
            "art_6__para_6": 1, "art_8__para_2__list_1__point_2": 1,
            "art_8__para_2__list_1__point_3__list_1__point_1": 1,
            "art_12__para_3": 1, "art_15__para_2": 1, "art_22__para_2": 1,
            "art_25__para_1": 1, "art_29__para_1": 1, "art_30__para_2": 1, "art_32__para_1": 1, "art_32__para_2": 1,
            "art_34__para_1": 2, "art_34__para_2": 1, "art_34__para_3": 2, "art_40__para_5": 1,
            "art_41__para_1__list_1__point_4": 1, "art_41__para_1__list_1__point_5": 1,
            "art_41__para_1__list_1__point_6": 1, "art_41__para_1__list_1__point_7": 1,
            "art_41__para_1__list_1__point_8": 1, "art_41__para_1__list_1__point_8__list_1__point_1": 1,
            "art_41__para_1__list_1__point_8__list_1__point_2": 1, "art_41__para_2": 3,
            "art_42__para_1__list_1__point_1": 1, "art_42__para_2": 1, "art_42__para_5": 2,
            "art_42__para_7__list_1__point_3": 1, "art_42__para_7__list_1__point_4": 1, "art_42__para_8": 2,
            "art_42__para_10": 1, "art_48__para_3": 1, "art_52__para_1": 1,
            "art_52__para_2": 2, "art_53__para_2": 1,
        ]
        let counted = Dictionary(grouping: references, by: { $0.source?.eId ?? "" }).mapValues(\.count)
        #expect(counted == perUnit)
        #expect(references.count == 79)
    }

    @Test func everySpanSliceIsTheReferringWords() throws {
        for reference in references {
            let source = try #require(reference.source)
            let unit = try #require(HandCopiedCovenant.unit(source.eId))
            let scalars = Array(unit.text.unicodeScalars)
            #expect(source.document == "iccpr")
            #expect(source.start >= 0 && source.start < source.end && source.end <= scalars.count)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[source.start..<source.end])
            #expect(String(slice) == reference.text, "\(reference.id)")
        }
    }

    @Test func everyTargetIsAUnitOfTheCovenant() {
        for reference in references where reference.type != .external {
            #expect(!reference.targets.isEmpty, "\(reference.id)")
            for target in reference.targets {
                #expect(target.document == "iccpr")
                #expect(HandCopiedCovenant.unit(target.eId) != nil, "\(reference.id) → \(target.eId)")
            }
        }
    }

    @Test func idsRunInDocumentOrder() {
        #expect(references.map(\.id) == (1...references.count).map { n in
            "iccpr-ref-" + String(repeating: "0", count: 3 - String(n).count) + String(n)
        })
        #expect(references.first?.source?.eId == "rec_1")
        #expect(references.last?.source?.eId == "art_53__para_2")
    }

    @Test func numberedTargetsAreExplicitAndRelativeFormsAreRelative() {
        for reference in references where reference.type != .external {
            let relativeWords = ["本", "上", "該", "同", "(", "下", "以下"]
            let isRelativeForm = relativeWords.contains { reference.text.hasPrefix($0) }
            #expect(reference.type == (isRelativeForm ? .relative : .explicit), "\(reference.id) \(reference.text)")
            #expect(reference.external == nil)
        }
    }

    @Test func instrumentsTheCovenantNamesAreExternalReferencesWithTheirNames() {
        #expect(references(in: "art_6__para_2").map(\.text) == ["防止及懲治殘害人群罪公約"])
        #expect(references(in: "art_6__para_2").first?.external?.name == "Convention on the Prevention and Punishment of the Crime of Genocide")
        // Art. 22(3): the ILO Convention of 1948, 本條, then 該公約 ("that convention") naming it again.
        let art22 = references(in: "art_22__para_3")
        #expect(art22.map(\.text) == ["關於結社自由及保障組織權利之國際勞工組織一九四八年公約", "本條", "該公約"])
        #expect(art22.map { $0.external?.instrument } == ["ILO Convention No. 87", nil, "ILO Convention No. 87"])
        #expect(references(in: "art_43").map { $0.external?.instrument } == [nil, "UN Privileges and Immunities Convention"])
        #expect(references(in: "art_48__para_1").map { $0.external?.instrument } == ["ICJ Statute"])
        #expect(references(in: "art_46").map { $0.external?.instrument } == ["UN Charter"])
        #expect(references.filter { $0.type == .external }.allSatisfy { $0.targets.isEmpty && $0.external?.name != nil })
    }

    @Test func generalReferencesToPartFourNameItsArticles() {
        // Art. 28(1) 執行以下規定之職務 ("the functions hereinafter provided"): the rest of Part IV.
        let hereinafter = references(in: "art_28__para_1")
        #expect(hereinafter.map(\.text) == ["以下規定"])
        #expect(targets(hereinafter.first) == (29...45).map { "art_\($0)" })
        // Art. 44 本公約實施條款 ("the provisions for the implementation of the present Covenant"): Part IV.
        let implementing = references(in: "art_44")
        #expect(implementing.map(\.text) == ["本公約實施條款"])
        #expect(implementing.first?.type == .relative)
        #expect(targets(implementing.first) == (28...45).map { "art_\($0)" })
    }

    @Test func theFollowingNamesTheUnitsOwnItems() {
        #expect(targets(references(in: "art_14__para_3").first) == (1...7).map { "art_14__para_3__list_1__point_\($0)" })
        #expect(references(in: "art_14__para_3").first?.text == "下列最低限度之保障")
        #expect(references(in: "art_19__para_3").map(\.text) == ["本條第二項", "下列各項"])
        #expect(targets(references(in: "art_39__para_2").first) == ["art_39__para_2__list_1__point_1", "art_39__para_2__list_1__point_2"])
        #expect(targets(references(in: "art_40__para_1").first) == ["art_40__para_1__list_1__point_1", "art_40__para_1__list_1__point_2"])
    }
}
