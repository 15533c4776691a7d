/// The units before and after a unit when the document is read as printed, for "previous / next"
/// in a reader that shows a unit with everything under it.
///
/// Unlike `previous`/`next` (siblings under the same parent only), reading order leaves the parent:
/// - `next` is the next sibling of any type, else the next sibling of the nearest ancestor that
///   has one (`rec_10` → `para_1`; `art_14__para_3__list_1__point_7` → `art_14__para_4`; the last
///   unit of the document has none);
/// - `previous` is the previous sibling of any type, else the parent
///   (`para_1` → `rec_10`; `art_14__para_1` → `art_14`).
enum ReadingOrder {
    static func previous(of entry: UnitEntry, in document: CatalogDocument) -> String? {
        let siblings = siblings(of: entry, in: document)
        if let position = siblings.firstIndex(of: entry.eId), position > 0 { return siblings[position - 1] }
        return entry.record.parent
    }

    static func next(of entry: UnitEntry, in document: CatalogDocument) -> String? {
        var current = entry
        while true {
            let siblings = siblings(of: current, in: document)
            if let position = siblings.firstIndex(of: current.eId), position + 1 < siblings.count { return siblings[position + 1] }
            guard let parentID = current.record.parent, let parent = document.entry(eId: parentID) else { return nil }
            current = parent
        }
    }

    private static func siblings(of entry: UnitEntry, in document: CatalogDocument) -> [String] {
        if let parentID = entry.record.parent, let parent = document.entry(eId: parentID) {
            return document.children(of: parent).map(\.eId)
        }
        return document.topLevel.map { document.units[$0].eId }
    }
}
