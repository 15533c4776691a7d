import HPACK
import Testing

/// The examples of RFC 7541 Appendix C, decoded (and, where the RFC's encoder choices match
/// ours, encoded) byte for byte.
@Suite("HPACK: RFC 7541 Appendix C examples")
struct RFC7541ExampleTests {
    private func fields(_ block: HPACKDecoder.DecodedBlock) -> [String] {
        block.fields.map { "\($0.name): \($0.value)" }
    }

    @Test func integerExamplesOfC1EncodeAndDecode() throws {
        var out: [UInt8] = []
        HPACKInteger.encode(10, prefixBits: 5, flags: 0, into: &out)
        #expect(out == [0x0A])                                    // C.1.1
        out = []
        HPACKInteger.encode(1337, prefixBits: 5, flags: 0, into: &out)
        #expect(out == [0x1F, 0x9A, 0x0A])                        // C.1.2
        out = []
        HPACKInteger.encode(42, prefixBits: 8, flags: 0, into: &out)
        #expect(out == [0x2A])                                    // C.1.3
        var position = 0
        let value = try [UInt8]([0xFF, 0x9A, 0x0A]).withUnsafeBytes { bytes in
            try HPACKInteger.decode(bytes, position: &position, prefixBits: 5)
        }
        #expect(value == 1337 && position == 3)
    }

    @Test func literalWithIndexingOfC21AddsTheFieldToTheTable() throws {
        var decoder = HPACKDecoder()
        let block = try decoder.decode(hex("400a 6375 7374 6f6d 2d6b 6579 0d63 7573 746f 6d2d 6865 6164 6572"))
        #expect(fields(block) == ["custom-key: custom-header"])
        #expect(decoder.dynamicTableSize == 55)
    }

    @Test func literalWithoutIndexingOfC22LeavesTheTableEmpty() throws {
        var decoder = HPACKDecoder()
        let block = try decoder.decode(hex("040c 2f73 616d 706c 652f 7061 7468"))
        #expect(fields(block) == [":path: /sample/path"])
        #expect(decoder.dynamicTableSize == 0)
    }

    @Test func neverIndexedLiteralOfC23IsMarkedSensitive() throws {
        var decoder = HPACKDecoder()
        let block = try decoder.decode(hex("1008 7061 7373 776f 7264 0673 6563 7265 74"))
        #expect(block.fields == [HeaderField(name: "password", value: "secret", neverIndexed: true)])
        #expect(decoder.dynamicTableSize == 0)
    }

    @Test func indexedFieldOfC24ComesFromTheStaticTable() throws {
        var decoder = HPACKDecoder()
        #expect(fields(try decoder.decode([0x82])) == [":method: GET"])
    }

    static let requests = [
        [":method: GET", ":scheme: http", ":path: /", ":authority: www.example.com"],
        [":method: GET", ":scheme: http", ":path: /", ":authority: www.example.com", "cache-control: no-cache"],
        [":method: GET", ":scheme: https", ":path: /index.html", ":authority: www.example.com", "custom-key: custom-value"],
    ]

    @Test func requestsOfC3DecodeWithTheRFCsTableSizes() throws {
        var decoder = HPACKDecoder()
        let blocks = [
            "8286 8441 0f77 7777 2e65 7861 6d70 6c65 2e63 6f6d",
            "8286 84be 5808 6e6f 2d63 6163 6865",
            "8287 85bf 400a 6375 7374 6f6d 2d6b 6579 0c63 7573 746f 6d2d 7661 6c75 65",
        ]
        for (index, (block, size)) in zip(blocks, [57, 110, 164]).enumerated() {
            #expect(fields(try decoder.decode(hex(block))) == Self.requests[index])
            #expect(decoder.dynamicTableSize == size)
        }
    }

    @Test func requestsOfC4DecodeWithHuffmanCoding() throws {
        var decoder = HPACKDecoder()
        let blocks = [
            "8286 8441 8cf1 e3c2 e5f2 3a6b a0ab 90f4 ff",
            "8286 84be 5886 a8eb 1064 9cbf",
            "8287 85bf 4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf",
        ]
        for (index, (block, size)) in zip(blocks, [57, 110, 164]).enumerated() {
            #expect(fields(try decoder.decode(hex(block))) == Self.requests[index])
            #expect(decoder.dynamicTableSize == size)
        }
    }

    static let responses = [
        [":status: 302", "cache-control: private", "date: Mon, 21 Oct 2013 20:13:21 GMT", "location: https://www.example.com"],
        [":status: 307", "cache-control: private", "date: Mon, 21 Oct 2013 20:13:21 GMT", "location: https://www.example.com"],
        [":status: 200", "cache-control: private", "date: Mon, 21 Oct 2013 20:13:22 GMT", "location: https://www.example.com",
         "content-encoding: gzip", "set-cookie: foo=ASDJKHQKBZXOQWEOPIUAXQWEOIU; max-age=3600; version=1"],
    ]

    @Test func responsesOfC5EvictEntriesFromA256OctetTable() throws {
        var decoder = HPACKDecoder(tableSizeLimit: 256)
        let blocks = [
            """
            4803 3330 3258 0770 7269 7661 7465 611d 4d6f 6e2c 2032 3120 4f63 7420 3230 3133
            2032 303a 3133 3a32 3120 474d 546e 1768 7474 7073 3a2f 2f77 7777 2e65 7861 6d70
            6c65 2e63 6f6d
            """,
            "4803 3330 37c1 c0bf",
            """
            88c1 611d 4d6f 6e2c 2032 3120 4f63 7420 3230 3133 2032 303a 3133 3a32 3220 474d
            54c0 5a04 677a 6970 7738 666f 6f3d 4153 444a 4b48 514b 425a 584f 5157 454f 5049
            5541 5851 5745 4f49 553b 206d 6178 2d61 6765 3d33 3630 303b 2076 6572 7369 6f6e
            3d31
            """,
        ]
        for (index, (block, size)) in zip(blocks, [222, 222, 215]).enumerated() {
            #expect(fields(try decoder.decode(hex(block))) == Self.responses[index])
            #expect(decoder.dynamicTableSize == size)
        }
        #expect(decoder.dynamicTableCount == 3)
    }

    @Test func responsesOfC6DecodeWithHuffmanCodingAndTheSameEvictions() throws {
        var decoder = HPACKDecoder(tableSizeLimit: 256)
        let blocks = [
            """
            4882 6402 5885 aec3 771a 4b61 96d0 7abe 9410 54d4 44a8 2005 9504 0b81 66e0 82a6
            2d1b ff6e 919d 29ad 1718 63c7 8f0b 97c8 e9ae 82ae 43d3
            """,
            "4883 640e ffc1 c0bf",
            """
            88c1 6196 d07a be94 1054 d444 a820 0595 040b 8166 e084 a62d 1bff c05a 839b d9ab
            77ad 94e7 821d d7f2 e6c7 b335 dfdf cd5b 3960 d5af 2708 7f36 72c1 ab27 0fb5 291f
            9587 3160 65c0 03ed 4ee5 b106 3d50 07
            """,
        ]
        for (index, (block, size)) in zip(blocks, [222, 222, 215]).enumerated() {
            #expect(fields(try decoder.decode(hex(block))) == Self.responses[index])
            #expect(decoder.dynamicTableSize == size)
        }
    }

    @Test func huffmanEncodingOfTheAppendixStringsMatchesTheRFC() {
        let examples = [
            ("www.example.com", "f1e3 c2e5 f23a 6ba0 ab90 f4ff"),
            ("no-cache", "a8eb 1064 9cbf"),
            ("custom-key", "25a8 49e9 5ba9 7d7f"),
            ("custom-value", "25a8 49e9 5bb8 e8b4 bf"),
            ("302", "6402"),
            ("private", "aec3 771a 4b"),
            ("Mon, 21 Oct 2013 20:13:21 GMT", "d07a be94 1054 d444 a820 0595 040b 8166 e082 a62d 1bff"),
            ("https://www.example.com", "9d29 ad17 1863 c78f 0b97 c8e9 ae82 ae43 d3"),
            ("gzip", "9bd9 ab"),
        ]
        for (text, coded) in examples {
            var out: [UInt8] = []
            Huffman.encode(text.utf8, into: &out)
            #expect(out == hex(coded), "\(text)")
            #expect(Huffman.encodedLength(of: text.utf8) == out.count)
        }
    }

    @Test func encoderReproducesTheRequestsOfC4() {
        // The RFC's encoder indexes :authority, cache-control and custom-key: so does ours.
        var encoder = HPACKEncoder()
        let requests: [[HeaderField]] = Self.requests.map { lines in
            lines.map { line in
                let colon = line.dropFirst().firstIndex(of: ":")!
                return HeaderField(name: String(line[..<colon]), value: String(line[line.index(colon, offsetBy: 2)...]))
            }
        }
        let expected = [
            "8286 8441 8cf1 e3c2 e5f2 3a6b a0ab 90f4 ff",
            "8286 84be 5886 a8eb 1064 9cbf",
            "8287 85bf 4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf",
        ]
        for (fields, block) in zip(requests, expected) {
            var out: [UInt8] = []
            encoder.encode(fields, into: &out)
            #expect(out == hex(block))
        }
    }
}
