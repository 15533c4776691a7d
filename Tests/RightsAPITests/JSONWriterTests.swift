import Foundation
import Testing
@testable import RightsAPI

@Suite("JSON writer")
struct JSONWriterTests {
    @Test func escapesQuotesBackslashesAndControlCharactersPerRFC8259() {
        var writer = JSONWriter()
        writer.string("a\"b\\c\nd\te\u{01}不")
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #""a\"b\\c\nd\te\u0001不""#)
    }

    @Test func writesNullForAbsentOptionalsAndKeepsKeyOrder() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("z"); writer.optionalString(nil)
        writer.key("a"); writer.int(-12)
        writer.key("m"); writer.beginArray(); writer.double(0.5); writer.bool(true); writer.endArray()
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"z":null,"a":-12,"m":[0.5,true]}"#)
    }

    @Test func prettyOutputParsesToTheSameValue() throws {
        func write(_ writer: inout JSONWriter) {
            writer.beginObject()
            writer.key("list"); writer.beginArray(); writer.int(1); writer.beginObject(); writer.endObject(); writer.endArray()
            writer.key("empty"); writer.beginArray(); writer.endArray()
            writer.endObject()
        }
        var compact = JSONWriter(), pretty = JSONWriter(pretty: true)
        write(&compact)
        write(&pretty)
        #expect(String(decoding: pretty.bytes, as: UTF8.self) == "{\n  \"list\": [\n    1,\n    {}\n  ],\n  \"empty\": []\n}")
        let a = try JSONSerialization.jsonObject(with: Data(compact.bytes)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(pretty.bytes)) as? NSDictionary
        #expect(a == b)
    }
}

@Suite("JSON writer integers")
struct JSONWriterIntegerTests {
    @Test(arguments: [0, 7, 10, -1, -10, 1234567, Int.max, Int.min])
    func integersAreWrittenInDecimal(_ value: Int) {
        var writer = JSONWriter()
        writer.int(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value))
    }
}
