import DocumentStore

/// A small corpus built in code from passages copied byte-for-byte out of the raw sources in
/// `Data/sources/` (ICCPR articles 7, 8 and 14 and the enacting formula; the resolution's first
/// recital, operative paragraphs 9–10 and footnote 1), with the eIds the normalization rules give
/// them. It lets the handler tests run on known text without depending on the normalizer's output.
enum SampleCorpus {
    static let item7Text = "不得強迫被告自供或認罪。"
    static let operative10Text = "强烈敦促各国确保在任何诉讼程序中，不得援引任何经确定以酷刑取得的口供为证据，但这类口供可用作被控施用酷刑者刑讯逼供的证据；"

    static func repository() throws -> DocumentRepository {
        try DocumentRepository(documents: [covenant, resolution], thematicLinks: [thematicLink])
    }

    static let covenantChineseItems = ["一", "二", "三", "四", "五", "六", "七"]

    static var covenant: CorpusDocument {
        let article14Paragraphs = [
            "人人在法院或法庭之前,悉屬平等。",
            "受刑事控告之人,未經依法確定有罪以前,應假定其無罪。",
            "審判被控刑事罪時,被告一律有權平等享受下列最低限度之保障:",
            "少年犯罪之審判,應顧念被告年齡及宜使其重適社會生活,而酌定程序。",
            "經判定犯罪者,有權聲請上級法院依法覆判其有罪判決及所科刑罰。",
            "經終局判決判定犯罪,如後因提出新證據或因發見新證據,確實證明原判錯誤而經撤銷原判或免刑者,除經證明有關證據之未能及時披露,應由其本人全部或局部負責者外,因此判決而服刑之人應依法受損害賠償。",
            "任何人依一國法律及刑事程序經終局判決判定有罪或無罪開釋者,不得就同一罪名再予審判或科刑。",
        ]
        let paragraph3Items = [
            "迅即以其通曉之語言,詳細告知被控罪名及案由;",
            "給予充分之時間及便利,準備答辯並與其選任之辯護人聯絡;",
            "立即受審,不得無故稽延;",
            "到庭受審,及親自答辯或由其選任辯護人答辯;未經選任辯護人者,應告以有此權利;法院認為審判有此必要時,應為其指定公設辯護人,如被告無資力酬償,得免付之;",
            "得親自或間接詰問他造證人,並得聲請法院傳喚其證人在與他造證人同等條件下出庭作證;",
            "如不通曉或不能使用法院所用之語言,應免費為備通譯協助之;",
            item7Text,
        ]
        let article14 = Unit(
            eId: "art_14", type: .article, num: "第十四條", ordinal: 14, text: "",
            children: article14Paragraphs.enumerated().map { index, text in
                let eId = "art_14__para_\(index + 1)"
                let items = index == 2 ? paragraph3Items.enumerated().map { itemIndex, itemText in
                    Unit(eId: "\(eId)__list_1__point_\(itemIndex + 1)", type: .item, num: "(\(covenantChineseItems[itemIndex]))",
                         ordinal: itemIndex + 1, text: itemText)
                } : []
                return Unit(eId: eId, type: .paragraph, num: "\(covenantChineseItems[index])、", ordinal: index + 1, text: text, children: items)
            })
        let article8Subitems = [
            "經法院依法命令拘禁之人,或在此種拘禁假釋期間之人,通常必須擔任而不屬於(二)款範圍之工作或服役;",
            "任何軍事性質之服役,及在承認人民可以本其信念反對服兵役之國家,依法對此種人徵服之國民兵役;",
            "遇有緊急危難或災害禍患危及社會生命安寧時徵召之服役;",
            "為正常公民義務一部分之工作或服役。",
        ]
        let item3 = Unit(
            eId: "art_8__para_2__list_1__point_3", type: .item, num: "(三)", ordinal: 3,
            text: "本項所稱〝強迫或強制勞役〞不包括下列各項:",
            children: article8Subitems.enumerated().map { index, text in
                Unit(eId: "art_8__para_2__list_1__point_3__list_1__point_\(index + 1)", type: .subitem, num: "(\(index + 1))",
                     ordinal: index + 1, text: text)
            })
        let article8 = Unit(eId: "art_8", type: .article, num: "第八條", ordinal: 8, text: "", children: [
            Unit(eId: "art_8__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "任何人不得使充奴隸;奴隸制度及奴隸販賣,不論出於何種方式,悉應禁止。"),
            Unit(eId: "art_8__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "任何人不得使充奴工。", children: [
                Unit(eId: "art_8__para_2__list_1__point_1", type: .item, num: "(一)", ordinal: 1, text: "任何人不得使服強迫或強制之勞役;"),
                Unit(eId: "art_8__para_2__list_1__point_2", type: .item, num: "(二)", ordinal: 2,
                     text: "凡犯罪刑罰得科苦役徒刑之國家,如經管轄法院判處受此刑,不得根據第二項(一)款規定,而不服苦役;"),
                item3,
            ]),
        ])
        let article7 = Unit(eId: "art_7", type: .article, num: "第七條", ordinal: 7,
                            text: "任何人不得施以酷刑,或予以殘忍、不人道或侮辱之處遇或懲罰。非經本人自願同意,尤不得對任何人作醫學或科學試驗。")
        let formula = Unit(eId: "formula_1", type: .formula, num: nil, ordinal: nil, text: "爰議定條款如下:")
        let reference = CrossReference(
            id: "iccpr-ref-1", type: .explicit, text: "第二項(一)款",
            source: ReferenceSource(document: "iccpr", eId: "art_8__para_2__list_1__point_2", start: 31, end: 38),
            targets: [ReferenceTarget(document: "iccpr", eId: "art_8__para_2__list_1__point_1")])
        let article1 = Unit(eId: "art_1", type: .article, num: "第一條", ordinal: 1, text: "", children: [
            Unit(eId: "art_1__para_1", type: .paragraph, num: "一、", ordinal: 1,
                 text: "所有民族均享有目決權,根據此種權利,自由決定其政治地位並自由從事其經濟、社會與文化之發展。"),
        ])
        let erratum = Erratum(eId: "art_1__para_1", offset: 7, printed: "目決權", intended: "自決權",
                              note: "目 printed for 自: the right of self-determination (自決權), as article 1(3) prints it", kind: "typo")
        return CorpusDocument(
            id: "iccpr", symbol: "ICCPR", title: "公民與政治權利國際公約", titleEnglish: "International Covenant on Civil and Political Rights",
            language: "zh-Hant", kind: .treaty,
            dates: [DocumentDate(kind: "entryIntoForce", date: "1976-03-26", printed: "1976年3月26日")],
            source: SourceFileInfo(path: "sources/iccpr.zh-Hant.txt", sha256: String(repeating: "0", count: 64), bytes: 1, lines: 1),
            units: [formula, article1, article7, article8, article14], footnotes: [], errata: [erratum], references: [reference],
            discarded: [], provenance: [])
    }

    static var resolution: CorpusDocument {
        let recital = Unit(eId: "rec_1", type: .recital, num: nil, ordinal: nil,
                           text: "重申不得对任何人实施酷刑或其他残忍、不人道或有辱人格的待遇或处罚，")
        let recital4 = Unit(eId: "rec_2", type: .recital, num: nil, ordinal: nil,
                            text: "还回顾《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约》第一条所载的酷刑定义，但不妨碍任何载列或可能载列适用范围较广的规定的国际文书或国内立法，",
                            footnoteRefs: [FootnoteRef(number: 1, offset: 31)])
        let paragraph9 = Unit(eId: "para_9", type: .paragraph, num: "9.", ordinal: 9,
                              text: "着重指出武装冲突中的酷刑行为严重违反国际人道主义法，并在这方面构成战争罪，而且酷刑行为可构成危害人类罪，一切酷刑行为的行为人必须受到起诉和惩罚；")
        let paragraph10 = Unit(eId: "para_10", type: .paragraph, num: "10.", ordinal: 10, text: operative10Text)
        let footnote = Footnote(
            number: 1, eId: "authorialNote_1", text: "联合国，《条约汇编》，第 1465 卷，第 24841 号。",
            citation: FootnoteCitation(kind: "treatySeries", treatySeries: TreatySeriesCitation(volume: 1465, numbers: [24841]),
                                       english: "United Nations, Treaty Series, vol. 1465, No. 24841."),
            anchors: [FootnoteAnchor(eId: "rec_2", offset: 31)])
        let external = CrossReference(
            id: "a-res-62-148-ref-1", type: .external, text: "第一条",
            source: ReferenceSource(document: "a-res-62-148", eId: "rec_2", start: 31, end: 34),
            targets: [], external: ExternalTarget(instrument: "CAT", article: 1))
        return CorpusDocument(
            id: "a-res-62-148", symbol: "A/RES/62/148", title: "酷刑和其他残忍、不人道或有辱人格的待遇或处罚", titleEnglish: nil,
            language: "zh-Hans", kind: .resolution,
            dates: [DocumentDate(kind: "adopted", date: "2007-12-18", printed: "2007年12月18日")],
            source: SourceFileInfo(path: "sources/resolution-62-148.zh-Hans.txt", sha256: String(repeating: "1", count: 64), bytes: 1, lines: 1),
            units: [recital, recital4, paragraph9, paragraph10], footnotes: [footnote], errata: [], references: [external],
            discarded: [], provenance: [])
    }

    static var thematicLink: CrossReference {
        CrossReference(id: "thematic-1", type: .thematic, text: "prohibition of torture", source: nil,
                       targets: [ReferenceTarget(document: "iccpr", eId: "art_7"), ReferenceTarget(document: "a-res-62-148", eId: "para_9")],
                       rationale: "ICCPR art. 7 prohibits torture; the resolution condemns it in every form.")
    }
}
