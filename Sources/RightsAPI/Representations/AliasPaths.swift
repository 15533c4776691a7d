import DocumentStore

/// The friendly alias path of a unit, from its numbers in the ``UnitAliasTable``:
/// `/v1/documents/iccpr/articles/14/paragraphs/3/items/7`, `/v1/documents/iccpr/articles/52/items/1`
/// (an official address), `/v1/documents/a-res-62-148/preamble/2`,
/// `/v1/documents/a-res-62-148/operative/10`. The route templates these paths fill are registered
/// in `APIRoutes`; the template is returned with the path (for metrics).
enum AliasPaths {
    private static let covenantLevels: [(type: UnitType, segment: String, parameter: String)] = [
        (.article, "articles", "{n}"), (.paragraph, "paragraphs", "{p}"), (.item, "items", "{i}"), (.subitem, "subitems", "{s}"),
    ]
    /// Items the authentic text numbers directly under an article (art. 52(a), 25(a)).
    private static let articleItemLevels: [(type: UnitType, segment: String, parameter: String)] = [
        (.article, "articles", "{n}"), (.item, "items", "{i}"),
    ]

    static func path(for address: UnitAddress) -> (path: String, template: String)? {
        let base = APIPaths.document(address.document)
        switch address.document {
        case APIPaths.covenantID:
            let levels: [(type: UnitType, segment: String, parameter: String)]
            if address.steps.map(\.type) == articleItemLevels.map(\.type) {
                levels = articleItemLevels
            } else {
                guard address.steps.count <= covenantLevels.count,
                      zip(address.steps, covenantLevels).allSatisfy({ $0.type == $1.type }) else { return nil }
                levels = Array(covenantLevels.prefix(address.steps.count))
            }
            let path = zip(levels, address.steps).map { "/\($0.segment)/\($1.number)" }.joined()
            let template = levels.map { "/\($0.segment)/\($0.parameter)" }.joined()
            return (base + path, base + template)
        case APIPaths.resolutionID:
            guard address.steps.count == 1, let step = address.steps.first else { return nil }
            switch step.type {
            case .recital: return ("\(base)/preamble/\(step.number)", "\(base)/preamble/{n}")
            case .paragraph: return ("\(base)/operative/\(step.number)", "\(base)/operative/{n}")
            default: return nil
            }
        default:
            return nil
        }
    }
}
