/// Cross-references by the unit they stand in (outgoing) and by the units they point to (incoming).
///
/// A reference found in a text is outgoing from its source unit and incoming to each target.
/// A thematic link without a source is incoming to each of its targets and also listed as
/// outgoing from each of them (it relates whole units, in both directions).
struct ReferenceIndex: Sendable {
    private struct Key: Hashable, Sendable { let document: String; let eId: String }

    let all: [CrossReference]
    private let outgoing: [Key: [CrossReference]]
    private let incoming: [Key: [CrossReference]]

    init(documents: [CorpusDocument], thematicLinks: [CrossReference]) {
        var all: [CrossReference] = []
        for document in documents { all.append(contentsOf: document.references) }
        all.append(contentsOf: thematicLinks)
        var outgoing: [Key: [CrossReference]] = [:]
        var incoming: [Key: [CrossReference]] = [:]
        for reference in all {
            let targets = reference.targets.map { Key(document: $0.document, eId: $0.eId) }
            if let source = reference.source {
                outgoing[Key(document: source.document, eId: source.eId), default: []].append(reference)
            } else {
                for target in Set(targets) { outgoing[target, default: []].append(reference) }
            }
            var seen = Set<Key>()
            for target in targets where seen.insert(target).inserted {
                incoming[target, default: []].append(reference)
            }
        }
        self.all = all
        self.outgoing = outgoing
        self.incoming = incoming
    }

    func references(from document: String, eId: String) -> [CrossReference] {
        outgoing[Key(document: document, eId: eId)] ?? []
    }

    func references(to document: String, eId: String) -> [CrossReference] {
        incoming[Key(document: document, eId: eId)] ?? []
    }
}
