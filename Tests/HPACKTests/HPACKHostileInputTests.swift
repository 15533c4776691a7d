import HPACK
import Testing

/// Blocks a hostile peer can send, and what the decoder must do with them.
@Suite("HPACK: hostile input")
struct HPACKHostileInputTests {
    @Test func indexZeroIsRejected() {
        var decoder = HPACKDecoder()
        #expect(throws: HPACKError.invalidIndex(0)) { try decoder.decode([0x80]) }
    }

    @Test func indexBeyondBothTablesIsRejected() {
        var decoder = HPACKDecoder()
        #expect(throws: HPACKError.invalidIndex(62)) { try decoder.decode([0x80 | 62]) }
        #expect(throws: HPACKError.invalidIndex(70)) { try decoder.decode([0x40 | 63, 7, 0x01, 0x61]) }
    }

    @Test func integerLongerThanTheLimitIsRejected() {
        var decoder = HPACKDecoder()
        #expect(throws: HPACKError.integerOverflow) {
            try decoder.decode([0xFF, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01])
        }
        #expect(throws: HPACKError.integerOverflow) { try decoder.decode([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]) }
    }

    @Test func truncatedRepresentationsAreRejected() {
        var decoder = HPACKDecoder()
        #expect(throws: HPACKError.truncated) { try decoder.decode([0xFF]) }                 // integer cut
        #expect(throws: HPACKError.truncated) { try decoder.decode([0x40, 0x05, 0x61]) }     // name cut
        #expect(throws: HPACKError.truncated) { try decoder.decode([0x04]) }                 // value missing
    }

    @Test func tableSizeUpdateAboveTheAnnouncedLimitIsRejected() {
        var decoder = HPACKDecoder(tableSizeLimit: 4096)
        var block: [UInt8] = []
        HPACKInteger.encode(4097, prefixBits: 5, flags: 0x20, into: &block)
        #expect(throws: HPACKError.invalidTableSizeUpdate(4097)) { try decoder.decode(block) }
    }

    @Test func tableSizeUpdateAfterAFieldIsRejected() {
        var decoder = HPACKDecoder()
        #expect(throws: HPACKError.invalidTableSizeUpdate(0)) { try decoder.decode([0x82, 0x20]) }
    }

    @Test func tableSizeUpdateToZeroEmptiesTheTable() throws {
        var decoder = HPACKDecoder()
        _ = try decoder.decode(hex("400a 6375 7374 6f6d 2d6b 6579 0d63 7573 746f 6d2d 6865 6164 6572"))
        #expect(decoder.dynamicTableCount == 1)
        _ = try decoder.decode([0x20, 0x3F, 0xE1, 0x1F])   // 0, then back to 4096
        #expect(decoder.dynamicTableCount == 0 && decoder.dynamicTableMaxSize == 4096)
    }

    @Test func hpackBombStopsAtTheHeaderListLimitWithoutKeepingTheFields() throws {
        // One 4 000-octet entry, then 4 000 one-octet references to it: 16 MB if expanded.
        var decoder = HPACKDecoder(maxHeaderListSize: 16 << 10)
        var block: [UInt8] = [0x40, 0x01, UInt8(ascii: "x")]
        HPACKInteger.encode(4000, prefixBits: 7, flags: 0, into: &block)
        block += [UInt8](repeating: UInt8(ascii: "a"), count: 4000)
        block += [UInt8](repeating: 0x80 | 62, count: 4000)
        let decoded = try decoder.decode(block)
        #expect(decoded.listSizeExceeded)
        #expect(decoded.fields.count <= 4)
        // The table is still in step: the next block can reference the entry.
        let next = try decoder.decode([0x80 | 62])
        #expect(next.fields.first?.value.utf8.count == 4000 && !next.listSizeExceeded)
    }

    @Test func stringLongerThanTheLimitIsRefusedBeforeDecoding() {
        var decoder = HPACKDecoder(maxStringLength: 100)
        var block: [UInt8] = [0x00]
        HPACKInteger.encode(101, prefixBits: 7, flags: 0x80, into: &block)
        block += [UInt8](repeating: 0x00, count: 101)
        block += [0x00]
        #expect(throws: HPACKError.stringTooLong(101)) { try decoder.decode(block) }
    }

    @Test func huffmanStringThatExpandsPastTheLimitIsRefused() {
        // 64 octets of Huffman zeros decode to 102 '0' digits (5 bits each): past a limit of 100.
        var decoder = HPACKDecoder(maxStringLength: 100)
        var block: [UInt8] = [0x00, 0x01, 0x61]
        HPACKInteger.encode(64, prefixBits: 7, flags: 0x80, into: &block)
        block += [UInt8](repeating: 0x00, count: 64)
        #expect(throws: HPACKError.stringTooLong(64)) { try decoder.decode(block) }
    }

    @Test func huffmanStringWithEOSIsACompressionError() {
        var decoder = HPACKDecoder()
        #expect(throws: HPACKError.invalidHuffmanCode) { try decoder.decode([0x00, 0x01, 0x61, 0x84, 0xFF, 0xFF, 0xFF, 0xFF]) }
    }

    @Test func entryLargerThanTheTableEmptiesIt() throws {
        var decoder = HPACKDecoder(tableSizeLimit: 64)
        _ = try decoder.decode([0x40, 0x01, 0x61, 0x01, 0x62])   // a: b (34 octets)
        #expect(decoder.dynamicTableCount == 1)
        var block: [UInt8] = [0x40, 0x01, 0x63]
        HPACKInteger.encode(40, prefixBits: 7, flags: 0, into: &block)
        block += [UInt8](repeating: 0x64, count: 40)
        _ = try decoder.decode(block)
        #expect(decoder.dynamicTableCount == 0 && decoder.dynamicTableSize == 0)
    }

    @Test func encoderAnnouncesAReducedTableSizeAtTheStartOfTheNextBlock() throws {
        var encoder = HPACKEncoder()
        var decoder = HPACKDecoder()
        var block: [UInt8] = []
        encoder.encode([HeaderField(name: "content-type", value: "application/json")], into: &block)
        _ = try decoder.decode(block)
        #expect(decoder.dynamicTableCount == 1)
        encoder.setPeerTableSizeLimit(0)
        block = []
        encoder.encode([HeaderField(name: "content-type", value: "application/json")], into: &block)
        #expect(block.first == 0x20)
        let decoded = try decoder.decode(block)
        #expect(decoded.fields.map(\.value) == ["application/json"])
        #expect(decoder.dynamicTableCount == 0)
    }
}
