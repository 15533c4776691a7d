import DocumentStore

/// The Covenant's articles as hand-copied unit texts, so the extractor can be tested before (and
/// independently of) the normalizer. Every text below is a line of `Data/sources/iccpr.zh-Hant.txt`
/// with its label (`第N條`, `一、`, `(一)`, `(1)`) cut off and nothing else changed.
enum HandCopiedCovenant {
    static var document: CorpusDocument {
        CorpusDocument(
            id: "iccpr", symbol: "ICCPR", title: "公民與政治權利國際公約", titleEnglish: nil, language: "zh-Hant",
            kind: .treaty, dates: [], source: SourceFileInfo(path: "sources/iccpr.zh-Hant.txt", sha256: "", bytes: 0, lines: 246),
            units: [
                Unit(eId: "rec_1", type: .recital, num: nil, ordinal: nil, text: "鑑於聯合國憲章之規定,各國負有義務,必須促進人權及自由之普遍尊重及遵守,明認個人對他人及其對隸屬之社會,負有義務,故職責所在,必須力求本公約所確認各種權利之促進及遵守。"),
            ] + handCopiedCovenantArticles,
            footnotes: [], errata: [], references: [], discarded: [], provenance: []
        )
    }

    /// The unit with `eId`, anywhere in the tree.
    static func unit(_ eId: String) -> Unit? {
        var found: Unit?
        func visit(_ units: [Unit]) {
            for unit in units where found == nil {
                if unit.eId == eId { found = unit } else { visit(unit.children) }
            }
        }
        visit(document.units)
        return found
    }
}

// Unit texts copied from Data/sources/iccpr.zh-Hant.txt lines 16–246, labels removed, as printed.
// Art. 41(2): the unlabelled line 198 continues paragraph 2. Art. 10(2) and 42(1) print their first item on the paragraph line.
private let handCopiedCovenantArticles: [Unit] = [
    Unit(eId: "art_1", type: .article, num: "第一條", ordinal: 1, text: "", children: [
        Unit(eId: "art_1__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "所有民族均享有目決權,根據此種權利,自由決定其政治地位並自由從事其經濟、社會與文化之發展。", children: [
        ]),
        Unit(eId: "art_1__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "所有民族得為本身之目的,自由處置其天然財富及資源,但不得妨害因基於互惠原則之國際經濟合作及因國際法而生之任何義務,無論在何種情形下,民族之生計,不容剝奪。", children: [
        ]),
        Unit(eId: "art_1__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "本公約締約國,包括負責管理非自治及託管領土之國家在內,均應遵照聯合國憲章規定,促進自決權之實現,並尊重此種權利。", children: [
        ]),
    ]),
    Unit(eId: "art_2", type: .article, num: "第二條", ordinal: 2, text: "", children: [
        Unit(eId: "art_2__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "本公約締約國承允尊重並確保所有境內受其管轄之人,無分種類、膚色、性別、語言、宗教、政見或其他主張民族本源或社會階級、財產、出生或其他主張民族本源或社會階級、財產、出生或其他身分等等,一律享受本公約所確認之權利。", children: [
        ]),
        Unit(eId: "art_2__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "本公約締約國承允遇現行立法或其他措詞尚無規定時,各依本國憲法程序,並遵照本公約規定,採取必要步驟,制定必要之立法或其他措施,以實現本公約所確認之權利。", children: [
        ]),
        Unit(eId: "art_2__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "本公約締約國承允:", children: [
            Unit(eId: "art_2__para_3__list_1__point_1", type: .item, num: "(一)", ordinal: 1, text: "確保任何人所享本公約確認之權利或自由如遭受侵害,均獲有效之救濟,公務員執行職務所犯之侵權行為,亦不例外;", children: [
            ]),
            Unit(eId: "art_2__para_3__list_1__point_2", type: .item, num: "(二)", ordinal: 2, text: "確保上項救濟聲請人之救濟權利,由主管司法、行政或立法當局裁定,或由該國法律制度規定之其他主管當局裁定,並推廣司法救濟之機會;", children: [
            ]),
            Unit(eId: "art_2__para_3__list_1__point_3", type: .item, num: "(三)", ordinal: 3, text: "確保上項救濟一經核准,主管當局概予執行。", children: [
            ]),
        ]),
    ]),
    Unit(eId: "art_3", type: .article, num: "第三條", ordinal: 3, text: "本公約締約國承允確保本公約所載一切公民及政治權利之享受,男女權利,一律平等。", children: [
    ]),
    Unit(eId: "art_4", type: .article, num: "第四條", ordinal: 4, text: "", children: [
        Unit(eId: "art_4__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "如經當局正式宣布緊急狀態,危及國本,本公約締約國得在此種危急情勢絕對必要之限度內,採取措施,減免履行其依本公約所負之義務,但此種措施不得牴觸其依國際法所負之其他義務,亦不得引起純粹以種族、膚色、性別、語言、宗教或社會階段為根據之歧視。", children: [
        ]),
        Unit(eId: "art_4__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "第六條第七條第八條(第一項及第二項)、第十一條、第十五條、第十六條及第十八條之規定,不得依本條規定減免履行。", children: [
        ]),
        Unit(eId: "art_4__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "本公約締約國行使其減免履行義務之權利者,應立即將其減免履行之條款,及減免履行之理由,經由聯合國秘書長轉知本盟約其他締約國。其終止減免履行之日期,亦應另行移文秘書長轉知。", children: [
        ]),
    ]),
    Unit(eId: "art_5", type: .article, num: "第五條", ordinal: 5, text: "", children: [
        Unit(eId: "art_5__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "本公約條文不得解釋為國家、團體或個人有權從事活動或實行行為,破壞本公約確認之任何一種權利與自由,或限制此種權利與自由逾越本公約規定之程度。", children: [
        ]),
        Unit(eId: "art_5__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "本公約締約國內依法律、公約、條例或習俗而承認或存在之任何基本人權,不得藉口本盟約未予確認或確認之範圍較狹,而加以限制或減免義務。", children: [
        ]),
    ]),
    Unit(eId: "art_6", type: .article, num: "第六條", ordinal: 6, text: "", children: [
        Unit(eId: "art_6__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "人人皆有天賦之生存權。此種權利應受法律保障。任何人之生命不得無理剝奪。", children: [
        ]),
        Unit(eId: "art_6__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "凡未廢除死刑之國家,非犯情節重大之罪,且依照犯罪時有效並與本公約規定及防止及懲治殘害人群罪公約不牴觸之法律,不得科處死刑。死刑非依管轄法院終局判決,不得執行。", children: [
        ]),
        Unit(eId: "art_6__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "生命之剝奪構成殘害人群罪時,本公約締約國公認本條不得認為授權任何締約國以任何方式減免其依防止及懲治殘害人群罪公約規定所負之任何義務。", children: [
        ]),
        Unit(eId: "art_6__para_4", type: .paragraph, num: "四、", ordinal: 4, text: "受死刑宣告者,有請求特赦或減刑之權。一切判處死刑之案件均得邀大赦、特赦或減刑。", children: [
        ]),
        Unit(eId: "art_6__para_5", type: .paragraph, num: "五、", ordinal: 5, text: "未滿十八歲之人犯罪,不得判處死刑;懷胎婦女被判死刑,不得執行其刑。", children: [
        ]),
        Unit(eId: "art_6__para_6", type: .paragraph, num: "六、", ordinal: 6, text: "本公約締約國不得援引本條,而延緩或阻止死刑之廢除。", children: [
        ]),
    ]),
    Unit(eId: "art_7", type: .article, num: "第七條", ordinal: 7, text: "任何人不得施以酷刑,或予以殘忍、不人道或侮辱之處遇或懲罰。非經本人自願同意,尤不得對任何人作醫學或科學試驗。", children: [
    ]),
    Unit(eId: "art_8", type: .article, num: "第八條", ordinal: 8, text: "", children: [
        Unit(eId: "art_8__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "任何人不得使充奴隸;奴隸制度及奴隸販賣,不論出於何種方式,悉應禁止。", children: [
        ]),
        Unit(eId: "art_8__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "任何人不得使充奴工。", children: [
            Unit(eId: "art_8__para_2__list_1__point_1", type: .item, num: "(一)", ordinal: 1, text: "任何人不得使服強迫或強制之勞役;", children: [
            ]),
            Unit(eId: "art_8__para_2__list_1__point_2", type: .item, num: "(二)", ordinal: 2, text: "凡犯罪刑罰得科苦役徒刑之國家,如經管轄法院判處受此刑,不得根據第二項(一)款規定,而不服苦役;", children: [
            ]),
            Unit(eId: "art_8__para_2__list_1__point_3", type: .item, num: "(三)", ordinal: 3, text: "本項所稱〝強迫或強制勞役〞不包括下列各項:", children: [
                Unit(eId: "art_8__para_2__list_1__point_3__list_1__point_1", type: .subitem, num: "(1)", ordinal: 1, text: "經法院依法命令拘禁之人,或在此種拘禁假釋期間之人,通常必須擔任而不屬於(二)款範圍之工作或服役;"),
                Unit(eId: "art_8__para_2__list_1__point_3__list_1__point_2", type: .subitem, num: "(2)", ordinal: 2, text: "任何軍事性質之服役,及在承認人民可以本其信念反對服兵役之國家,依法對此種人徵服之國民兵役;"),
                Unit(eId: "art_8__para_2__list_1__point_3__list_1__point_3", type: .subitem, num: "(3)", ordinal: 3, text: "遇有緊急危難或災害禍患危及社會生命安寧時徵召之服役;"),
                Unit(eId: "art_8__para_2__list_1__point_3__list_1__point_4", type: .subitem, num: "(4)", ordinal: 4, text: "為正常公民義務一部分之工作或服役。"),
            ]),
        ]),
    ]),
    Unit(eId: "art_9", type: .article, num: "第九條", ordinal: 9, text: "", children: [
        Unit(eId: "art_9__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "人人有權享有身體自由及人身安全。任何人不得無理予以逮捕或拘禁。非依法定理由及程序,不得剝奪任何人之自由。", children: [
        ]),
        Unit(eId: "art_9__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "執行逮捕時,應當場向被捕人宣告逮捕原因,並應隨即告知被控案由。", children: [
        ]),
        Unit(eId: "art_9__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "因刑事罪名而被逮捕或拘禁之人,應迅即解送法官或依法執行司法權力之其他官員,並應於合理期間內審訊或釋放。候訊人通常不得加以羈押,但釋放得令具報,於審訊時,於司法程序之任何其他階段、並於一旦執行判決時,候傳到場。", children: [
        ]),
        Unit(eId: "art_9__para_4", type: .paragraph, num: "四、", ordinal: 4, text: "任何人因逮捕或拘禁而被奪自由時,有權聲請法院提審,以迅速決定其拘禁是否合法,如屬非法,應即令釋放。", children: [
        ]),
        Unit(eId: "art_9__para_5", type: .paragraph, num: "五、", ordinal: 5, text: "任何人受非法逮捕或拘禁者,有權要求執行損害賠償。", children: [
        ]),
    ]),
    Unit(eId: "art_10", type: .article, num: "第十條", ordinal: 10, text: "", children: [
        Unit(eId: "art_10__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "自由被剝奪之人,應受合於人道及尊重其天賦人格尊嚴之處遇。", children: [
        ]),
        Unit(eId: "art_10__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "", children: [
            Unit(eId: "art_10__para_2__list_1__point_1", type: .item, num: "(一)", ordinal: 1, text: "除特殊情形外,被告應與判決有罪之人分別羈押,且應另予與其未經判決有罪之身分相稱之處遇;", children: [
            ]),
            Unit(eId: "art_10__para_2__list_1__point_2", type: .item, num: "(二)", ordinal: 2, text: "少年被告應與成年被告分別羈押,並應儘速即予判決。", children: [
            ]),
        ]),
        Unit(eId: "art_10__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "監獄制度所定監犯之處遇,應以使其悛悔自新,重適社會生活為基本目的。少年犯人應與成年犯人分別拘禁,且其處遇應與其年齡及法律身分相稱。", children: [
        ]),
    ]),
    Unit(eId: "art_11", type: .article, num: "第十一條", ordinal: 11, text: "任何人不得僅因無力履行契約義務,即予監禁。", children: [
    ]),
    Unit(eId: "art_12", type: .article, num: "第十二條", ordinal: 12, text: "", children: [
        Unit(eId: "art_12__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "在一國領土內合法居留之人,在該國領土內有遷徙往來之自由及擇居之自由。", children: [
        ]),
        Unit(eId: "art_12__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "人人應有自由離去任何國家,連其本國在內。", children: [
        ]),
        Unit(eId: "art_12__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "上列權利不得限制,但法律所規定、保護國家安全、公共秩序、公共衛生或風化、或他人權利與自由所必要,且與本公約所確認之其他權利不牴觸之限制,不在此限。", children: [
        ]),
        Unit(eId: "art_12__para_4", type: .paragraph, num: "四、", ordinal: 4, text: "人人進入其本國之權,不得無理褫奪。", children: [
        ]),
    ]),
    Unit(eId: "art_13", type: .article, num: "第十三條", ordinal: 13, text: "本公約締約國境內合法居留之外國人,非經依法判定,不得驅逐出境,且除事關國家安全必須急速處分者外,應准其提出不服驅逐出境之理由,及聲請主管當局或主管當局特別指定之人員予以覆判,並為此目的委託代理人到場申訴。", children: [
    ]),
    Unit(eId: "art_14", type: .article, num: "第十四條", ordinal: 14, text: "", children: [
        Unit(eId: "art_14__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "人人在法院或法庭之前,悉屬平等。任何人受刑事控告或因其權利義務涉訟須予判定時,應有權受獨立無私之法定管轄法庭公正公開審問。法院得因民主社會之風化、公共秩序或國家安全關係,或於保護當事人私生活有此必要時,或因情形特殊公開審判勢必影響司法而在其認為絕對必要之限度內,禁止新聞界及公眾旁聽審判程序之全部或一部;但除保護少年有此必要,或事關婚姻爭執或子女監護問題外,刑事民事之判決應一律公開宣示。", children: [
        ]),
        Unit(eId: "art_14__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "受刑事控告之人,未經依法確定有罪以前,應假定其無罪。", children: [
        ]),
        Unit(eId: "art_14__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "審判被控刑事罪時,被告一律有權平等享受下列最低限度之保障:", children: [
            Unit(eId: "art_14__para_3__list_1__point_1", type: .item, num: "(一)", ordinal: 1, text: "迅即以其通曉之語言,詳細告知被控罪名及案由;", children: [
            ]),
            Unit(eId: "art_14__para_3__list_1__point_2", type: .item, num: "(二)", ordinal: 2, text: "給予充分之時間及便利,準備答辯並與其選任之辯護人聯絡;", children: [
            ]),
            Unit(eId: "art_14__para_3__list_1__point_3", type: .item, num: "(三)", ordinal: 3, text: "立即受審,不得無故稽延;", children: [
            ]),
            Unit(eId: "art_14__para_3__list_1__point_4", type: .item, num: "(四)", ordinal: 4, text: "到庭受審,及親自答辯或由其選任辯護人答辯;未經選任辯護人者,應告以有此權利;法院認為審判有此必要時,應為其指定公設辯護人,如被告無資力酬償,得免付之;", children: [
            ]),
            Unit(eId: "art_14__para_3__list_1__point_5", type: .item, num: "(五)", ordinal: 5, text: "得親自或間接詰問他造證人,並得聲請法院傳喚其證人在與他造證人同等條件下出庭作證;", children: [
            ]),
            Unit(eId: "art_14__para_3__list_1__point_6", type: .item, num: "(六)", ordinal: 6, text: "如不通曉或不能使用法院所用之語言,應免費為備通譯協助之;", children: [
            ]),
            Unit(eId: "art_14__para_3__list_1__point_7", type: .item, num: "(七)", ordinal: 7, text: "不得強迫被告自供或認罪。", children: [
            ]),
        ]),
        Unit(eId: "art_14__para_4", type: .paragraph, num: "四、", ordinal: 4, text: "少年犯罪之審判,應顧念被告年齡及宜使其重適社會生活,而酌定程序。", children: [
        ]),
        Unit(eId: "art_14__para_5", type: .paragraph, num: "五、", ordinal: 5, text: "經判定犯罪者,有權聲請上級法院依法覆判其有罪判決及所科刑罰。", children: [
        ]),
        Unit(eId: "art_14__para_6", type: .paragraph, num: "六、", ordinal: 6, text: "經終局判決判定犯罪,如後因提出新證據或因發見新證據,確實證明原判錯誤而經撤銷原判或免刑者,除經證明有關證據之未能及時披露,應由其本人全部或局部負責者外,因此判決而服刑之人應依法受損害賠償。", children: [
        ]),
        Unit(eId: "art_14__para_7", type: .paragraph, num: "七、", ordinal: 7, text: "任何人依一國法律及刑事程序經終局判決判定有罪或無罪開釋者,不得就同一罪名再予審判或科刑。", children: [
        ]),
    ]),
    Unit(eId: "art_15", type: .article, num: "第十五條", ordinal: 15, text: "", children: [
        Unit(eId: "art_15__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "任何人之行為或不行為,於發生當時依內國法及國際法均不成罪者,不為罪。刑罰不得重於犯罪時法律所規定。犯罪後之法律規定減科刑罰者,從有利於行為人之法律。", children: [
        ]),
        Unit(eId: "art_15__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "任何人之行為或不行為,於發生當時依各國公認之一般法律原則為有罪者,其審判與刑罰不受本條規定之影響。", children: [
        ]),
    ]),
    Unit(eId: "art_16", type: .article, num: "第十六條", ordinal: 16, text: "人人在任何所在有被承認為法律人格之權利。", children: [
    ]),
    Unit(eId: "art_17", type: .article, num: "第十七條", ordinal: 17, text: "", children: [
        Unit(eId: "art_17__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "任何人之私生活、家庭、住宅或通信,不得無理或非法侵擾,其名譽及信用,亦不得非法破壞。", children: [
        ]),
        Unit(eId: "art_17__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "對於此種侵擾或破壞,人人有受法律保護之權利。", children: [
        ]),
    ]),
    Unit(eId: "art_18", type: .article, num: "第十八條", ordinal: 18, text: "", children: [
        Unit(eId: "art_18__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "人人有思想、信念及宗教之自由。此種權利包括保有或採奉自擇之宗教或信仰之自由,及單獨或集體、公開或私自以禮拜、戒律、躬行及講授表示其宗教或信仰之自由。", children: [
        ]),
        Unit(eId: "art_18__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "任何人所享保有或採奉自擇之宗教或信仰之自由,不得以脅迫侵害之。", children: [
        ]),
        Unit(eId: "art_18__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "人人表示其宗教或信仰之自由,非依法律,不受限制,此項限制以保障公共安全、秩序、衛生或風化或他人之基本權利自由所必要者為限。", children: [
        ]),
        Unit(eId: "art_18__para_4", type: .paragraph, num: "四、", ordinal: 4, text: "本公約締約國承允尊重父母或法定監護人確保子女接受符合其本人信仰之宗教及道德教育之自由。", children: [
        ]),
    ]),
    Unit(eId: "art_19", type: .article, num: "第十九條", ordinal: 19, text: "", children: [
        Unit(eId: "art_19__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "人人有保持意見不受干預之權利。", children: [
        ]),
        Unit(eId: "art_19__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "人人有發表自由之權利;此種權利包括以語言、文字或出版物、藝術或自己選擇之其他方式,不分國界,尋求、接受及傳播各種消息及思想之自由。", children: [
        ]),
        Unit(eId: "art_19__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "本條第二項所載權利之行使,附有特別責任及義務,故得予以某種限制,但此種限制以經法律規定,且為下列各項所必要者為限:", children: [
            Unit(eId: "art_19__para_3__list_1__point_1", type: .item, num: "(一)", ordinal: 1, text: "尊重他人權利或名譽;", children: [
            ]),
            Unit(eId: "art_19__para_3__list_1__point_2", type: .item, num: "(二)", ordinal: 2, text: "保障國家安全或公共秩序,或公共衛生或風化。", children: [
            ]),
        ]),
    ]),
    Unit(eId: "art_20", type: .article, num: "第二十條", ordinal: 20, text: "", children: [
        Unit(eId: "art_20__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "任何鼓吹戰爭之宣傳,應以法律禁止之。", children: [
        ]),
        Unit(eId: "art_20__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "任何鼓吹民族、種族或宗教仇恨之主張,構成煽動、歧視、敵視或強暴者,應以法律禁止之。", children: [
        ]),
    ]),
    Unit(eId: "art_21", type: .article, num: "第二十一條", ordinal: 21, text: "和平集會之權利,應予確認。除依法律之規定,且為民主社會維護國家安全或公共安寧、公共秩序、維持公共衛生或風化、或保障他人權利自由所必要者外,不得限制此種權利之行使。", children: [
    ]),
    Unit(eId: "art_22", type: .article, num: "第二十二條", ordinal: 22, text: "", children: [
        Unit(eId: "art_22__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "人人有自由結社之權利,包括為保障其本身利益而組織及加入工會之權利。", children: [
        ]),
        Unit(eId: "art_22__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "除依法律之規定,且為民主社會維護國家安全或公共安寧、公共秩序、維護公共衛生或風化、或保障他人權利自由所必要者外,不得限制此種權利之行使。本條並不禁止對軍警人員行使此種權利,加以合法限制。", children: [
        ]),
        Unit(eId: "art_22__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "關於結社自由及保障組織權利之國際勞工組織一九四八年公約締約國,不得根據本條採取立法措施或應用法律,妨礙該公約所規定之保證。", children: [
        ]),
    ]),
    Unit(eId: "art_23", type: .article, num: "第二十三條", ordinal: 23, text: "", children: [
        Unit(eId: "art_23__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "家庭為社會之自然基本團體單位,應受社會及國家之保護。", children: [
        ]),
        Unit(eId: "art_23__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "男女已達結婚年齡者,其結婚及成立家庭之權利應予確認。", children: [
        ]),
        Unit(eId: "art_23__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "婚姻非經婚嫁雙方自由完全同意,不得締結。", children: [
        ]),
        Unit(eId: "art_23__para_4", type: .paragraph, num: "四、", ordinal: 4, text: "本公約締約國應採取適當步驟,確保夫妻在婚姻方面,在婚姻關係存續期間,以及在婚姻關係消滅時,雙方權利責任平等。婚姻關係消滅時,應訂定辦法,對子女予以必要之保護。", children: [
        ]),
    ]),
    Unit(eId: "art_24", type: .article, num: "第二十四條", ordinal: 24, text: "", children: [
        Unit(eId: "art_24__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "所有兒童有權享受家庭、社會及國家為其未成年身分給予之必需保護措施,不因種族、膚色、性別、語言、宗教、民族本源或社會、階段財產、或出生而受歧視。", children: [
        ]),
        Unit(eId: "art_24__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "所有兒童出生後應立予登記,並取得名字。", children: [
        ]),
        Unit(eId: "art_24__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "所有兒童有取得國籍之權。", children: [
        ]),
    ]),
    Unit(eId: "art_25", type: .article, num: "第二十五條", ordinal: 25, text: "", children: [
        Unit(eId: "art_25__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "凡屬公民,無分第二條所列之任何區別,不受無理限制,均應有權利及機會:", children: [
            Unit(eId: "art_25__para_1__list_1__point_1", type: .item, num: "(一)", ordinal: 1, text: "直接或經由自由選舉之代表參與政事;", children: [
            ]),
            Unit(eId: "art_25__para_1__list_1__point_2", type: .item, num: "(二)", ordinal: 2, text: "在真正、定期之選舉中投票及被選。選舉權必須普及而平等,選舉應以無記名投票法行之,以保證選民意志之自由表現;", children: [
            ]),
            Unit(eId: "art_25__para_1__list_1__point_3", type: .item, num: "(三)", ordinal: 3, text: "以一般平等之條件,服本國公職。", children: [
            ]),
        ]),
    ]),
    Unit(eId: "art_26", type: .article, num: "第二十六條", ordinal: 26, text: "人人在法律上一律平等,且應受法律平等保護,無所歧視。在此方面,法律應禁止任何歧視,並保證人人享受平等而有效之保護,以防因種族、膚色、性別、語言、宗教、政見或其他主張、民族本源或社會階級、財產、出生或其他身分而生之歧視。", children: [
    ]),
    Unit(eId: "art_27", type: .article, num: "第二十七條", ordinal: 27, text: "凡有種族、宗教或語言少數團體之國家,屬於此類少數團體之人,與團體中其他分子共同享受其固有文化、信奉躬行其固有宗教或使用其固有語言之權利,不得剝奪之。", children: [
    ]),
    Unit(eId: "art_28", type: .article, num: "第二十八條", ordinal: 28, text: "", children: [
        Unit(eId: "art_28__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "茲設置人權事宜委員會(本公約下文簡稱委員會)委員十八人,執行以下規定之職務。", children: [
        ]),
        Unit(eId: "art_28__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "委員會委員應為本公約締約國國民,品格高尚且在人權問題方面聲譽素著之人士;同時並應計及宜選若干具有法律經驗之人士擔任委員。", children: [
        ]),
        Unit(eId: "art_28__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "委員會委員以個人資格當選任職。", children: [
        ]),
    ]),
    Unit(eId: "art_29", type: .article, num: "第二十九條", ordinal: 29, text: "", children: [
        Unit(eId: "art_29__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "委員會之委員應自具備第二十八條所規定資格並經本公約締約國為此提名之人士名單中以無記名投票選舉之。", children: [
        ]),
        Unit(eId: "art_29__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "本公約各締約國提出人選不得多於二人,所提人選應為提名國國民。", children: [
        ]),
        Unit(eId: "art_29__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "候選人選,得續予提名。", children: [
        ]),
    ]),
    Unit(eId: "art_30", type: .article, num: "第三十條", ordinal: 30, text: "", children: [
        Unit(eId: "art_30__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "初次選舉至遲應於本公約開始生效後六個月內舉行。", children: [
        ]),
        Unit(eId: "art_30__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "除依據第三十四條規定宣告出缺而舉行之補缺選舉外,聯合國秘書長至遲應於委員會各次選舉日期四個月前以書面邀請本公約締約國於三個月內提出委員會委員候選人。", children: [
        ]),
        Unit(eId: "art_30__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "聯合國秘書長應就所提出之候選人,按照字母次序編製名單,標明推薦其候選之締約國,至遲於每次選舉日期一個月前,送達本公約締約國。", children: [
        ]),
        Unit(eId: "art_30__para_4", type: .paragraph, num: "四、", ordinal: 4, text: "委員會委員之選舉應由聯合國秘書長在聯合國會所召集之締約國會議舉行之,該會議以締約國之三分之二出席為法定人數,候選人獲票最多且得出席及投票締約國代表絕對過半數票者當選為委員會委員。", children: [
        ]),
    ]),
    Unit(eId: "art_31", type: .article, num: "第三十一條", ordinal: 31, text: "", children: [
        Unit(eId: "art_31__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "委員會不得有委員一人以上為同一國家之國民。", children: [
        ]),
        Unit(eId: "art_31__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "選舉委員會委員時應計及地域公勻分配及確能代表世界不同文化及各主要法系之原則。", children: [
        ]),
    ]),
    Unit(eId: "art_32", type: .article, num: "第三十二條", ordinal: 32, text: "", children: [
        Unit(eId: "art_32__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "委員會委員任期四年。續經提名者連選得連任。但第一次選出之委員中九人任期應為二年;任期二年之委員九人,應於第一次選舉完畢後,立由第三十條第四項所稱會議之主席,以抽籤方法決定之。", children: [
        ]),
        Unit(eId: "art_32__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "委員會委員任滿時之改選,應依照本公約本編以上各條舉行之。", children: [
        ]),
    ]),
    Unit(eId: "art_33", type: .article, num: "第三十三條", ordinal: 33, text: "", children: [
        Unit(eId: "art_33__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "委員會某一委員倘經其委員一致認為由於暫時缺席以外之其他原因,業已停止執行職務時,委員會主席應通知聯合國秘書長,由其宣告該委員出缺。", children: [
        ]),
        Unit(eId: "art_33__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "委員會委員死亡或辭職時,委員會主席應即通知聯合國秘書長,由其宣告該委員自死亡或辭職生效之日起出缺。", children: [
        ]),
    ]),
    Unit(eId: "art_34", type: .article, num: "第三十四條", ordinal: 34, text: "", children: [
        Unit(eId: "art_34__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "遇有第三十三條所稱情形宣告出缺,且須行補選之委員任期不在宣告出席六個月內屆滿者,聯合國秘書長應通知本公約各締約國,各締約國得於兩個月內依照第二十九條提出候選人,以備補缺。", children: [
        ]),
        Unit(eId: "art_34__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "聯合國秘書長應就所提出之候選人,按照字母次序編製名單,送達本公約締約國。補缺選舉應於編送名單後依照本公約本編有關規定舉行之。", children: [
        ]),
        Unit(eId: "art_34__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "委員會委員之當選遞補依第三十三條規定宣告之懸缺者,應任職至依該條規定出缺之委員會委員任期屆滿時為止。", children: [
        ]),
    ]),
    Unit(eId: "art_35", type: .article, num: "第三十五條", ordinal: 35, text: "委員會委員經聯合國大會核准,自聯合國資金項下支取報酬,其待遇及條件由大會參酌委員會所負重大責任定之。", children: [
    ]),
    Unit(eId: "art_36", type: .article, num: "第三十六條", ordinal: 36, text: "聯合國秘書長應供給委員會必要之辦事人員及便利,俾得有效執行本公約所規定之職務。", children: [
    ]),
    Unit(eId: "art_37", type: .article, num: "第三十七條", ordinal: 37, text: "", children: [
        Unit(eId: "art_37__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "委員會首次會議由聯合國秘書長在聯合國會所召集之。", children: [
        ]),
        Unit(eId: "art_37__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "委員會舉行首次會議後,遇委員會議事規則規定之情形召開會議。", children: [
        ]),
        Unit(eId: "art_37__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "委員會會議通常應在聯合國會所或日內瓦聯合國辦事處舉行之。", children: [
        ]),
    ]),
    Unit(eId: "art_38", type: .article, num: "第三十八條", ordinal: 38, text: "委員會每一委員就職時,應在委員會公開集會中鄭重宣言,必當秉公竭誠,執行職務。", children: [
    ]),
    Unit(eId: "art_39", type: .article, num: "第三十九條", ordinal: 39, text: "", children: [
        Unit(eId: "art_39__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "委員會應自行選舉其職員,任期二年,連選得連任。", children: [
        ]),
        Unit(eId: "art_39__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "委員會應自行制定議事規則,其中應有下列規定:", children: [
            Unit(eId: "art_39__para_2__list_1__point_1", type: .item, num: "(一)", ordinal: 1, text: "委員十二人構成法定人數;", children: [
            ]),
            Unit(eId: "art_39__para_2__list_1__point_2", type: .item, num: "(二)", ordinal: 2, text: "委員會之決議以出席委員過半數之同意為之。", children: [
            ]),
        ]),
    ]),
    Unit(eId: "art_40", type: .article, num: "第四十條", ordinal: 40, text: "", children: [
        Unit(eId: "art_40__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "本公約締約國承允依照下列規定,各就其實施本公約所確認權利而採取之措施,及在享受各種權利方面所獲之進展,提具報告書:", children: [
            Unit(eId: "art_40__para_1__list_1__point_1", type: .item, num: "(一)", ordinal: 1, text: "本公約對關係締約國生效後一年內;", children: [
            ]),
            Unit(eId: "art_40__para_1__list_1__point_2", type: .item, num: "(二)", ordinal: 2, text: "其後遇委員會提出請求時。", children: [
            ]),
        ]),
        Unit(eId: "art_40__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "所有報告書應交由聯合國秘書長轉送委員會審議。如有任何因素及困難影響本公約之實施,報告書應予說明。", children: [
        ]),
        Unit(eId: "art_40__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "聯合國秘書長與委員會商洽後得將報告書中屬於關係專門機關職權範圍之部分副本轉送各該專門機關。", children: [
        ]),
        Unit(eId: "art_40__para_4", type: .paragraph, num: "四、", ordinal: 4, text: "委員會應研究本公約締約國提出之報告書。委員會應向締約國提送其報告書及其認為適當之一般評議。委員會亦得將此等評議連同其自本公約締約國收到之報告書副本轉送經濟暨社會理事會。", children: [
        ]),
        Unit(eId: "art_40__para_5", type: .paragraph, num: "五、", ordinal: 5, text: "本公約締約國得就委員會可能依據本條第四項規定提出之任何評議向委員會提出意見。", children: [
        ]),
    ]),
    Unit(eId: "art_41", type: .article, num: "第四十一條", ordinal: 41, text: "", children: [
        Unit(eId: "art_41__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "本公約締約國得依據本條規定,隨時聲明承認委員會有權接受並審議一締約國指稱另一締約國不履行本公約義務之來文。依本條規定而遞送之來文,必須為曾聲明其本身承認委員會有權之締約國所提出方得予以接受並審查。如來文關涉未作此種聲明之締約國,委員會不得接受之。依照本條規定接受之來文應照下開程序處理:", children: [
            Unit(eId: "art_41__para_1__list_1__point_1", type: .item, num: "(一)", ordinal: 1, text: "如本公約某一締約國認為另一締約國未實施本公約條款,得書面提請該締約國注意。受請國應於收到此項來文三個月內,向遞送來文之國家書面提出解釋或任何其他聲明,以闡明此事,其中應在可能及適當範圍內,載明有關此事之本國處理辦法,及業經採取或正在決定或可資援用之救濟辦法。", children: [
            ]),
            Unit(eId: "art_41__para_1__list_1__point_2", type: .item, num: "(二)", ordinal: 2, text: "如在受請國收到第一件來文後六個月內,問題仍未獲關係締約國雙國雙方滿意之調整,當事國任何一方均有權通知委員會及其他一方,將事件提交委員會。", children: [
            ]),
            Unit(eId: "art_41__para_1__list_1__point_3", type: .item, num: "(三)", ordinal: 3, text: "委員會對於提請處理之事件,應於查明對此事件可以運用之國內救濟辦法悉已援用無遺後,依照公認之國際法原則處理之。但如救濟辦法之實施有不合理之拖延,則不在此限。", children: [
            ]),
            Unit(eId: "art_41__para_1__list_1__point_4", type: .item, num: "(四)", ordinal: 4, text: "委員會審查本條所稱之來文時應舉行不公開會議。", children: [
            ]),
            Unit(eId: "art_41__para_1__list_1__point_5", type: .item, num: "(五)", ordinal: 5, text: "以不牴觸(三)款之規定為限,委員會應斡旋關係締約國俾以尊重本公約所確認之人權及基本自由為基礎,友善解決事件。", children: [
            ]),
            Unit(eId: "art_41__para_1__list_1__point_6", type: .item, num: "(六)", ordinal: 6, text: "委員會對於提請處理之任何事件,得請(二)款所稱之關係締約國提供任何有關情報。", children: [
            ]),
            Unit(eId: "art_41__para_1__list_1__point_7", type: .item, num: "(七)", ordinal: 7, text: "(二)款所稱關係締約國有權於委員會審議此事件時出席並提出口頭及或書面陳述。", children: [
            ]),
            Unit(eId: "art_41__para_1__list_1__point_8", type: .item, num: "(八)", ordinal: 8, text: "委員會應於接獲依(二)款所規定通知之日起十二個月內提出報告書:", children: [
                Unit(eId: "art_41__para_1__list_1__point_8__list_1__point_1", type: .subitem, num: "(1)", ordinal: 1, text: "如已達成(五)款規定之解決辦法,委員會報告書應以扼要敘述事實及所達成之解決辦法為限。"),
                Unit(eId: "art_41__para_1__list_1__point_8__list_1__point_2", type: .subitem, num: "(2)", ordinal: 2, text: "如未達成(五)款規定之解決辦法,委員會報告書應以扼要敘述事實為限;關係締約國提出之書面陳述及口頭陳述紀錄應附載於報告書內。關於每一事件,委員會應將報告書送達各關係締約國。"),
            ]),
        ]),
        Unit(eId: "art_41__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "本條之規定應於本公約十締約國發表本條第一項所稱之聲明後生效。此種聲明應由締約國交存聯合國秘書長,由秘書長將聲明副本轉送其他締約國。締約國得隨時通知秘書長撤回聲明。此種撤回不得影響對業經依照本條規定遞送之來文中所提事件之審議;秘書長接得撤回通知後,除非關係締約國另作新聲明,該國再有來文時不予接受。", children: [
        ]),
    ]),
    Unit(eId: "art_42", type: .article, num: "第四十二條", ordinal: 42, text: "", children: [
        Unit(eId: "art_42__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "", children: [
            Unit(eId: "art_42__para_1__list_1__point_1", type: .item, num: "(一)", ordinal: 1, text: "如依第四十一條之規定提請委員會處理之事件未能獲得關係締約國滿意之解決,委員會得經關係締約國事先同意,指派一專設和解委員會(下文簡稱和委會)。和委會應為關係締約國斡旋,俾以尊重本公約為基礎,和睦解決問題;", children: [
            ]),
            Unit(eId: "art_42__para_1__list_1__point_2", type: .item, num: "(二)", ordinal: 2, text: "和委會由關係締約國接受之委員五人組成之。如關係締約國於三個月內對和委會組成之全部或一部未能達成協議,未得協議之和委會委員應由委員會用無記名投票法以三分之二之多數自其本身委員中選出之。", children: [
            ]),
        ]),
        Unit(eId: "art_42__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "和委會委員以個人資格任職。委員不得為關係締約國之國民,或為非本公約締約國之國民,或未依第四十一條規定發表聲明之締約國國民。", children: [
        ]),
        Unit(eId: "art_42__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "和委會應自行選舉主席及制訂議事規則。", children: [
        ]),
        Unit(eId: "art_42__para_4", type: .paragraph, num: "四、", ordinal: 4, text: "和委會會議通常應在聯合國會所或日內瓦聯合國辦事處舉行,但亦得於和委會諮商聯合國秘書長及關係締約國決定之其他方便地點舉行。", children: [
        ]),
        Unit(eId: "art_42__para_5", type: .paragraph, num: "五、", ordinal: 5, text: "依第三十六條設置之秘書處應亦為本條指派之和委會服務。", children: [
        ]),
        Unit(eId: "art_42__para_6", type: .paragraph, num: "六、", ordinal: 6, text: "委員會所蒐集整理之情報,應提送和委會,和委會亦得請關係締約國提供任何其他有關情報。", children: [
        ]),
        Unit(eId: "art_42__para_7", type: .paragraph, num: "七、", ordinal: 7, text: "和委會於詳盡審議案件後,無論如何應於受理該案件十二個月內,向委員會主席提出報告書,轉送關係締約國:", children: [
            Unit(eId: "art_42__para_7__list_1__point_1", type: .item, num: "(一)", ordinal: 1, text: "和委會如未能於十二個月內完成案件之審議,其報告書應以扼要說明審議案件之情形為限;", children: [
            ]),
            Unit(eId: "art_42__para_7__list_1__point_2", type: .item, num: "(二)", ordinal: 2, text: "和委會如能達成以尊重本公約所確認之人權為基礎之和睦解決問題辦法,其報告書應以扼要說明事實及所達成之解決辦法為限;", children: [
            ]),
            Unit(eId: "art_42__para_7__list_1__point_3", type: .item, num: "(三)", ordinal: 3, text: "如未能達成(二)款規定之解決辦法,和委會報告書應載有其對於關係締約國爭執事件之一切有關事實問題之結論,以及對於事件和睦解決各種可能性之意見。此項報告書應亦載有關係締約國提出之書面陳述及所作口頭陳述之紀錄;", children: [
            ]),
            Unit(eId: "art_42__para_7__list_1__point_4", type: .item, num: "(四)", ordinal: 4, text: "和委會報告書如係依(三)款之規定提出,關係締約國應於收到報告書後三月內通知委員會主席願否接受和委會報告書內容。", children: [
            ]),
        ]),
        Unit(eId: "art_42__para_8", type: .paragraph, num: "八、", ordinal: 8, text: "本條規定不影響委員會依第四十條所負之責任。", children: [
        ]),
        Unit(eId: "art_42__para_9", type: .paragraph, num: "九、", ordinal: 9, text: "關係締約國應依照聯合國秘書長所提概算,平均負擔和委會委員之一切費用。", children: [
        ]),
        Unit(eId: "art_42__para_10", type: .paragraph, num: "十、", ordinal: 10, text: "聯合國秘書長有權於必要時在關係締約國依本條第九項償還用款之前,支付和委會委員之費用。", children: [
        ]),
    ]),
    Unit(eId: "art_43", type: .article, num: "第四十三條", ordinal: 43, text: "委員會委員,以及依第四十二條可能指派之專設和解委員會委員,應有權享受聯合國特權豁免公約內有關各款為因聯合國公務出差之專家所規定之便利、特權與豁免。", children: [
    ]),
    Unit(eId: "art_44", type: .article, num: "第四十四條", ordinal: 44, text: "本公約實施條款之適用不得妨礙聯合國及各專門機關之組織約章及公約在人權方面所訂之程序,或根據此等約章及公約所訂之程序,亦不得阻止本公約各締約國依照彼此間現行之一般或特別國際協定,採用其他程序解決爭端。", children: [
    ]),
    Unit(eId: "art_45", type: .article, num: "第四十五條", ordinal: 45, text: "委員會應經由經濟暨社會理事會向聯合國大會提送常年工作報告書。", children: [
    ]),
    Unit(eId: "art_46", type: .article, num: "第四十六條", ordinal: 46, text: "本公約之解釋,不得影響聯合國憲章及各專門機關組織法內規定聯合國各機關及各專門機關分別對本公約所處理各種事項所負責任之規定。", children: [
    ]),
    Unit(eId: "art_47", type: .article, num: "第四十七條", ordinal: 47, text: "本公約之解釋,不得損害所有民族充分與自由享受及利用其天然財富與資源之天賦權利。", children: [
    ]),
    Unit(eId: "art_48", type: .article, num: "第四十八條", ordinal: 48, text: "", children: [
        Unit(eId: "art_48__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "本公約經由聯合國會員國或其專門機關會員國、國際法院規約當事國及經聯合國大會邀請為本公約締約國之任何其他國家簽署。", children: [
        ]),
        Unit(eId: "art_48__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "本公約須經批准。批准書應送交聯合國秘書長存放。", children: [
        ]),
        Unit(eId: "art_48__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "本公約聽由本條第一項所稱之任何國家加入。", children: [
        ]),
        Unit(eId: "art_48__para_4", type: .paragraph, num: "四、", ordinal: 4, text: "加入應以加入書交存聯合國秘書長為之。", children: [
        ]),
        Unit(eId: "art_48__para_5", type: .paragraph, num: "五、", ordinal: 5, text: "聯合國秘書長應將每一批准書或加入書之交存,通知已經簽署或加入本公約之所有國家。", children: [
        ]),
    ]),
    Unit(eId: "art_49", type: .article, num: "第四十九條", ordinal: 49, text: "", children: [
        Unit(eId: "art_49__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "本公約應自第三十五件批准書或加入書送交聯合國秘書長存放之日起三個月後發生效力。", children: [
        ]),
        Unit(eId: "art_49__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "對於在第三十五件批准書或加入書交存後批准或加入本公約之國家,本公約應自該國交存批准書或加入書之日起三個月後發生效力。", children: [
        ]),
    ]),
    Unit(eId: "art_50", type: .article, num: "第五十條", ordinal: 50, text: "本公約各項規定應一律適用於聯邦國家之全部領土,並無限制或例外。", children: [
    ]),
    Unit(eId: "art_51", type: .article, num: "第五十一條", ordinal: 51, text: "", children: [
        Unit(eId: "art_51__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "本公約締約國得提議修改本公約,將修正案提交聯合國秘書長。秘書長應將提議之修正案分送本公約各締約國,並請其通知是否贊成召開締約國會議,以審議並表決所提議案。如締約國三分之一以上贊成召開會議,秘書長應以聯合國名義召集之。經出席會議並投票之締約國過半數通過之修正案,應提請聯合國大會核可。", children: [
        ]),
        Unit(eId: "art_51__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "修正案經聯合國大會核可,並經本公約締約國三分之二各依本國憲法程序接受後,即發生效力。", children: [
        ]),
        Unit(eId: "art_51__para_3", type: .paragraph, num: "三、", ordinal: 3, text: "修正案生效後,對接受此種修正之締約國具有拘束力;其他締約國仍受本公約原訂條款及其前此所接受修正案之拘束。", children: [
        ]),
    ]),
    Unit(eId: "art_52", type: .article, num: "第五十二條", ordinal: 52, text: "除第四十八條第五項規定之通知外,聯合國秘書長應將下列事項通知同條第一項所稱之所有國家:", children: [
        Unit(eId: "art_52__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "依第四十八條所為之簽署、批准及加入;", children: [
        ]),
        Unit(eId: "art_52__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "依第四十九條本公約發生效力之日期,及依第五十一條任何修正案發生效力之日期。", children: [
        ]),
    ]),
    Unit(eId: "art_53", type: .article, num: "第五十三條", ordinal: 53, text: "", children: [
        Unit(eId: "art_53__para_1", type: .paragraph, num: "一、", ordinal: 1, text: "本公約應交存聯合國檔庫,其中、英、法、俄及西文各本同一作準。", children: [
        ]),
        Unit(eId: "art_53__para_2", type: .paragraph, num: "二、", ordinal: 2, text: "聯合國秘書長應將本公約正式副本分送第四十八條所稱之所有國家。", children: [
        ]),
    ]),
]
