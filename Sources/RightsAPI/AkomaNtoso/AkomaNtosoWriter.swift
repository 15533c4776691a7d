import DocumentStore

/// Writes one document, or one unit as a `<portion>`, as Akoma Ntoso 3.0 XML.
///
/// - The Covenant is an `<act>`: preface, preamble (recitals, enacting formula), body (article →
///   paragraph → list → point), conclusions (testimonium). The resolution is a `<statement>`
///   (an act of an assembly that is not legislation): preface, preamble, mainBody (operative
///   paragraphs), conclusions (date and meeting).
/// - Every unit keeps its eId; items and sub-items are `<point>`s inside a `<list>` whose eId is
///   the point's without its last step (`art_14__para_3__list_1`).
/// - A footnote is an `<authorialNote>` at its first marker; a later marker of the same footnote
///   is a `<noteRef>` to it (eIds are unique in a document).
/// - A reference span is a `<ref href>` (one target) or an `<rref from upTo>` (a run of
///   consecutive targets); a target in this XML is `#eId`, any other the Work IRI `…/!main~eId`.
struct AkomaNtosoWriter {
    private let document: CatalogDocument
    private let identity: AkomaNtosoIdentity
    private let convert: TextConversion?
    /// eIds rendered in this XML: references to them are `#eId`, others a full IRI.
    private let local: Set<String>
    private var notesWritten: Set<Int> = []
    private var xml = XMLWriter(capacity: 16 * 1024)

    private init(document: CatalogDocument, convert: TextConversion?, local: Set<String>) {
        self.document = document
        self.identity = AkomaNtosoIdentity.of(document.document)
        self.convert = convert
        self.local = local
    }

    /// The whole document.
    static func document(_ document: CatalogDocument, convert: TextConversion?) -> [UInt8] {
        var writer = AkomaNtosoWriter(document: document, convert: convert, local: Set(document.units.map(\.eId)))
        writer.writeDocument()
        return writer.xml.bytes
    }

    /// One unit with everything under it, as a `<portion>` of its document.
    static func portion(_ entry: UnitEntry, in document: CatalogDocument, convert: TextConversion?) -> [UInt8] {
        var eIds: Set<String> = []
        func collect(_ entry: UnitEntry) {
            eIds.insert(entry.eId)
            document.children(of: entry).forEach(collect)
        }
        collect(entry)
        var writer = AkomaNtosoWriter(document: document, convert: convert, local: eIds)
        writer.writePortion(entry)
        return writer.xml.bytes
    }

    // MARK: - Document and portion

    private mutating func writeDocument() {
        xml.open("akomaNtoso", [("xmlns", AkomaNtosoWriter.namespace)])
        xml.open(identity.documentType, [("name", identity.name)])
        writeMeta(portion: nil)
        var preface: [UnitEntry] = [], preamble: [UnitEntry] = [], body: [UnitEntry] = [], conclusions: [UnitEntry] = []
        for entry in document.topLevel.map({ document.units[$0] }) {
            switch entry.unit.type {
            case .preface: preface.append(entry)
            case .article, .paragraph, .item, .subitem: body.append(entry)
            case .recital, .formula:
                if body.isEmpty { preamble.append(entry) } else { conclusions.append(entry) }
            case .conclusion: conclusions.append(entry)
            }
        }
        if !preface.isEmpty {
            xml.open("preface")
            preface.forEach { writeUnit($0) }
            xml.close("preface")
        }
        if !preamble.isEmpty {
            xml.open("preamble")
            writeGroupingRecitals(preamble)
            xml.close("preamble")
        }
        let bodyName = identity.documentType == "act" ? "body" : "mainBody"
        xml.open(bodyName)
        if body.isEmpty { xml.empty("p") }
        body.forEach { writeUnit($0) }
        xml.close(bodyName)
        if !conclusions.isEmpty {
            xml.open("conclusions")
            writeGroupingRecitals(conclusions)
            xml.close("conclusions")
        }
        xml.close(identity.documentType)
        xml.close("akomaNtoso")
        xml.finish()
    }

    private mutating func writePortion(_ entry: UnitEntry) {
        xml.open("akomaNtoso", [("xmlns", AkomaNtosoWriter.namespace)])
        xml.open("portion", [("includedIn", "#original")])
        writeMeta(portion: entry.eId)
        xml.open("portionBody")
        switch entry.unit.type {
        case .preface:
            xml.open("preface")
            writeUnit(entry)
            xml.close("preface")
        default:
            writeUnit(entry)
        }
        xml.close("portionBody")
        xml.close("portion")
        xml.close("akomaNtoso")
        xml.finish()
    }

    /// Consecutive recitals go into one `<recitals>` (`recitals`, then `recitals_2` …); formulas
    /// and lines stand alone.
    private mutating func writeGroupingRecitals(_ entries: [UnitEntry]) {
        var index = 0, groups = 0
        while index < entries.count {
            if entries[index].unit.type == .recital {
                groups += 1
                xml.open("recitals", [("eId", groups == 1 ? "recitals" : "recitals_\(groups)")])
                while index < entries.count, entries[index].unit.type == .recital {
                    writeUnit(entries[index])
                    index += 1
                }
                xml.close("recitals")
            } else {
                writeUnit(entries[index])
                index += 1
            }
        }
    }

    // MARK: - Metadata

    private mutating func writeMeta(portion eId: String?) {
        let suffix = eId.map { "~\($0)" } ?? ""
        let corrected = document.reading == .corrected
        let expression = identity.expressionIRI + (corrected ? "corrected" : "")
        xml.open("meta")
        xml.open("identification", [("source", "#\(AkomaNtosoIdentity.editorEId)")])
        let author = "#\(AkomaNtosoIdentity.authorEId)"
        xml.open("FRBRWork")
        xml.empty("FRBRthis", [("value", "\(identity.workIRI)/!main\(suffix)")])
        xml.empty("FRBRuri", [("value", identity.workIRI)])
        xml.empty("FRBRdate", [("date", identity.workDate), ("name", identity.workDateName)])
        xml.empty("FRBRauthor", [("href", author)])
        xml.empty("FRBRcountry", [("value", AkomaNtosoIdentity.country)])
        xml.empty("FRBRsubtype", [("value", identity.subtype)])
        xml.empty("FRBRnumber", [("value", identity.number)])
        xml.empty("FRBRname", [("value", document.document.titleEnglish ?? document.document.symbol)])
        xml.close("FRBRWork")
        xml.open("FRBRExpression")
        xml.empty("FRBRthis", [("value", "\(expression)/!main\(suffix)")])
        xml.empty("FRBRuri", [("value", expression)])
        xml.empty("FRBRdate", [("date", identity.workDate), ("name", identity.workDateName)])
        xml.empty("FRBRauthor", [("href", author)])
        if corrected { xml.empty("FRBRversionNumber", [("value", "corrected")]) }
        xml.empty("FRBRlanguage", [("language", identity.language)])
        xml.close("FRBRExpression")
        xml.open("FRBRManifestation")
        xml.empty("FRBRthis", [("value", "\(expression)/!main\(suffix).xml")])
        xml.empty("FRBRuri", [("value", "\(expression).akn")])
        xml.empty("FRBRdate", [("date", identity.workDate), ("name", identity.workDateName)])
        xml.empty("FRBRauthor", [("href", "#\(AkomaNtosoIdentity.editorEId)")])
        xml.empty("FRBRformat", [("value", "application/akn+xml")])
        xml.close("FRBRManifestation")
        xml.close("identification")
        xml.open("references", [("source", "#\(AkomaNtosoIdentity.editorEId)")])
        if eId != nil {
            xml.empty("original", [("eId", "original"), ("href", "\(expression)/!main"), ("showAs", document.document.title)])
        }
        xml.empty("TLCOrganization", [("eId", AkomaNtosoIdentity.authorEId), ("href", AkomaNtosoIdentity.authorIRI),
                                      ("showAs", AkomaNtosoIdentity.authorName)])
        xml.empty("TLCOrganization", [("eId", AkomaNtosoIdentity.editorEId), ("href", AkomaNtosoIdentity.editorIRI),
                                      ("showAs", AkomaNtosoIdentity.editorName)])
        xml.close("references")
        xml.close("meta")
    }

    // MARK: - Units

    private mutating func writeUnit(_ entry: UnitEntry) {
        let unit = entry.unit
        switch unit.type {
        case .preface, .conclusion:
            xml.open("container", [("eId", unit.eId), ("name", unit.type == .preface ? "prefaceLine" : "conclusion")])
            writeParagraph(entry, labelled: true)
            xml.close("container")
        case .formula:
            xml.open("formula", [("eId", unit.eId), ("name", isInConclusions(entry) ? "testimonium" : "enactingFormula")])
            writeParagraph(entry, labelled: true)
            xml.close("formula")
        case .recital:
            xml.open("recital", [("eId", unit.eId)])
            writeNum(unit.num)
            writeParagraph(entry, labelled: false)
            xml.close("recital")
        case .article, .paragraph, .item, .subitem:
            let element = switch unit.type {
            case .article: "article"
            case .paragraph: "paragraph"
            default: "point"
            }
            xml.open(element, [("eId", unit.eId)])
            writeNum(unit.num)
            let children = document.children(of: entry)
            if children.isEmpty {
                xml.open("content")
                writeParagraph(entry, labelled: false)
                xml.close("content")
            } else {
                if !unit.text.isEmpty {
                    xml.open("intro")
                    writeParagraph(entry, labelled: false)
                    xml.close("intro")
                }
                writeChildren(children)
            }
            xml.close(element)
        }
    }

    /// Children in order; runs of items/sub-items are wrapped in their `<list>`.
    private mutating func writeChildren(_ children: [UnitEntry]) {
        var index = 0
        while index < children.count {
            let child = children[index]
            guard child.unit.type == .item || child.unit.type == .subitem, let listID = AkomaNtosoWriter.listEId(of: child.eId) else {
                writeUnit(child)
                index += 1
                continue
            }
            xml.open("list", [("eId", listID)])
            while index < children.count, AkomaNtosoWriter.listEId(of: children[index].eId) == listID,
                  children[index].unit.type == .item || children[index].unit.type == .subitem {
                writeUnit(children[index])
                index += 1
            }
            xml.close("list")
        }
    }

    /// `art_14__para_3__list_1__point_7` → `art_14__para_3__list_1`.
    static func listEId(of eId: String) -> String? {
        guard let range = eId.range(of: "__point_", options: .backwards), eId[..<range.lowerBound].contains("list_") else { return nil }
        return String(eId[..<range.lowerBound])
    }

    private func isInConclusions(_ entry: UnitEntry) -> Bool {
        guard entry.record.parent == nil else { return false }
        let order = document.topLevel.map { document.units[$0] }
        guard let position = order.firstIndex(where: { $0.eId == entry.eId }) else { return false }
        return order[..<position].contains { [.article, .paragraph].contains($0.unit.type) }
    }

    private mutating func writeNum(_ num: String?) {
        guard let num else { return }
        xml.open("num", inline: true)
        xml.text(converted(num))
        xml.close("num")
    }

    /// `<p>` with the unit's text and its inline markup; `labelled` puts a printed label first.
    private mutating func writeParagraph(_ entry: UnitEntry, labelled: Bool) {
        xml.open("p", inline: true)
        if labelled, let num = entry.unit.num {
            xml.open("inline", [("name", "label")], inline: true)
            xml.text(converted(num))
            xml.close("inline")
        }
        var markup = entry.unit.footnoteRefs.map { AkomaNtosoMarkup.note(offset: $0.offset, number: $0.number) }
        markup += entry.references.compactMap(referenceMarkup)
        writeInline(entry.unit.text, markup: markup)
        xml.close("p")
    }

    /// The text with its markup. The whole text is converted to the requested script first, so
    /// conversion sees whole words; offsets then apply to it when conversion kept its length
    /// (otherwise each piece is converted on its own).
    private mutating func writeInline(_ text: String, markup: [AkomaNtosoMarkup]) {
        let whole = converted(text)
        let sameLength = whole.unicodeScalars.count == text.unicodeScalars.count
        var open: [String] = []
        for event in AkomaNtosoInline.events(text: sameLength ? whole : text, markup: markup).events {
            switch event {
            case .text(let piece):
                xml.text(sameLength ? piece : converted(piece))
            case .openReference(.single(let href)):
                xml.open("ref", [("href", href)], inline: true)
                open.append("ref")
            case .openReference(.range(let from, let upTo)):
                xml.open("rref", [("from", from), ("upTo", upTo)], inline: true)
                open.append("rref")
            case .closeReference:
                if let name = open.popLast() { xml.close(name) }
            case .note(let number):
                writeNote(number)
            }
        }
    }

    private mutating func writeNote(_ number: Int) {
        guard let footnote = document.document.footnotes.first(where: { $0.number == number }) else { return }
        if notesWritten.contains(number) {
            xml.empty("noteRef", [("href", "#\(footnote.eId)"), ("marker", "\(number)"), ("placement", "bottom")])
            return
        }
        notesWritten.insert(number)
        xml.open("authorialNote", [("eId", footnote.eId), ("marker", "\(number)"), ("placement", "bottom")], inline: true)
        xml.open("p", inline: true)
        let markup = document.document.references.filter { $0.source?.eId == footnote.eId }.compactMap(referenceMarkup)
        writeInline(footnote.text, markup: markup)
        xml.close("p")
        xml.close("authorialNote")
    }

    // MARK: - References

    /// The inline markup of a reference the text makes (explicit, relative, external). Thematic
    /// links are curated relations between whole provisions, not words of the text: they stay in
    /// the JSON representations.
    private func referenceMarkup(_ reference: CrossReference) -> AkomaNtosoMarkup? {
        guard let source = reference.source, reference.type != .thematic else { return nil }
        let targets = reference.targets
        if let first = targets.first, let last = targets.last {
            if targets.count == 1 || !isRun(targets) {
                return .reference(start: source.start, end: source.end, link: .single(href: href(first)))
            }
            return .reference(start: source.start, end: source.end, link: .range(from: href(first), upTo: href(last)))
        }
        if let external = reference.external {
            return .reference(start: source.start, end: source.end, link: .single(href: AkomaNtosoIdentity.externalIRI(external)))
        }
        return nil
    }

    /// Whether the targets are consecutive siblings of one unit (or consecutive top-level units)
    /// of this document, in order.
    private func isRun(_ targets: [ReferenceTarget]) -> Bool {
        let entries = targets.compactMap { $0.document == document.id ? document.entry(eId: $0.eId) : nil }
        guard entries.count == targets.count, let first = entries.first else { return false }
        let parent = first.record.parent
        guard entries.allSatisfy({ $0.record.parent == parent }) else { return false }
        let siblings: [String] = if let parent, let parentEntry = document.entry(eId: parent) {
            document.children(of: parentEntry).map(\.eId)
        } else {
            document.topLevel.map { document.units[$0].eId }
        }
        let eIds = entries.map(\.eId)
        guard let start = siblings.firstIndex(of: first.eId), start + eIds.count <= siblings.count else { return false }
        return Array(siblings[start..<(start + eIds.count)]) == eIds
    }

    private func href(_ target: ReferenceTarget) -> String {
        if target.document == document.id && local.contains(target.eId) { return "#\(target.eId)" }
        return "\(AkomaNtosoIdentity.workIRI(ofDocument: target.document))/!main~\(target.eId)"
    }

    // MARK: - Text

    private func converted(_ text: String) -> String {
        convert?.apply(text) ?? text
    }

    static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
}
