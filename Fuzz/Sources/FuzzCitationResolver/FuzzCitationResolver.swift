import DocumentStore
import Foundation

// libFuzzer target for `DocumentRepository.resolve(citation:)` (DocumentStore).
//
// The repository is loaded once from the bundled Data directory (`FUZZ_DATA_DIRECTORY`, or the
// `Data/` folder next to `Fuzz/`). Each input is decoded as UTF-8 (invalid sequences become U+FFFD)
// and resolved. Beyond "no crash, no ASan report, no hang", a successful resolution must name a
// unit (or footnote) that exists, and resolving its own English and Chinese citations must lead back
// to the same unit; a "numbered differently" answer must name printed units that exist.

/// The data directory: `FUZZ_DATA_DIRECTORY`, else `<repo>/Data` located from this source file.
func dataDirectory() -> String {
    if let override = ProcessInfo.processInfo.environment["FUZZ_DATA_DIRECTORY"], !override.isEmpty {
        return override
    }
    // <repo>/Fuzz/Sources/FuzzCitationResolver/FuzzCitationResolver.swift → <repo>/Data
    return URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data").path
}

let repository: DocumentRepository = {
    let directory = dataDirectory()
    do {
        return try DocumentRepository.load(dataDirectory: directory)
    } catch {
        fatalError("cannot load the repository from \(directory): \(error)")
    }
}()

func checkRoundTrip(of resolved: ResolvedCitation, input: String) {
    let exists: Bool
    if resolved.eId.hasPrefix("authorialNote_") {   // a footnote: `authorialNote_<n>`
        let number = Int(resolved.eId.dropFirst("authorialNote_".count))
        exists = number.flatMap { repository.footnote(document: resolved.document, number: $0) } != nil
    } else {
        exists = repository.unit(document: resolved.document, eId: resolved.eId) != nil
    }
    guard exists else {
        fatalError("resolve(\(input.debugDescription)) named a unit that does not exist: \(resolved.document) \(resolved.eId)")
    }
    for form in [resolved.citation.english, resolved.citation.chinese] where !form.isEmpty {
        switch repository.resolve(citation: form) {
        case .success(let again):
            if again.document != resolved.document || again.eId != resolved.eId {
                fatalError("""
                    citation \(form.debugDescription) of \(resolved.document) \(resolved.eId) \
                    resolves to \(again.document) \(again.eId) (input \(input.debugDescription))
                    """)
            }
        case .failure(let error):
            fatalError("citation \(form.debugDescription) of \(resolved.document) \(resolved.eId) does not resolve: \(error)")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCitationResolver(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = data.map { String(decoding: UnsafeBufferPointer(start: $0, count: size), as: UTF8.self) } ?? ""
    switch repository.resolve(citation: input) {
    case .success(let resolved):
        checkRoundTrip(of: resolved, input: input)
    case .failure(.unparseable(let detail)):
        _ = detail
    case .failure(.notFound(let understood, let detail)):
        _ = (understood, detail)
    case .failure(.numberedDifferently(_, _, let document, let eIds)):
        // The explanation must point at printed units that exist.
        for eId in eIds where repository.unit(document: document, eId: eId) == nil {
            fatalError("resolve(\(input.debugDescription)) explained a numbering difference with a unit that does not exist: \(document) \(eId)")
        }
    }
    return 0
}
