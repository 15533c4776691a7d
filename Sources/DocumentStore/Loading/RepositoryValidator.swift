import Foundation

/// Checks the decoded corpus before anything is indexed. The first defect found stops loading
/// with a ``RepositoryError`` naming the file and the JSON path of the offending value.
///
/// Checks, per document: the id is unique and matches the file name; every eId (units and
/// footnotes) is unique; footnote numbers are unique; every footnote marker (`footnoteRefs`)
/// points to an existing footnote, lies inside its text (0…scalar count) and has exactly one
/// matching anchor, and every anchor has a matching marker; every footnote is referenced at
/// least once; every erratum names an existing unit, its offset lies inside the text (or is -1
/// for a structural defect) and the printed string stands at that offset (in the text, or in
/// the label); reference ids are unique; every reference source names an existing unit with
/// 0 ≤ start < end ≤ scalar count and (except for thematic links, whose text is a label) the
/// span's text is the reference's `text`; every reference target (document + eId) exists. Thematic links
/// must have type `thematic`; every `printedTargets` entry exists too. Every date's `date` (and
/// `printedDate`) is an ISO 8601 calendar date; `printedDate` and `note` come together and only when the
/// printed date differs from `date`. When a data directory is given, `source.sha256` and `source.bytes`
/// must match the file under it.
struct RepositoryValidator {
    /// A text that offsets point into.
    private struct Located {
        let jsonPath: String
        let scalars: [Unicode.Scalar]
        let num: String?
    }

    let documents: [(file: String, document: CorpusDocument)]
    let thematicLinksFile: String
    let thematicLinks: [CrossReference]
    let dataDirectory: String?

    /// Validates and returns every document's units, flattened in document order.
    func validate() throws(RepositoryError) -> [String: [FlattenedUnit]] {
        var flattened: [String: [FlattenedUnit]] = [:]
        var located: [String: [String: Located]] = [:]
        var files: [String: String] = [:]
        for (file, document) in documents {
            if let earlier = files[document.id] {
                throw RepositoryError(file: file, jsonPath: "$.id", message: "document id '\(document.id)' is also used by \(earlier)")
            }
            files[document.id] = file
            if dataDirectory != nil, (file as NSString).lastPathComponent != document.id + ".json" {
                throw RepositoryError(file: file, jsonPath: "$.id", message: "document id '\(document.id)' does not match the file name (expected \(document.id).json)")
            }
            let units = FlattenedUnit.flatten(document)
            flattened[document.id] = units
            located[document.id] = try locateTexts(document, units: units, file: file)
        }
        var referenceIDs: [String: String] = [:]
        for (file, document) in documents {
            let texts = located[document.id] ?? [:]
            try checkFootnotes(document, units: flattened[document.id] ?? [], texts: texts, file: file)
            try checkErrata(document, texts: texts, file: file)
            try checkDates(document, file: file)
            for (index, reference) in document.references.enumerated() {
                let path = "$.references[\(index)]"
                try checkUniqueID(reference.id, path: path, file: file, seen: &referenceIDs)
                try checkReference(reference, path: path, file: file, located: located)
            }
            if let dataDirectory {
                try checkSource(document.source, dataDirectory: dataDirectory, file: file)
            }
        }
        for (index, link) in thematicLinks.enumerated() {
            let path = "$[\(index)]"
            try checkUniqueID(link.id, path: path, file: thematicLinksFile, seen: &referenceIDs)
            guard link.type == .thematic else {
                throw RepositoryError(file: thematicLinksFile, jsonPath: path + ".type", message: "a curated link must have type 'thematic', not '\(link.type.rawValue)'")
            }
            try checkReference(link, path: path, file: thematicLinksFile, located: located)
        }
        return flattened
    }

    private func locateTexts(_ document: CorpusDocument, units: [FlattenedUnit], file: String) throws(RepositoryError) -> [String: Located] {
        var result: [String: Located] = [:]
        result.reserveCapacity(units.count + document.footnotes.count)
        for flat in units {
            if let earlier = result[flat.unit.eId] {
                throw RepositoryError(file: file, jsonPath: flat.jsonPath + ".eId", message: "duplicate eId '\(flat.unit.eId)' (first at \(earlier.jsonPath).eId)")
            }
            result[flat.unit.eId] = Located(jsonPath: flat.jsonPath, scalars: Array(flat.unit.text.unicodeScalars), num: flat.unit.num)
        }
        var numbers: [Int: Int] = [:]
        for (index, footnote) in document.footnotes.enumerated() {
            let path = "$.footnotes[\(index)]"
            if let earlier = result[footnote.eId] {
                throw RepositoryError(file: file, jsonPath: path + ".eId", message: "duplicate eId '\(footnote.eId)' (first at \(earlier.jsonPath).eId)")
            }
            if let earlier = numbers[footnote.number] {
                throw RepositoryError(file: file, jsonPath: path + ".number", message: "duplicate footnote number \(footnote.number) (first at $.footnotes[\(earlier)].number)")
            }
            numbers[footnote.number] = index
            result[footnote.eId] = Located(jsonPath: path, scalars: Array(footnote.text.unicodeScalars), num: String(footnote.number))
        }
        return result
    }

    private func checkFootnotes(_ document: CorpusDocument, units: [FlattenedUnit], texts: [String: Located], file: String) throws(RepositoryError) {
        struct Marker: Hashable { let eId: String; let number: Int; let offset: Int }
        var footnoteIndex: [Int: Int] = [:]
        for (index, footnote) in document.footnotes.enumerated() { footnoteIndex[footnote.number] = index }

        var markers: [Marker: String] = [:]
        for flat in units {
            let count = flat.unit.text.unicodeScalars.count
            for (index, ref) in flat.unit.footnoteRefs.enumerated() {
                let path = "\(flat.jsonPath).footnoteRefs[\(index)]"
                guard footnoteIndex[ref.number] != nil else {
                    throw RepositoryError(file: file, jsonPath: path + ".number", message: "footnote \(ref.number) does not exist")
                }
                guard ref.offset >= 0 && ref.offset <= count else {
                    throw RepositoryError(file: file, jsonPath: path + ".offset", message: "offset \(ref.offset) is outside the unit's text (0…\(count) scalars)")
                }
                markers[Marker(eId: flat.unit.eId, number: ref.number, offset: ref.offset)] = path
            }
        }
        var anchored = Set<Marker>()
        for (index, footnote) in document.footnotes.enumerated() {
            let path = "$.footnotes[\(index)]"
            guard !footnote.anchors.isEmpty else {
                throw RepositoryError(file: file, jsonPath: path + ".anchors", message: "footnote \(footnote.number) is never referenced")
            }
            for (anchorIndex, anchor) in footnote.anchors.enumerated() {
                let anchorPath = "\(path).anchors[\(anchorIndex)]"
                guard let host = texts[anchor.eId] else {
                    throw RepositoryError(file: file, jsonPath: anchorPath + ".eId", message: "unit '\(anchor.eId)' does not exist")
                }
                guard anchor.offset >= 0 && anchor.offset <= host.scalars.count else {
                    throw RepositoryError(file: file, jsonPath: anchorPath + ".offset", message: "offset \(anchor.offset) is outside the text of '\(anchor.eId)' (0…\(host.scalars.count) scalars)")
                }
                let marker = Marker(eId: anchor.eId, number: footnote.number, offset: anchor.offset)
                guard markers[marker] != nil else {
                    throw RepositoryError(file: file, jsonPath: anchorPath, message: "no footnote marker \(footnote.number) at offset \(anchor.offset) in '\(anchor.eId)' (its footnoteRefs disagree)")
                }
                anchored.insert(marker)
            }
        }
        for (marker, path) in markers where !anchored.contains(marker) {
            throw RepositoryError(file: file, jsonPath: path, message: "footnote marker \(marker.number) at offset \(marker.offset) has no anchor in footnote \(marker.number)'s anchors")
        }
    }

    private func checkErrata(_ document: CorpusDocument, texts: [String: Located], file: String) throws(RepositoryError) {
        for (index, erratum) in document.errata.enumerated() {
            let path = "$.errata[\(index)]"
            guard let host = texts[erratum.eId] else {
                throw RepositoryError(file: file, jsonPath: path + ".eId", message: "unit '\(erratum.eId)' does not exist")
            }
            if erratum.offset == -1 { continue }
            let printed = Array(erratum.printed.unicodeScalars)
            let fits = erratum.offset >= 0 && erratum.offset + printed.count <= host.scalars.count
            let inText = fits && host.scalars[erratum.offset..<(erratum.offset + printed.count)].elementsEqual(printed)
            if inText || inLabel(erratum, host: host) { continue }
            guard fits else {
                throw RepositoryError(file: file, jsonPath: path + ".offset", message: "offset \(erratum.offset) + \(printed.count) scalars of '\(erratum.printed)' is outside the text of '\(erratum.eId)' (\(host.scalars.count) scalars)")
            }
            let found = String(String.UnicodeScalarView(host.scalars[erratum.offset..<(erratum.offset + printed.count)]))
            throw RepositoryError(file: file, jsonPath: path + ".printed", message: "'\(erratum.printed)' is not at offset \(erratum.offset) of '\(erratum.eId)' (the text there is '\(found)')")
        }
    }

    /// An erratum in a label (`num`) counts its offset into the label.
    private func inLabel(_ erratum: Erratum, host: Located) -> Bool {
        guard let num = host.num else { return false }
        let label = Array(num.unicodeScalars), printed = Array(erratum.printed.unicodeScalars)
        guard erratum.offset >= 0, erratum.offset + printed.count <= label.count else { return false }
        return label[erratum.offset..<(erratum.offset + printed.count)].elementsEqual(printed)
    }

    private func checkUniqueID(_ id: String, path: String, file: String, seen: inout [String: String]) throws(RepositoryError) {
        if let earlier = seen[id] {
            throw RepositoryError(file: file, jsonPath: path + ".id", message: "duplicate reference id '\(id)' (first at \(earlier))")
        }
        seen[id] = "\(file) \(path).id"
    }

    private func checkReference(_ reference: CrossReference, path: String, file: String, located: [String: [String: Located]]) throws(RepositoryError) {
        if let source = reference.source {
            guard let texts = located[source.document] else {
                throw RepositoryError(file: file, jsonPath: path + ".source.document", message: "document '\(source.document)' does not exist")
            }
            guard let host = texts[source.eId] else {
                throw RepositoryError(file: file, jsonPath: path + ".source.eId", message: "unit '\(source.eId)' does not exist in '\(source.document)'")
            }
            guard source.start >= 0 && source.start < source.end else {
                throw RepositoryError(file: file, jsonPath: path + ".source.start", message: "span \(source.start)..<\(source.end) is empty or negative")
            }
            guard source.end <= host.scalars.count else {
                throw RepositoryError(file: file, jsonPath: path + ".source.end", message: "span \(source.start)..<\(source.end) is outside the text of '\(source.eId)' (\(host.scalars.count) scalars)")
            }
            if reference.type != .thematic {
                let printed = String(String.UnicodeScalarView(host.scalars[source.start..<source.end]))
                guard printed == reference.text else {
                    throw RepositoryError(file: file, jsonPath: path + ".text", message: "'\(reference.text)' is not the text of its span \(source.start)..<\(source.end) in '\(source.eId)' ('\(printed)')")
                }
            }
        }
        let targetLists = [("targets", reference.targets)] + (reference.printedTargets.map { [("printedTargets", $0)] } ?? [])
        for (field, targets) in targetLists {
            for (index, target) in targets.enumerated() {
                guard let texts = located[target.document] else {
                    throw RepositoryError(file: file, jsonPath: "\(path).\(field)[\(index)].document", message: "document '\(target.document)' does not exist")
                }
                guard texts[target.eId] != nil else {
                    throw RepositoryError(file: file, jsonPath: "\(path).\(field)[\(index)].eId", message: "target '\(target.eId)' does not exist in '\(target.document)'")
                }
            }
        }
    }

    private func checkDates(_ document: CorpusDocument, file: String) throws(RepositoryError) {
        for (index, date) in document.dates.enumerated() {
            let path = "$.dates[\(index)]"
            guard Self.isCalendarDate(date.date) else {
                throw RepositoryError(file: file, jsonPath: path + ".date", message: "'\(date.date)' is not an ISO 8601 calendar date (YYYY-MM-DD)")
            }
            switch (date.printedDate, date.note) {
            case (nil, nil):
                continue
            case let (printed?, note?):
                guard Self.isCalendarDate(printed) else {
                    throw RepositoryError(file: file, jsonPath: path + ".printedDate", message: "'\(printed)' is not an ISO 8601 calendar date (YYYY-MM-DD)")
                }
                guard printed != date.date else {
                    throw RepositoryError(file: file, jsonPath: path + ".printedDate", message: "printedDate equals date: it is only recorded for a misprinted date")
                }
                guard !note.isEmpty else {
                    throw RepositoryError(file: file, jsonPath: path + ".note", message: "a corrected date needs a note saying why")
                }
            default:
                throw RepositoryError(file: file, jsonPath: path, message: "printedDate and note go together (a corrected date has both)")
            }
        }
    }

    /// `YYYY-MM-DD` with a month 1–12 and a day that exists in that month.
    static func isCalendarDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    private func checkSource(_ source: SourceFileInfo, dataDirectory: String, file: String) throws(RepositoryError) {
        let sourcePath = RepositoryLoader.path(dataDirectory, source.path)
        guard let data = FileManager.default.contents(atPath: sourcePath) else {
            throw RepositoryError(file: file, jsonPath: "$.source.path", message: "source file \(sourcePath) cannot be read")
        }
        let bytes = [UInt8](data)
        guard bytes.count == source.bytes else {
            throw RepositoryError(file: file, jsonPath: "$.source.bytes", message: "\(sourcePath) has \(bytes.count) bytes, the document records \(source.bytes)")
        }
        let digest = SHA256.hexDigest(of: bytes)
        guard digest == source.sha256.lowercased() else {
            throw RepositoryError(file: file, jsonPath: "$.source.sha256", message: "\(sourcePath) has SHA-256 \(digest), the document records \(source.sha256)")
        }
    }
}
