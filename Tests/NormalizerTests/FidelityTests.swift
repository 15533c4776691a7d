import DocumentStore
import Testing
@testable import Normalizer

/// Nothing dropped, nothing invented: every non-whitespace character of each raw source appears exactly
/// once, in order, in the normalized output, and every text of the output is made of its own segments.
@Suite struct FidelityTests {
    static let sources = [(Corpus.resolutionSourcePath, "a-res-62-148"), (Corpus.iccprSourcePath, "iccpr")]

    @Test(arguments: sources)
    func provenanceSpellsOutTheRawSourceWithoutWhitespace(path: String, id: String) throws {
        let raw = strippingWhitespace(try Corpus.rawText(path))
        let document = try Corpus.document(id)
        #expect(document.provenance.map(\.text).joined() == raw)
        #expect(document.provenance.allSatisfy { !$0.text.isEmpty && strippingWhitespace($0.text) == $0.text })
    }

    @Test(arguments: sources)
    func eachSegmentComesFromTheLineItNames(path: String, id: String) throws {
        let lines = try Corpus.rawText(path).split(separator: "\n", omittingEmptySubsequences: false)
        let document = try Corpus.document(id)
        let byLine = Dictionary(grouping: document.provenance, by: \.line)
        for (index, line) in lines.enumerated() {
            let segments = byLine[index + 1] ?? []
            #expect(segments.map(\.text).joined() == strippingWhitespace(String(line)), "line \(index + 1)")
        }
        #expect(byLine.keys.allSatisfy { (1...lines.count).contains($0) })
    }

    @Test(arguments: sources)
    func everyUnitTextAndLabelIsExactlyItsSegments(path: String, id: String) throws {
        let document = try Corpus.document(id)
        let units = document.allUnits
        for unit in units {
            let segments = document.provenance.filter { $0.eId == unit.eId }
            let text = segments.filter { $0.role == .text }.map(\.text).joined()
            let label = segments.filter { $0.role == .label }.map(\.text).joined()
            let markers = segments.filter { $0.role == .footnoteMarker }.map(\.text)
            #expect(strippingWhitespace(unit.text) == text, "\(unit.eId) text")
            #expect(strippingWhitespace(unit.num ?? "") == label, "\(unit.eId) num")
            #expect(markers == unit.footnoteRefs.map { String($0.number) }, "\(unit.eId) markers")
            #expect(segments.allSatisfy { [.text, .label, .footnoteMarker].contains($0.role) }, "\(unit.eId) roles")
        }
        #expect(Set(units.map(\.eId)).count == units.count, "eIds are unique")
    }

    @Test(arguments: sources)
    func everyFootnoteIsExactlyItsSegments(path: String, id: String) throws {
        let document = try Corpus.document(id)
        for footnote in document.footnotes {
            let segments = document.provenance.filter { $0.eId == footnote.eId }
            #expect(segments.filter { $0.role == .footnoteNumber }.map(\.text) == [String(footnote.number)])
            #expect(segments.filter { $0.role == .footnoteText }.map(\.text).joined() == strippingWhitespace(footnote.text))
            #expect(segments.allSatisfy { [.footnoteNumber, .footnoteText].contains($0.role) })
        }
    }

    @Test(arguments: sources)
    func everyDiscardedTextIsExactlyItsSegments(path: String, id: String) throws {
        let document = try Corpus.document(id)
        let discardedSegments = document.provenance.filter { $0.role == .discarded }
        #expect(discardedSegments.allSatisfy { $0.eId == nil })
        let segmentsByLine = Dictionary(grouping: discardedSegments, by: \.line).mapValues { $0.map(\.text).joined() }
        let textsByLine = Dictionary(grouping: document.discarded, by: \.line).mapValues { $0.map { strippingWhitespace($0.text) }.joined() }
        #expect(segmentsByLine == textsByLine)
        #expect(document.discarded.allSatisfy { !$0.reason.isEmpty })
    }

    @Test(arguments: sources)
    func everySegmentBelongsToSomethingInTheDocument(path: String, id: String) throws {
        let document = try Corpus.document(id)
        let owners = Set(document.allUnits.map(\.eId) + document.footnotes.map(\.eId))
        for segment in document.provenance where segment.role != .discarded {
            #expect(segment.eId.map(owners.contains) == true, "segment on line \(segment.line) has owner \(segment.eId ?? "nil")")
        }
    }

    @Test(arguments: sources)
    func footnoteOffsetsLieInsideTheirUnitText(path: String, id: String) throws {
        let document = try Corpus.document(id)
        for unit in document.allUnits {
            for ref in unit.footnoteRefs {
                #expect((0...unit.text.unicodeScalars.count).contains(ref.offset), "\(unit.eId) footnote \(ref.number)")
            }
        }
    }
}
