/// The corpus read with its recorded errata applied: every unit's text corrected, and every
/// offset that points into a text (footnote markers and anchors, reference spans, errata) moved
/// to the corrected text. The printed reading stays the default everywhere; this is the
/// `?reading=corrected` view.
///
/// An erratum with offset -1 (a structural defect) or one recorded in a label changes no text and
/// is listed as recorded. A reference whose `text` is the text of its span gets the corrected
/// span's text; thematic labels are kept.
public struct CorrectedReading: Sendable {
    /// `document` → `eId` → the unit's correction (units without an applicable erratum are absent).
    private let corrections: [String: [String: TextCorrection]]

    /// Builds the corrections of every unit of `documents` from their errata.
    public init(documents: [CorpusDocument]) {
        var corrections: [String: [String: TextCorrection]] = [:]
        for document in documents {
            var byEId: [String: [Erratum]] = [:]
            for erratum in document.errata where erratum.offset >= 0 { byEId[erratum.eId, default: []].append(erratum) }
            var texts: [String: String] = [:]
            func collect(_ units: [Unit]) {
                for unit in units {
                    if byEId[unit.eId] != nil { texts[unit.eId] = unit.text }
                    collect(unit.children)
                }
            }
            collect(document.units)
            var perDocument: [String: TextCorrection] = [:]
            for (eId, errata) in byEId {
                guard let text = texts[eId] else { continue }
                let correction = TextCorrection(printed: text, errata: errata)
                if !correction.isIdentity { perDocument[eId] = correction }
            }
            corrections[document.id] = perDocument
        }
        self.corrections = corrections
    }

    /// The correction of one unit, nil when its text needs none.
    public func correction(document: String, eId: String) -> TextCorrection? {
        corrections[document]?[eId]
    }

    /// The corrected text of one unit (the printed text when nothing applies).
    public func text(_ printed: String, document: String, eId: String) -> String {
        correction(document: document, eId: eId)?.corrected ?? printed
    }

    /// `document` with every unit, footnote anchor, erratum and reference in the corrected reading.
    public func document(_ document: CorpusDocument) -> CorpusDocument {
        var copy = document
        copy.units = document.units.map { unit($0, document: document.id) }
        copy.footnotes = document.footnotes.map { footnote in
            var moved = footnote
            moved.anchors = footnote.anchors.map { anchor in
                guard let correction = correction(document: document.id, eId: anchor.eId) else { return anchor }
                return FootnoteAnchor(eId: anchor.eId, offset: correction.map(anchor.offset, .end))
            }
            return moved
        }
        copy.errata = document.errata.map { erratum($0, document: document.id) }
        copy.references = document.references.map(reference)
        return copy
    }

    /// `unit` and its descendants corrected: text and footnote marker offsets.
    public func unit(_ unit: Unit, document: String) -> Unit {
        var copy = unit
        if let correction = correction(document: document, eId: unit.eId) {
            copy.text = correction.corrected
            copy.footnoteRefs = unit.footnoteRefs.map { FootnoteRef(number: $0.number, offset: correction.map($0.offset, .end)) }
        }
        copy.children = unit.children.map { self.unit($0, document: document) }
        return copy
    }

    /// An erratum with its offset in the corrected text (where `intended` now stands); errata that
    /// changed no text are returned as recorded.
    public func erratum(_ erratum: Erratum, document: String) -> Erratum {
        guard let correction = correction(document: document, eId: erratum.eId),
              let offset = correction.correctedOffset(of: erratum) else { return erratum }
        var copy = erratum
        copy.offset = offset
        return copy
    }

    /// A reference with its source span in the corrected text.
    public func reference(_ reference: CrossReference) -> CrossReference {
        guard let source = reference.source,
              let correction = correction(document: source.document, eId: source.eId) else { return reference }
        var copy = reference
        let span = correction.mapSpan(start: source.start, end: source.end)
        copy.source = ReferenceSource(document: source.document, eId: source.eId, start: span.start, end: span.end)
        if reference.type != .thematic {
            let scalars = Array(correction.corrected.unicodeScalars)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            copy.text = String(view)
        }
        return copy
    }
}
