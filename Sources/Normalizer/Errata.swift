import DocumentStore

/// A source defect, declared by the words the source prints; the offset is found in the clean text,
/// so a declaration that no longer matches the source fails the normalization instead of pointing nowhere.
struct ErratumDeclaration {
    let eId: String
    /// The printed words ("" for a structural defect with no span).
    let printed: String
    /// Which occurrence of `printed` in the unit's text (1-based).
    var occurrence = 1
    let intended: String
    let kind: String
    let note: String

    init(eId: String, printed: String, occurrence: Int = 1, intended: String, kind: String, note: String) {
        self.eId = eId
        self.printed = printed
        self.occurrence = occurrence
        self.intended = intended
        self.kind = kind
        self.note = note
    }
}

enum ErrataLocator {
    /// The errata with their offsets into the units' clean text.
    static func locate(_ declarations: [ErratumDeclaration], in units: [Unit]) throws(NormalizationError) -> [Erratum] {
        var byEId: [String: Unit] = [:]
        func visit(_ unit: Unit) {
            byEId[unit.eId] = unit
            unit.children.forEach(visit)
        }
        units.forEach(visit)

        var errata: [Erratum] = []
        for declaration in declarations {
            guard let unit = byEId[declaration.eId] else {
                throw NormalizationError(message: "erratum for unknown unit \(declaration.eId)")
            }
            var offset = -1
            if !declaration.printed.isEmpty {
                guard let found = scalarOffset(of: declaration.printed, in: unit.text, occurrence: declaration.occurrence) else {
                    throw NormalizationError(
                        message: "erratum: \(declaration.eId) does not print “\(declaration.printed)” (occurrence \(declaration.occurrence))"
                    )
                }
                offset = found
            }
            errata.append(Erratum(
                eId: declaration.eId, offset: offset, printed: declaration.printed,
                intended: declaration.intended, note: declaration.note, kind: declaration.kind
            ))
        }
        return errata
    }

    /// Offset in Unicode scalars of the `occurrence`-th match of `needle` in `text`.
    static func scalarOffset(of needle: String, in text: String, occurrence: Int) -> Int? {
        let haystack = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
        var seen = 0
        for start in 0...(haystack.count - pattern.count) where haystack[start..<start + pattern.count].elementsEqual(pattern) {
            seen += 1
            if seen == occurrence { return start }
        }
        return nil
    }
}
