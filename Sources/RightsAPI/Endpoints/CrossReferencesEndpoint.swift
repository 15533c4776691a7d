import DocumentStore
import HTTPCore

/// `GET /v1/cross-references?document=&source=&target=&type=`: `{items: [CrossReference], total}`.
///
/// - `document`: references whose source is in that document, plus thematic links touching it
///   (their source or a target is in it);
/// - `source`: the eId the reference stands in (a unit, or a footnote `authorialNote_<n>` for the
///   identifiers it cites); `target`: an eId it points to. With `document` both are eIds of that
///   document (`rec_1` exists in both documents); without it, of either. An eId that exists
///   nowhere is a 404;
/// - `type`: explicit, relative, external or thematic.
enum CrossReferencesEndpoint {
    static let parameters = ["document", "source", "target", "type", "pretty", "script"]

    static func filter(_ parameters: RequestQuery, catalog: CorpusCatalog) throws(ProblemDetails) -> [CrossReference] {
        try parameters.requireOnly(Self.parameters)
        var document: String?
        if let id = parameters["document"] {
            guard catalog.document(id) != nil else {
                throw Problems.badRequest("document must be one of \(catalog.documentIDs.joined(separator: ", ")) (got '\(id)')")
            }
            document = id
        }
        var type: ReferenceType?
        if let raw = parameters["type"] {
            guard let parsed = ReferenceType(rawValue: raw) else {
                throw Problems.badRequest("type must be one of \(ReferenceType.allCases.map(\.rawValue).joined(separator: ", ")) (got '\(raw)')")
            }
            type = parsed
        }
        let source = parameters["source"]
        let target = parameters["target"]
        for (name, eId) in [("source", source), ("target", target)] {
            guard let eId else { continue }
            let scope = document.flatMap { catalog.document($0) }.map { [$0] } ?? catalog.documents
            // A footnote (`authorialNote_<n>`) is the source of the references its identifiers make.
            guard scope.contains(where: { $0.entry(eId: eId) != nil || $0.document.footnotes.contains { $0.eId == eId } }) else {
                throw Problems.notFound("\(name): no unit '\(eId)' in \(scope.map(\.id).joined(separator: " or "))")
            }
        }
        return catalog.crossReferences.filter { reference in
            if let type, reference.type != type { return false }
            if let document {
                let fromDocument = reference.source?.document == document
                let touches = (reference.source == nil || reference.type == .thematic) && reference.targets.contains { $0.document == document }
                if !fromDocument && !touches { return false }
            }
            if let source {
                guard let from = reference.source, from.eId == source, document == nil || from.document == document else { return false }
            }
            if let target {
                guard reference.targets.contains(where: { $0.eId == target && (document == nil || $0.document == document) })
                else { return false }
            }
            return true
        }
    }
}
