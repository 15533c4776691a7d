/// Defects of the ICCPR source, found by reading the whole text article by article against the
/// authentic Chinese text and the English text (UNTS vol. 999, I-14668, pp. 171 ff.; the Chinese text
/// from p. 203), with every cross-reference number checked against the article it must name. The printed
/// text is kept; these record what is meant. What was considered and rejected is in `Data/NORMALIZATION.md`.
enum ICCPRErrata {
    static let declarations: [ErratumDeclaration] = [
        // Title block.
        ErratumDeclaration(
            eId: "preface__p_4", printed: "1976年3月26日", intended: "1976年3月23日", kind: "date",
            note: "The Covenant entered into force on 23 March 1976, three months after the 35th instrument was deposited (art. 49(1)); the source prints the 26th."
        ),
        ErratumDeclaration(
            eId: "preface__p_5", printed: "本盟約", intended: "本公約", kind: "terminology",
            note: "Inconsistent title word, meaning unchanged: the authentic text (UNTS vol. 999) says 盟約 throughout, but this source otherwise uses 公約 (its title, and the testimonium this line quotes)."
        ),
        ErratumDeclaration(
            eId: "preface__p_5", printed: "一九七六年三月二十六日", intended: "一九七六年三月二十三日", kind: "date",
            note: "The Covenant entered into force on 23 March 1976 (see art. 49(1)); the source prints the 26th."
        ),
        // Article 1.
        ErratumDeclaration(
            eId: "art_1__para_1", printed: "目決權", intended: "自決權", kind: "typo",
            note: "目 for 自: the right of self-determination (自決權), as printed in art. 1(3) 促進自決權之實現."
        ),
        // Article 2.
        ErratumDeclaration(
            eId: "art_2__para_1", printed: "種類", intended: "種族", kind: "typo",
            note: "類 for 族: the list begins with race (種族), as in art. 4(1), 24(1) and 26 (English 'race')."
        ),
        ErratumDeclaration(
            eId: "art_2__para_1", printed: "其他主張民族本源", intended: "其他主張、民族本源", kind: "punctuation",
            note: "Enumeration comma missing between 'other opinion' and 'national origin'; art. 26 prints 政見或其他主張、民族本源."
        ),
        ErratumDeclaration(
            eId: "art_2__para_1", printed: "或其他主張民族本源或社會階級、財產、出生", occurrence: 2, intended: "",
            kind: "duplication",
            note: "The phrase is printed twice in a row; the official text (and the English 'national or social origin, property, birth') has it once. The second copy starts at the offset."
        ),
        ErratumDeclaration(
            eId: "art_2__para_2", printed: "其他措詞", intended: "其他措施", kind: "typo",
            note: "措詞 ('wording') for 措施 ('measures'): English 'existing legislative or other measures'; the same paragraph later says 立法或其他措施."
        ),
        // Article 4.
        ErratumDeclaration(
            eId: "art_4__para_1", printed: "社會階段", intended: "社會階級", kind: "typo",
            note: "段 ('stage') for 級: English 'social origin', which is 社會階級 in art. 2(1), 24(1) and 26. The UNTS print of the authentic text has the same slip here."
        ),
        ErratumDeclaration(
            eId: "art_4__para_2", printed: "第六條第七條第八條", intended: "第六條、第七條、第八條", kind: "punctuation",
            note: "Enumeration commas missing in the list of non-derogable articles; the rest of the list is separated by 、."
        ),
        ErratumDeclaration(
            eId: "art_4__para_3", printed: "本盟約", intended: "本公約", kind: "terminology",
            note: "Inconsistent title word, meaning unchanged: the authentic text (UNTS vol. 999) says 盟約 throughout, but this source otherwise uses 公約 (the same paragraph opens with 本公約締約國)."
        ),
        // Article 5.
        ErratumDeclaration(
            eId: "art_5__para_2", printed: "本盟約", intended: "本公約", kind: "terminology",
            note: "Inconsistent title word, meaning unchanged: the authentic text (UNTS vol. 999) says 盟約 throughout, but this source otherwise uses 公約."
        ),
        // Article 6.
        ErratumDeclaration(
            eId: "art_6__para_2", printed: "情節重大之罪", intended: "情節最重大之罪", kind: "wording",
            note: "最 omitted, which widens the death-penalty exception from 'the most serious crimes' (English; authentic 情節最重大之罪, UNTS vol. 999 p. 205) to any serious crime."
        ),
        // Article 8.
        ErratumDeclaration(
            eId: "art_8__para_2", printed: "", intended: "三、", kind: "structure",
            note: "The label 三、 is missing before item (一): officially paragraph 2 is the servitude sentence alone and items (一)–(三) on forced labour form paragraph 3 (art. 8(3)(a)–(c)). As printed, the items are children of paragraph 二 (art_8__para_2__list_1__point_1…3)."
        ),
        ErratumDeclaration(
            eId: "art_8__para_2__list_1__point_2", printed: "第二項(一)款", intended: "第三項(一)款", kind: "structure",
            note: "The official text refers to paragraph 3(a) (English 'Paragraph 3 (a) shall not be held to preclude'); in the printed structure, which lacks 三、, 第二項(一)款 names the same item, art_8__para_2__list_1__point_1."
        ),
        // Article 8.
        ErratumDeclaration(
            eId: "art_8__para_2__list_1__point_3__list_1__point_2", printed: "國民兵役", intended: "國民服役", kind: "wording",
            note: "兵役 ('military service') for 服役 ('service'): English 'any national service required by law of conscientious objectors'; authentic 國民服役 (UNTS vol. 999 p. 206). As printed it excludes from forced labour the very military service the objectors refuse."
        ),
        // Article 14.
        ErratumDeclaration(
            eId: "art_14__para_4", printed: "少年犯罪之審判", intended: "少年之審判", kind: "wording",
            note: "犯罪 added: English 'In the case of juvenile persons, the procedure shall be such as will take account of their age'; the official text reads 少年之審判. As printed the rule turns on a juvenile offence rather than on the person being a juvenile."
        ),
        // Article 20.
        ErratumDeclaration(
            eId: "art_20__para_2", printed: "煽動、歧視", intended: "煽動歧視", kind: "punctuation",
            note: "The enumeration comma changes what is prohibited: English 'advocacy … that constitutes incitement to discrimination, hostility or violence', authentic 構成煽動歧視、敵視或強暴者 (UNTS vol. 999 p. 211). As printed, advocacy that 'constitutes incitement, discrimination, hostility or violence'."
        ),
        // Article 24.
        ErratumDeclaration(
            eId: "art_24__para_1", printed: "社會、階段財產", intended: "社會階級、財產", kind: "typo",
            note: "'social origin, property': the comma is misplaced and 段 stands for 級 (社會階級、財產 as in art. 2(1) and 26)."
        ),
        // Article 25.
        ErratumDeclaration(
            eId: "art_25__para_1__list_1__point_1", printed: "自由選舉之代表", intended: "自由選擇之代表", kind: "wording",
            note: "選舉 ('elected') for 選擇 ('chosen'): English 'through freely chosen representatives'; the authentic text reads 經由自由選擇之代表. Representatives may be freely chosen without a popular election."
        ),
        // Article 33.
        ErratumDeclaration(
            eId: "art_33__para_1", printed: "經其委員", intended: "經其他委員", kind: "omission",
            note: "他 omitted: English 'in the unanimous opinion of the other members'."
        ),
        // Article 34.
        ErratumDeclaration(
            eId: "art_34__para_1", printed: "宣告出席", intended: "宣告出缺", kind: "typo",
            note: "席 for 缺: 'within six months of the declaration of the vacancy'; the same sentence begins 宣告出缺."
        ),
        // Article 41.
        ErratumDeclaration(
            eId: "art_41__para_1__list_1__point_2", printed: "雙國雙方", intended: "雙方", kind: "duplication",
            note: "Spurious 雙國 before 雙方: 'to the satisfaction of both States Parties concerned' is 關係締約國雙方滿意."
        ),
        ErratumDeclaration(
            eId: "art_41__para_1__list_1__point_7", printed: "口頭及或書面", intended: "口頭及/或書面", kind: "punctuation",
            note: "English 'orally and/or in writing': the separator of 及/或 ('and/or') is missing."
        ),
        ErratumDeclaration(
            eId: "art_41__para_1__list_1__point_8__list_1__point_2", printed: "關於每一事件,委員會應將報告書送達各關係締約國。",
            intended: "關於每一事件,委員會應將報告書送達各關係締約國。", kind: "structure",
            note: "Printed on the line of sub-item (2), so it reads as part of it; in the English ('In every matter, the report shall be communicated to the States Parties concerned.') and the authentic text (UNTS vol. 999 p. 219, its own paragraph after (二)) it closes item (八) and applies to both sub-items, whether or not a solution was reached. The words are right; their place is not."
        ),
        // Article 42.
        ErratumDeclaration(
            eId: "art_42__para_8", printed: "第四十條", intended: "第四十一條", kind: "reference",
            note: "Wrong article number: English 'without prejudice to the responsibilities of the Committee under article 41'; authentic 依第四十一條所負之責任 (UNTS vol. 999 p. 221). Article 41 is the inter-State procedure that article 42's conciliation continues; the reference's `targets` hold art_41, `printedTargets` art_40."
        ),
        // Article 48.
        ErratumDeclaration(
            eId: "art_48__para_1", printed: "本公約經由", intended: "本公約聽由", kind: "wording",
            note: "經由 ('by way of') for 聽由 ('open to'): English 'The present Covenant is open for signature by any State Member…'; art. 48(3) of the same source says 本公約聽由…加入 for accession. As printed it states who signs, not who may sign."
        ),
    ]
}
