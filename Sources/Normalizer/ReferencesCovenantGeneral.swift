import DocumentStore

/// The Covenant's general references: words that name a group of provisions without numbering them.
/// Recorded as `relative` references like `本公約本編以上各條` (art. 32(2)), with every unit they cover as targets.
///
/// - `下列各項`, `下列規定`, `下列事項`, `下開程序`, `下列最低限度之保障` ("the following …") introduce
///   the unit's own items: the targets are its children (a unit without children reports nothing).
/// - `以下規定` (art. 28(1), "the functions hereinafter provided"): the rest of Part IV, articles 29–45.
/// - `本公約實施條款` (art. 44, "the provisions for the implementation of the present Covenant"):
///   Part IV, articles 28–45.
enum CovenantGeneralReferences {
    static let following = ["下列最低限度之保障", "下列各項", "下列規定", "下列事項", "下開程序"]
    static let hereinafter = "以下規定"
    static let implementingProvisions = "本公約實施條款"

    static func scan(_ text: ScalarText, path: UnitPath, document: CorpusDocument) -> [FoundReference] {
        var found: [FoundReference] = []
        var position = 0
        while position < text.count {
            if let word = text.firstOf(following, at: position) {
                let children = path.unit.children.map(\.eId)
                if !children.isEmpty {
                    found.append(FoundReference(start: position, end: word.end, type: .relative, targets: children))
                }
                position = word.end
            } else if let word = text.firstOf([hereinafter], at: position), let article = path.nearest(.article)?.ordinal,
                      CovenantReferenceScanner.partFour.contains(article) {
                let targets = ((article + 1)...CovenantReferenceScanner.partFour.upperBound).map { "art_\($0)" }
                found.append(FoundReference(start: position, end: word.end, type: .relative, targets: targets))
                position = word.end
            } else if let word = text.firstOf([implementingProvisions], at: position) {
                let targets = CovenantReferenceScanner.partFour.map { "art_\($0)" }
                found.append(FoundReference(start: position, end: word.end, type: .relative, targets: targets))
                position = word.end
            } else {
                position += 1
            }
        }
        return found.filter { $0.targets.allSatisfy(document.containsUnit) }
    }
}
