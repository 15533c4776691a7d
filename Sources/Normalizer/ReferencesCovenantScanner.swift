import DocumentStore

/// A reference found in one unit's text, before it gets its id.
struct FoundReference: Equatable {
    var start: Int
    var end: Int
    var type: ReferenceType
    /// Target eIds in the same document.
    var targets: [String]
    var external: ExternalTarget? = nil
}

/// Reads one unit of the Covenant left to right and reports every place it refers to another unit.
///
/// The Covenant's Chinese text numbers articles `第N條`, paragraphs `第N項` and items `(N)款`, and
/// refers relatively with `本條` (this article), `本項` (this paragraph), `上項`/`上列` (the foregoing
/// ones), `該條` (that article), `同條` (the same article) and a bare `(N)款` (an item of the same list).
/// Not reported, by decision:
/// - `本公約` / `本盟約` (the present Covenant as a whole): not a unit; a reference to everything is none.
/// - `此項` (`此項限制`, `此項來文`, `此項報告書`): "this (kind of)" limitation / communication / report,
///   not "this paragraph".
/// - `該國`, `該會議`, `該案件`: that State / meeting / case, not a unit.
/// General references (`下列各項`, `以下規定`, `本公約實施條款`) are read by `CovenantGeneralReferences`,
/// the instruments the Covenant names (the Charter, the Genocide Convention, `該公約`…) by `NamedInstruments`.
struct CovenantReferenceScanner {
    let index: CovenantIndex
    let path: UnitPath
    let text: ScalarText
    /// The article the text named last, for `該條` and `同條`; carried from unit to unit within an article.
    var lastNamedArticle: Int?

    /// Part IV of the Covenant (the Human Rights Committee) runs from article 28 to article 45. The
    /// source prints no part headings, but the official text's division is not in doubt, and the
    /// source's own article 28 opens the part (`茲設置人權事宜委員會`).
    static let partFour = 28...45

    /// The articles of Part IV that govern electing the Committee's members: composition and
    /// qualifications (28), nomination (29), the election procedure (30) and its distribution rules (31).
    static let electionArticles = 28...31

    private var articleNumber: Int? { path.nearest(.article)?.ordinal }

    mutating func scan() -> [FoundReference] {
        var found: [FoundReference] = []
        var position = 0
        while position < text.count {
            if let reference = match(at: position) {
                found.append(reference)
                position = reference.end
            } else {
                position += 1
            }
        }
        return found
    }

    private mutating func match(at start: Int) -> FoundReference? {
        partFourReference(at: start)
            ?? articleRelativeReference(at: start)
            ?? paragraphRelativeReference(at: start)
            ?? foregoingReference(at: start)
            ?? numberedArticleReference(at: start)
            ?? numberedParagraphReference(at: start)
            ?? bareItemReference(at: start)
    }

    // MARK: Part IV phrases

    /// `本公約本編以上各條` (art. 32(2): "the preceding articles of this part") resolves to the
    /// articles of Part IV before the current one; `本公約本編有關規定` (art. 34(2): "the relevant
    /// provisions of this part", for a by-election) resolves to the election articles 28–31 — the
    /// provisions an election is held under; art. 32 (terms) is not one, since art. 34(3) itself
    /// fixes the term of a member elected to fill a vacancy.
    private func partFourReference(at start: Int) -> FoundReference? {
        guard let current = articleNumber, Self.partFour.contains(current) else { return nil }
        if text.has("本公約本編以上各條", at: start) {
            let targets = (Self.partFour.lowerBound..<current).map { index.articleEId($0) }
            guard !targets.isEmpty else { return nil }
            return FoundReference(start: start, end: start + 9, type: .relative, targets: targets)
        }
        if text.has("本公約本編有關規定", at: start) {
            let targets = Self.electionArticles.map { index.articleEId($0) }
            return FoundReference(start: start, end: start + 9, type: .relative, targets: targets)
        }
        return nil
    }

    // MARK: 本條, 同條, 該條

    private mutating func articleRelativeReference(at start: Int) -> FoundReference? {
        let article: Int?
        if text.has("本條", at: start) {
            article = articleNumber
        } else if text.has("同條", at: start) || text.has("該條", at: start) {
            article = lastNamedArticle
        } else {
            return nil
        }
        guard let article else { return nil }
        let afterArticle = start + 2
        if let (targets, end) = subdivisions(ofArticle: article, at: afterArticle) {
            return FoundReference(start: start, end: end, type: .relative, targets: targets)
        }
        return FoundReference(start: start, end: afterArticle, type: .relative, targets: [index.articleEId(article)])
    }

    // MARK: 本項

    /// `本項` is the paragraph that holds the words (art. 8(3)(c) in the official text is printed
    /// as item (三) of paragraph 2, so `本項` there is paragraph 2, following the source's structure).
    private func paragraphRelativeReference(at start: Int) -> FoundReference? {
        guard text.has("本項", at: start), let paragraph = path.nearest(.paragraph) else { return nil }
        return FoundReference(start: start, end: start + 2, type: .relative, targets: [paragraph.eId])
    }

    // MARK: 上項, 上列

    /// `上項` / `上列` ("the foregoing") refer to the siblings before the unit that holds the words.
    ///
    /// - `上列權利` (art. 12(3), "the above-mentioned rights") are the rights of paragraphs 1 and 2.
    /// - `上項救濟` (art. 2(3)(b) and (c), "such remedy"): elsewhere in this translation `項` means a
    ///   paragraph, but the paragraph before art. 2(3) (legislative measures) names no remedy; the
    ///   remedy is the effective remedy item (一) guarantees. In item (二) that is item (一). In item
    ///   (三) the remedy "once granted" (`一經核准`) is the one item (一) guarantees and item (二) has
    ///   determined (`裁定`), so both foregoing items are targets. Hence the rule: every foregoing
    ///   sibling of the same kind.
    private func foregoingReference(at start: Int) -> FoundReference? {
        guard text.has("上項", at: start) || text.has("上列", at: start), path.chain.count >= 2 else { return nil }
        let unit = path.unit, parent = path.chain[path.chain.count - 2]
        guard let position = parent.children.firstIndex(where: { $0.eId == unit.eId }) else { return nil }
        let targets = parent.children[..<position].filter { $0.type == unit.type }.map(\.eId)
        guard !targets.isEmpty else { return nil }
        return FoundReference(start: start, end: start + 2, type: .relative, targets: targets)
    }

    // MARK: 第N條…

    private mutating func numberedArticleReference(at start: Int) -> FoundReference? {
        guard text.has("第", at: start), let numeral = text.chineseNumeral(at: start + 1),
              text.has("條", at: numeral.end) else { return nil }
        lastNamedArticle = numeral.value
        let afterArticle = numeral.end + 1
        if let (targets, end) = subdivisions(ofArticle: numeral.value, at: afterArticle) {
            return FoundReference(start: start, end: end, type: .explicit, targets: targets)
        }
        return FoundReference(start: start, end: afterArticle, type: .explicit, targets: [index.articleEId(numeral.value)])
    }

    /// `第N項`, `第N項(M)款` or `(第N項及第M項)` right after an article: the units named, and the end.
    private func subdivisions(ofArticle article: Int, at start: Int) -> (targets: [String], end: Int)? {
        if let paragraph = paragraphNumber(at: start) {
            if let item = itemNumber(at: paragraph.end) {
                return ([index.itemEId(article: article, paragraph: paragraph.value, item: item.value)], item.end)
            }
            return ([index.paragraphEId(article: article, paragraph: paragraph.value)], paragraph.end)
        }
        guard text.isOpeningParenthesis(at: start) else { return nil }
        var position = start + 1
        var targets: [String] = []
        while let paragraph = paragraphNumber(at: position) {
            targets.append(index.paragraphEId(article: article, paragraph: paragraph.value))
            position = paragraph.end
            if let conjunction = text.firstOf(["及", "、", "和", "與"], at: position) {
                position = conjunction.end
            } else {
                break
            }
        }
        guard !targets.isEmpty, text.isClosingParenthesis(at: position) else { return nil }
        return (targets, position + 1)
    }

    // MARK: 第N項 (of the same article)

    /// `第二項(一)款` (art. 8, item (二)) names paragraph 2, item (一) of the article that holds it.
    private func numberedParagraphReference(at start: Int) -> FoundReference? {
        guard let article = articleNumber, let paragraph = paragraphNumber(at: start) else { return nil }
        if let item = itemNumber(at: paragraph.end) {
            let target = index.itemEId(article: article, paragraph: paragraph.value, item: item.value)
            return FoundReference(start: start, end: item.end, type: .explicit, targets: [target])
        }
        let target = index.paragraphEId(article: article, paragraph: paragraph.value)
        return FoundReference(start: start, end: paragraph.end, type: .explicit, targets: [target])
    }

    // MARK: (N)款

    /// A bare `(二)款` names an item of the list the words stand in: the list of the nearest item
    /// (so from sub-item (1) of art. 8(2)(三), `(二)款` is item (二) of paragraph 2), or, in a
    /// paragraph's own text, that paragraph's items.
    private func bareItemReference(at start: Int) -> FoundReference? {
        guard let item = itemNumber(at: start),
              let holder = path.parent(ofNearest: .item) ?? path.nearest(.paragraph) else { return nil }
        return FoundReference(start: start, end: item.end, type: .relative,
                              targets: [CovenantIndex.itemEId(in: holder, item: item.value)])
    }

    // MARK: Numbered subdivisions

    /// `第N項` at `start`.
    private func paragraphNumber(at start: Int) -> (value: Int, end: Int)? {
        guard text.has("第", at: start), let numeral = text.chineseNumeral(at: start + 1),
              text.has("項", at: numeral.end) else { return nil }
        return (numeral.value, numeral.end + 1)
    }

    /// `(N)款` or `第N款` at `start`.
    private func itemNumber(at start: Int) -> (value: Int, end: Int)? {
        if text.isOpeningParenthesis(at: start), let numeral = text.chineseNumeral(at: start + 1),
           text.isClosingParenthesis(at: numeral.end), text.has("款", at: numeral.end + 1) {
            return (numeral.value, numeral.end + 2)
        }
        if text.has("第", at: start), let numeral = text.chineseNumeral(at: start + 1), text.has("款", at: numeral.end) {
            return (numeral.value, numeral.end + 1)
        }
        return nil
    }
}
