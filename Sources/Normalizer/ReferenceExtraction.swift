public import DocumentStore

/// Finds the ICCPR's cross-references in a structurally complete document: internal ones (explicit and
/// relative, general references such as `下列各項` and `本公約實施條款` included) and the instruments it names.
public enum ICCPRReferenceExtractor {
    /// Every place a unit of the Covenant refers to another unit of it or names another instrument
    /// (`ExternalTarget`, e.g. `聯合國憲章`), in document order, with its
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
            let inUnit = scanner.scan()
                + CovenantGeneralReferences.scan(text, path: path, document: document)
                + NamedInstruments.scan(text, table: NamedInstruments.covenant)
            for reference in inUnit.sorted(by: { $0.start < $1.start }) {
                found.append((path.unit.eId, text, reference))
            }
            lastNamedArticle = scanner.lastNamedArticle
        }
        let references = ReferenceNumbering.number(found, document: document.id)
        return references.map { ReferenceErrata.corrected($0, errata: document.errata, document: document) }
    }
}

/// Applies the `reference` errata: a printed cross-reference that names the wrong unit gets the intended
/// unit in `targets` and the printed one in `printedTargets`, so no wrong target is served unflagged.
enum ReferenceErrata {
    static func corrected(_ reference: CrossReference, errata: [Erratum], document: CorpusDocument) -> CrossReference {
        guard let source = reference.source,
              let erratum = errata.first(where: {
                  $0.kind == "reference" && $0.eId == source.eId && $0.offset == source.start && $0.printed == reference.text
              }),
              let intended = intendedArticle(erratum.intended), document.containsUnit(intended)
        else { return reference }
        var corrected = reference
        corrected.printedTargets = reference.targets
        corrected.targets = [ReferenceTarget(document: document.id, eId: intended)]
        return corrected
    }

    /// `第四十一條` → `art_41`.
    private static func intendedArticle(_ words: String) -> String? {
        guard words.hasPrefix("第"), words.hasSuffix("條") || words.hasSuffix("条"),
              let number = ChineseNumerals.value(of: words.dropFirst().dropLast())
        else { return nil }
        return "art_\(number)"
    }
}

extension CorpusDocument {
    /// Whether a unit (at any depth) has `eId`.
    func containsUnit(_ eId: String) -> Bool {
        func search(_ units: [DocumentStore.Unit]) -> Bool { units.contains { $0.eId == eId || search($0.children) } }
        return search(units)
    }
}

/// Finds the resolution's external references: Convention against Torture articles, resolutions, UN symbols.
public enum ResolutionReferenceExtractor {
    /// Every external reference in the resolution's units, in document order: articles of the
    /// Convention against Torture (`CAT`, with the article number), mentions of the Convention and of
    /// its Optional Protocol (`CAT` / `OP-CAT`, no article), General Assembly resolutions
    /// (`GA resolution`, symbol `61/177`) and UN document symbols (`UN document`, `A/62/439/Add.1`).
    /// The other instruments the body names (Geneva Conventions, tribunal statutes, Rome Statute, the
    /// enforced-disappearance Convention, the Istanbul, impunity and detention principles) come from
    /// `NamedInstruments`. After the units, in footnote order, the identifiers the footnotes cite
    /// (`FootnoteReferences`): their source is the footnote (`authorialNote_<n>`) and a span of its text.
    public static func references(in document: CorpusDocument) -> [CrossReference] {
        var found: [(eId: String, text: ScalarText, reference: FoundReference)] = []
        let ownSymbol = document.symbol
        UnitPath.walk(document.units) { path in
            let text = ScalarText(path.unit.text)
            var scanner = ResolutionReferenceScanner(text: text, ownSymbol: ownSymbol)
            let inUnit = scanner.scan() + NamedInstruments.scan(text, table: NamedInstruments.resolution)
            for reference in inUnit.sorted(by: { $0.start < $1.start }) {
                found.append((path.unit.eId, text, reference))
            }
        }
        found += FootnoteReferences.scan(document.footnotes)
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
                external: reference.external.map(named)
            )
        }
    }

    /// The external target with its instrument's English name filled in from `NamedInstruments`.
    private static func named(_ external: ExternalTarget) -> ExternalTarget {
        var external = external
        if external.name == nil { external.name = NamedInstruments.englishNames[external.instrument] }
        return external
    }

    /// `7` → `007`.
    static func paddedNumber(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
