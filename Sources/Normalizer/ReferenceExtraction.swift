public import DocumentStore

/// Finds the ICCPR's internal cross-references (explicit and relative) in a structurally complete document.
public enum ICCPRReferenceExtractor {
    /// Every place a unit of the Covenant refers to another unit of it, in document order, with its
    /// source span (Unicode-scalar offsets into the unit's `text`) and resolved target eIds.
    /// Ids are `<document id>-ref-001`, `-002`, … in document order.
    public static func references(in document: CorpusDocument) -> [CrossReference] {
        let index = CovenantIndex(document: document)
        var found: [(eId: String, text: ScalarText, reference: FoundReference)] = []
        var currentArticle: String?
        var lastNamedArticle: Int?
        UnitPath.walk(document.units) { path in
            // `該條` and `同條` look back only within the article that holds them.
            let article = path.nearest(.article)?.eId
            if article != currentArticle {
                currentArticle = article
                lastNamedArticle = nil
            }
            let text = ScalarText(path.unit.text)
            var scanner = CovenantReferenceScanner(index: index, path: path, text: text, lastNamedArticle: lastNamedArticle)
            for reference in scanner.scan() {
                found.append((path.unit.eId, text, reference))
            }
            lastNamedArticle = scanner.lastNamedArticle
        }
        return ReferenceNumbering.number(found, document: document.id)
    }
}

/// Finds the resolution's external references: Convention against Torture articles, resolutions, UN symbols.
public enum ResolutionReferenceExtractor {
    /// Every external reference in the resolution's units, in document order: articles of the
    /// Convention against Torture (`CAT`, with the article number), mentions of the Convention and of
    /// its Optional Protocol (`CAT` / `OP-CAT`, no article), General Assembly resolutions
    /// (`GA resolution`, symbol `61/177`) and UN document symbols (`UN document`, `A/62/439/Add.1`).
    /// Footnotes are not units, so what they cite is left to their `FootnoteCitation`.
    public static func references(in document: CorpusDocument) -> [CrossReference] {
        var found: [(eId: String, text: ScalarText, reference: FoundReference)] = []
        let ownSymbol = document.symbol
        UnitPath.walk(document.units) { path in
            let text = ScalarText(path.unit.text)
            var scanner = ResolutionReferenceScanner(text: text, ownSymbol: ownSymbol)
            for reference in scanner.scan() {
                found.append((path.unit.eId, text, reference))
            }
        }
        return ReferenceNumbering.number(found, document: document.id)
    }
}

/// Parses footnote texts into structured citations; resolves 同上 to the footnote it repeats.
public enum FootnoteCitationParser {
    /// `texts[i]` is the normalized text of footnote number i+1; returns one citation per footnote.
    public static func citations(forFootnoteTexts texts: [String]) -> [FootnoteCitation] {
        var citations = texts.map(FootnoteCitationReader.citation(for:))
        for number in citations.indices where citations[number].ibid {
            citations[number].repeatsFootnote = FootnoteCitationReader.repeatedFootnote(forIbidAt: number, in: citations)
        }
        return citations
    }
}

/// Turns found references into `CrossReference`s with ids in document order.
enum ReferenceNumbering {
    static func number(
        _ found: [(eId: String, text: ScalarText, reference: FoundReference)], document: String
    ) -> [CrossReference] {
        found.enumerated().map { offset, entry in
            let reference = entry.reference
            return CrossReference(
                id: "\(document)-ref-\(paddedNumber(offset + 1))",
                type: reference.type,
                text: entry.text.slice(reference.start, reference.end),
                source: ReferenceSource(document: document, eId: entry.eId, start: reference.start, end: reference.end),
                targets: reference.targets.map { ReferenceTarget(document: document, eId: $0) },
                external: reference.external
            )
        }
    }

    /// `7` → `007`.
    static func paddedNumber(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
