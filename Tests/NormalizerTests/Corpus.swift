import DocumentStore
import Foundation
@testable import Normalizer

/// Paths and raw sources for the tests, located from this file (Tests/NormalizerTests/ → repository root).
enum Corpus {
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()  // NormalizerTests
        url.deleteLastPathComponent()  // Tests
        url.deleteLastPathComponent()  // root
        return url.path
    }()

    static var dataDirectory: String { "\(repositoryRoot)/Data" }

    static let resolutionSourcePath = "sources/resolution-62-148.zh-Hans.txt"
    static let iccprSourcePath = "sources/iccpr.zh-Hant.txt"

    /// The raw bytes of a source file.
    static func rawBytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: "\(dataDirectory)/\(relativePath)")))
    }

    /// The raw text of a source file.
    static func rawText(_ relativePath: String) throws -> String {
        String(decoding: try rawBytes(relativePath), as: UTF8.self)
    }

    /// The normalized documents, built once per process from the raw sources.
    static let documents: Result<[CorpusDocument], any Error> = Result {
        try CorpusNormalizer.buildDocuments(dataDirectory: dataDirectory)
    }

    static func resolution() throws -> CorpusDocument { try document("a-res-62-148") }
    static func iccpr() throws -> CorpusDocument { try document("iccpr") }

    static func document(_ id: String) throws -> CorpusDocument {
        guard let document = try documents.get().first(where: { $0.id == id }) else {
            throw CorpusTestError("no document \(id)")
        }
        return document
    }
}

struct CorpusTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension CorpusDocument {
    /// Every unit, depth-first in document order.
    var allUnits: [DocumentStore.Unit] {
        func flatten(_ units: [DocumentStore.Unit]) -> [DocumentStore.Unit] { units.flatMap { [$0] + flatten($0.children) } }
        return flatten(units)
    }

    func unit(_ eId: String) throws -> DocumentStore.Unit {
        guard let unit = allUnits.first(where: { $0.eId == eId }) else { throw CorpusTestError("no unit \(eId) in \(id)") }
        return unit
    }
}

/// Removes every Unicode White_Space scalar (independent of the normalizer's own helper).
func strippingWhitespace(_ text: String) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: text.unicodeScalars.filter { !$0.properties.isWhitespace })
    return String(view)
}
