import DocumentStore

/// A small corpus built in code. Every text is copied from `Data/sources/*.txt` (PDF line breaks
/// joined); structure and eIds follow the naming convention of issue 2. Used until (and besides)
/// the normalized `Data/*.json` is available.
enum CorpusFixtures {
    static let iccprSHA256 = "4c1de98cdaf00259d10115d73cd11dedc8026f24148ccda2011f908723080098"   // sha256sum of the raw file
    static let resolutionSHA256 = "ee5712fc941388022df6f2c490b34b0ebc44f957fc63e94fe4ca5f2d9299a21b"

    static func scalarOffset(of needle: String, in text: String) -> Int {
        let haystack = Array(text.unicodeScalars), pattern = Array(needle.unicodeScalars)
        for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
            return start
        }
        fatalError("\(needle) not in \(text)")
    }

    private static func chineseNumeral(_ n: Int) -> String { ChineseNumerals.string(for: n) }

    private static func article(_ n: Int, text: String = "", _ children: [Unit] = []) -> Unit {
        Unit(eId: "art_\(n)", type: .article, num: "第\(chineseNumeral(n))條", ordinal: n, text: text, children: children)
    }

    private static func paragraph(_ parent: String, _ n: Int, _ text: String, _ children: [Unit] = []) -> Unit {
        Unit(eId: "\(parent)__para_\(n)", type: .paragraph, num: "\(chineseNumeral(n))、", ordinal: n, text: text, children: children)
    }

    private static func item(_ parent: String, _ n: Int, _ text: String, _ children: [Unit] = []) -> Unit {
        Unit(eId: "\(parent)__list_1__point_\(n)", type: .item, num: "(\(chineseNumeral(n)))", ordinal: n, text: text, children: children)
    }

    private static func subitem(_ parent: String, _ n: Int, _ text: String) -> Unit {
        Unit(eId: "\(parent)__list_1__point_\(n)", type: .subitem, num: "(\(n))", ordinal: n, text: text)
    }

    static let art8Item2Text = "凡犯罪刑罰得科苦役徒刑之國家,如經管轄法院判處受此刑,不得根據第二項(一)款規定,而不服苦役;"
    static let art1Para1Text = "所有民族均享有目決權,根據此種權利,自由決定其政治地位並自由從事其經濟、社會與文化之發展。"

    static var iccpr: CorpusDocument {
        let p14_3 = "art_14__para_3"
        let items14 = [
            "迅即以其通曉之語言,詳細告知被控罪名及案由;",
            "給予充分之時間及便利,準備答辯並與其選任之辯護人聯絡;",
            "立即受審,不得無故稽延;",
            "到庭受審,及親自答辯或由其選任辯護人答辯;未經選任辯護人者,應告以有此權利;法院認為審判有此必要時,應為其指定公設辯護人,如被告無資力酬償,得免付之;",
            "得親自或間接詰問他造證人,並得聲請法院傳喚其證人在與他造證人同等條件下出庭作證;",
            "如不通曉或不能使用法院所用之語言,應免費為備通譯協助之;",
            "不得強迫被告自供或認罪。",
        ].enumerated().map { item(p14_3, $0.offset + 1, $0.element) }
        let p8_2 = "art_8__para_2"
        let p8_2_3 = "\(p8_2)__list_1__point_3"
        let units: [Unit] = [
            Unit(eId: "rec_1", type: .recital, num: nil, ordinal: nil, text: "本公約締約各國,鑑於按據聯合國憲章揭示之原則,人類一家,對於人人天賦尊嚴及其平等而且不可割讓權利之確認,實係世界自由、正義與和平之基礎,確認此種權利源於天賦人格尊嚴,確認依據世界人權宣言之昭示,唯有在創造環境,使人人除享有經濟、社會文化權利而外,並得享受公民及政治權利,始克實現自由人類享有公民及政治自由無所恐懼和不虞匱乏之理想。"),
            Unit(eId: "rec_2", type: .recital, num: nil, ordinal: nil, text: "鑑於聯合國憲章之規定,各國負有義務,必須促進人權及自由之普遍尊重及遵守,明認個人對他人及其對隸屬之社會,負有義務,故職責所在,必須力求本公約所確認各種權利之促進及遵守。"),
            Unit(eId: "formula_1", type: .formula, num: nil, ordinal: nil, text: "爰議定條款如下:"),
            article(1, [
                paragraph("art_1", 1, art1Para1Text),
                paragraph("art_1", 2, "所有民族得為本身之目的,自由處置其天然財富及資源,但不得妨害因基於互惠原則之國際經濟合作及因國際法而生之任何義務,無論在何種情形下,民族之生計,不容剝奪。"),
                paragraph("art_1", 3, "本公約締約國,包括負責管理非自治及託管領土之國家在內,均應遵照聯合國憲章規定,促進自決權之實現,並尊重此種權利。"),
            ]),
            article(7, text: "任何人不得施以酷刑,或予以殘忍、不人道或侮辱之處遇或懲罰。非經本人自願同意,尤不得對任何人作醫學或科學試驗。"),
            article(8, [
                paragraph("art_8", 1, "任何人不得使充奴隸;奴隸制度及奴隸販賣,不論出於何種方式,悉應禁止。"),
                paragraph("art_8", 2, "任何人不得使充奴工。", [
                    item(p8_2, 1, "任何人不得使服強迫或強制之勞役;"),
                    item(p8_2, 2, art8Item2Text),
                    item(p8_2, 3, "本項所稱〝強迫或強制勞役〞不包括下列各項:", [
                        subitem(p8_2_3, 1, "經法院依法命令拘禁之人,或在此種拘禁假釋期間之人,通常必須擔任而不屬於(二)款範圍之工作或服役;"),
                        subitem(p8_2_3, 2, "任何軍事性質之服役,及在承認人民可以本其信念反對服兵役之國家,依法對此種人徵服之國民兵役;"),
                        subitem(p8_2_3, 3, "遇有緊急危難或災害禍患危及社會生命安寧時徵召之服役;"),
                        subitem(p8_2_3, 4, "為正常公民義務一部分之工作或服役。"),
                    ]),
                ]),
            ]),
            article(13, text: "本公約締約國境內合法居留之外國人,非經依法判定,不得驅逐出境,且除事關國家安全必須急速處分者外,應准其提出不服驅逐出境之理由,及聲請主管當局或主管當局特別指定之人員予以覆判,並為此目的委託代理人到場申訴。"),
            article(14, [
                paragraph("art_14", 1, "人人在法院或法庭之前,悉屬平等。任何人受刑事控告或因其權利義務涉訟須予判定時,應有權受獨立無私之法定管轄法庭公正公開審問。法院得因民主社會之風化、公共秩序或國家安全關係,或於保護當事人私生活有此必要時,或因情形特殊公開審判勢必影響司法而在其認為絕對必要之限度內,禁止新聞界及公眾旁聽審判程序之全部或一部;但除保護少年有此必要,或事關婚姻爭執或子女監護問題外,刑事民事之判決應一律公開宣示。"),
                paragraph("art_14", 2, "受刑事控告之人,未經依法確定有罪以前,應假定其無罪。"),
                paragraph("art_14", 3, "審判被控刑事罪時,被告一律有權平等享受下列最低限度之保障:", items14),
                paragraph("art_14", 4, "少年犯罪之審判,應顧念被告年齡及宜使其重適社會生活,而酌定程序。"),
                paragraph("art_14", 5, "經判定犯罪者,有權聲請上級法院依法覆判其有罪判決及所科刑罰。"),
                paragraph("art_14", 6, "經終局判決判定犯罪,如後因提出新證據或因發見新證據,確實證明原判錯誤而經撤銷原判或免刑者,除經證明有關證據之未能及時披露,應由其本人全部或局部負責者外,因此判決而服刑之人應依法受損害賠償。"),
                paragraph("art_14", 7, "任何人依一國法律及刑事程序經終局判決判定有罪或無罪開釋者,不得就同一罪名再予審判或科刑。"),
            ]),
            article(15, [
                paragraph("art_15", 1, "任何人之行為或不行為,於發生當時依內國法及國際法均不成罪者,不為罪。刑罰不得重於犯罪時法律所規定。犯罪後之法律規定減科刑罰者,從有利於行為人之法律。"),
                paragraph("art_15", 2, "任何人之行為或不行為,於發生當時依各國公認之一般法律原則為有罪者,其審判與刑罰不受本條規定之影響。"),
            ]),
            article(53, [
                paragraph("art_53", 1, "本公約應交存聯合國檔庫,其中、英、法、俄及西文各本同一作準。"),
                paragraph("art_53", 2, "聯合國秘書長應將本公約正式副本分送第四十八條所稱之所有國家。"),
            ]),
        ]
        let refStart = scalarOffset(of: "第二項(一)款", in: art8Item2Text)
        let relStart = scalarOffset(of: "本條", in: "任何人之行為或不行為,於發生當時依各國公認之一般法律原則為有罪者,其審判與刑罰不受本條規定之影響。")
        return CorpusDocument(
            id: "iccpr", symbol: "ICCPR", title: "公民與政治權利國際公約",
            titleEnglish: "International Covenant on Civil and Political Rights", language: "zh-Hant",
            kind: .treaty, dates: [DocumentDate(kind: "entryIntoForce", date: "1976-03-23", printed: "1976年3月26日", printedDate: "1976-03-26",
                                 note: "entered into force on 23 March 1976; the source prints the 26th")],
            source: SourceFileInfo(path: "sources/iccpr.zh-Hant.txt", sha256: iccprSHA256, bytes: 28298, lines: 247),
            units: units, footnotes: [],
            errata: [Erratum(eId: "art_1__para_1", offset: scalarOffset(of: "目決權", in: art1Para1Text), printed: "目決權", intended: "自決權", note: "typo: 目 for 自", kind: "typo")],
            references: [
                CrossReference(id: "iccpr-ref-1", type: .explicit, text: "第二項(一)款",
                               source: ReferenceSource(document: "iccpr", eId: "art_8__para_2__list_1__point_2", start: refStart, end: refStart + 7),
                               targets: [ReferenceTarget(document: "iccpr", eId: "art_8__para_2__list_1__point_1")]),
                CrossReference(id: "iccpr-ref-2", type: .relative, text: "本條",
                               source: ReferenceSource(document: "iccpr", eId: "art_15__para_2", start: relStart, end: relStart + 2),
                               targets: [ReferenceTarget(document: "iccpr", eId: "art_15")]),
            ],
            discarded: [DiscardedText(line: 1, text: "Call us (06)505-2916 . FAX(06)-5052917", reason: "contact line")],
            provenance: [])
    }

    static let rec4Text = "还回顾《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约》第一条所载的酷刑定义，但不妨碍任何载列或可能载列适用范围较广的规定的国际文书或国内立法，"
    static let para6Text = "在这方面注意到《有效调查和记录酷刑和其他残忍、不人道或有辱人格待遇或处罚的原则》(《伊斯坦布尔原则》)是防范和制止酷刑的有用工具，并注意到通过打击有罪不罚保护人权的增订原则；"
    static let para7Text = "吁请《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约》缔约国履行义务，将被指控实施酷刑行为的人交付起诉或引渡；"

    static var resolution: CorpusDocument {
        func operative(_ n: Int, _ text: String, refs: [FootnoteRef] = []) -> Unit {
            Unit(eId: "para_\(n)", type: .paragraph, num: "\(n).", ordinal: n, text: text, footnoteRefs: refs)
        }
        let fn1Rec4 = scalarOffset(of: "》第一条", in: rec4Text) + 1
        let fn5 = scalarOffset(of: "》)是", in: para6Text) + 2
        let fn6 = para6Text.unicodeScalars.count
        let fn1Para7 = scalarOffset(of: "》缔约国", in: para7Text) + 1
        let units: [Unit] = [
            Unit(eId: "formula_1", type: .formula, num: nil, ordinal: nil, text: "大会，"),
            Unit(eId: "rec_1", type: .recital, num: nil, ordinal: nil, text: "重申不得对任何人实施酷刑或其他残忍、不人道或有辱人格的待遇或处罚，"),
            Unit(eId: "rec_2", type: .recital, num: nil, ordinal: nil, text: "回顾免受酷刑和其他残忍、不人道或有辱人格的待遇或处罚是不容克减的权利，在一切情况下，包括在国际或国内武装冲突或动乱期间，均须得到保护，各相关国际文书均申明绝对禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚，"),
            Unit(eId: "rec_3", type: .recital, num: nil, ordinal: nil, text: "又回顾包括起诉应对 1991 年以来前南斯拉夫境内所犯严重违反国际人道主义法行为负责者的国际法庭在内的若干国际、区域和国内法院确认禁止酷刑是强制性国际法规范，并认为习惯国际法禁止残忍、不人道或有辱人格的待遇或处罚，"),
            Unit(eId: "rec_4", type: .recital, num: nil, ordinal: nil, text: rec4Text, footnoteRefs: [FootnoteRef(number: 1, offset: fn1Rec4)]),
            operative(1, "谴责一切形式的酷刑和其他残忍、不人道或有辱人格的待遇或处罚，包括通过恐吓实施的此类行为，不论发生于何时何地，此类行为均应永予禁止，断无施行之理；吁请所有国家全面绝对禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚；"),
            operative(6, para6Text, refs: [FootnoteRef(number: 5, offset: fn5), FootnoteRef(number: 6, offset: fn6)]),
            operative(7, para7Text, refs: [FootnoteRef(number: 1, offset: fn1Para7)]),
            operative(10, "强烈敦促各国确保在任何诉讼程序中，不得援引任何经确定以酷刑取得的口供为证据，但这类口供可用作被控施用酷刑者刑讯逼供的证据；"),
            operative(32, "决定在第六十三届会议审议秘书长的报告，包括关于联合国援助酷刑受害人自愿基金和任择议定书所设特别基金的报告、禁止酷刑委员会的报告及酷刑和其他残忍、不人道或有辱人格的待遇或处罚问题特别报告员的临时报告。"),
            Unit(eId: "conclusion_1", type: .conclusion, num: nil, ordinal: nil, text: "2007 年 12 月 18 日"),
        ]
        let footnotes = [
            Footnote(number: 1, eId: "authorialNote_1", text: "联合国，《条约汇编》，第 1465 卷，第 24841 号。",
                     citation: FootnoteCitation(kind: "treatySeries", treatySeries: TreatySeriesCitation(volume: 1465, numbers: [24841])),
                     anchors: [FootnoteAnchor(eId: "rec_4", offset: fn1Rec4), FootnoteAnchor(eId: "para_7", offset: fn1Para7)]),
            Footnote(number: 5, eId: "authorialNote_5", text: "第 55/89 号决议，附件。",
                     citation: FootnoteCitation(kind: "resolution", resolution: ResolutionCitation(number: "55/89", annex: true)),
                     anchors: [FootnoteAnchor(eId: "para_6", offset: fn5)]),
            Footnote(number: 6, eId: "authorialNote_6", text: "见 E/CN.4/2005/102/Add.1。",
                     citation: FootnoteCitation(kind: "document", symbols: ["E/CN.4/2005/102/Add.1"]),
                     anchors: [FootnoteAnchor(eId: "para_6", offset: fn6)]),
        ]
        return CorpusDocument(
            id: "a-res-62-148", symbol: "A/RES/62/148", title: "酷刑和其他残忍、不人道或有辱人格的待遇或处罚",
            titleEnglish: nil, language: "zh-Hans", kind: .resolution,
            dates: [DocumentDate(kind: "adopted", date: "2007-12-18", printed: "2007年12月18日")],
            source: SourceFileInfo(path: "sources/resolution-62-148.zh-Hans.txt", sha256: resolutionSHA256, bytes: 12395, lines: 316),
            units: units, footnotes: footnotes, errata: [],
            references: [],
            discarded: [], provenance: [])
    }

    static var thematicLinks: [CrossReference] {
        [CrossReference(
            id: "thematic-1", type: .thematic, text: "prohibition of torture", source: nil,
            targets: [ReferenceTarget(document: "iccpr", eId: "art_7"), ReferenceTarget(document: "a-res-62-148", eId: "para_1")],
            rationale: "ICCPR art. 7 forbids torture; operative paragraph 1 condemns every form of it.")]
    }

    static func repository() throws -> DocumentRepository {
        try DocumentRepository(documents: [iccpr, resolution], thematicLinks: thematicLinks)
    }
}
