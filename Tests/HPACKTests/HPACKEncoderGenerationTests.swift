import HPACK
import Testing

/// `tableGeneration` is what makes reusing encoded bytes exact: it must move with every change of
/// the dynamic table and only then.
@Suite("HPACK encoder table generation")
struct HPACKEncoderGenerationTests {
    @Test func insertionMovesTheGenerationAndIndexedOrUnindexedFieldsDoNot() {
        var encoder = HPACKEncoder()
        var block: [UInt8] = []
        let start = encoder.tableGeneration
        encoder.encode(HeaderField(name: ":status", value: "200"), into: &block)          // static
        encoder.encode(HeaderField(name: "date", value: "Mon, 30 Nov 2026 04:00:00 GMT"), into: &block)   // never indexed
        encoder.encode(HeaderField(name: "x-request-id", value: "abc"), into: &block)
        #expect(encoder.tableGeneration == start)
        encoder.encode(HeaderField(name: "content-type", value: "text/plain"), into: &block)   // inserted
        let afterInsert = encoder.tableGeneration
        #expect(afterInsert != start)
        encoder.encode(HeaderField(name: "content-type", value: "text/plain"), into: &block)   // now indexed
        #expect(encoder.tableGeneration == afterInsert)
    }

    @Test func aTableSizeChangeMovesTheGeneration() {
        var encoder = HPACKEncoder()
        let start = encoder.tableGeneration
        encoder.setPeerTableSizeLimit(4096)   // unchanged size
        #expect(encoder.tableGeneration == start)
        encoder.setPeerTableSizeLimit(100)
        #expect(encoder.tableGeneration != start)
    }

    @Test func theSameFieldsAtTheSameGenerationEncodeToTheSameBytes() throws {
        var encoder = HPACKEncoder()
        var decoder = HPACKDecoder()
        let fields = [HeaderField(name: "content-type", value: "a/b"), HeaderField(name: "etag", value: "\"1\""),
                      HeaderField(name: "vary", value: "accept")]
        var first: [UInt8] = []
        encoder.encode(fields, into: &first)
        _ = try decoder.decode(first)
        let generation = encoder.tableGeneration
        var second: [UInt8] = [], third: [UInt8] = []
        encoder.encode(fields, into: &second)
        #expect(encoder.tableGeneration == generation)
        encoder.encode(fields, into: &third)
        #expect(second == third && second != first)
        #expect(try decoder.decode(third).fields == fields)
    }

    @Test func fieldsOfUnindexedNamesNeverEnterTheTableAndRoundTrip() throws {
        var encoder = HPACKEncoder()
        var decoder = HPACKDecoder()
        let fields = [HeaderField(name: "x-request-id", value: "a1"), HeaderField(name: "etag", value: "\"e\""),
                      HeaderField(name: "set-cookie", value: "k=v"), HeaderField(name: "content-type", value: "t/x"),
                      HeaderField(name: "x-request-id", value: "a1")]
        for _ in 0..<3 {
            var block: [UInt8] = []
            encoder.encode(fields, into: &block)
            #expect(try decoder.decode(block).fields == fields)
        }
        #expect(decoder.dynamicTableCount == 1)   // content-type only
    }
}
