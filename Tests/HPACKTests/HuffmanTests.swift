@testable import HPACK
import Testing

@Suite("HPACK: Huffman code")
struct HuffmanTests {
    @Test func codeTableIsCompleteAndCanonicalAsAppendixBDescribes() {
        // Kraft sum exactly 1 (no gaps, no overlaps), in units of 2^-30.
        var kraft: UInt64 = 0
        for length in HuffmanCodeTable.lengths { kraft += 1 << (30 - UInt64(length)) }
        #expect(kraft == 1 << 30)
        // Canonical: ordered by (length, symbol), each code is the previous one plus one, shifted.
        let order = (0..<257).sorted { (HuffmanCodeTable.lengths[$0], $0) < (HuffmanCodeTable.lengths[$1], $1) }
        for (previous, next) in zip(order, order.dropFirst()) {
            let shift = UInt32(HuffmanCodeTable.lengths[next] - HuffmanCodeTable.lengths[previous])
            #expect(HuffmanCodeTable.codes[next] == (HuffmanCodeTable.codes[previous] + 1) << shift)
        }
        // Rows read from the appendix by hand.
        #expect(HuffmanCodeTable.codes[Int(UInt8(ascii: "a"))] == 0x3 && HuffmanCodeTable.lengths[97] == 5)
        #expect(HuffmanCodeTable.codes[256] == 0x3fffffff && HuffmanCodeTable.lengths[256] == 30)
        #expect(HuffmanCodeTable.codes[Int(UInt8(ascii: "\\"))] == 0x7fff0 && HuffmanCodeTable.lengths[92] == 19)
    }

    @Test func everyOctetSurvivesARoundTrip() throws {
        let all = [UInt8](0...255) + [UInt8](0...255).reversed()
        var coded: [UInt8] = []
        Huffman.encode(all, into: &coded)
        let decoded = try coded.withUnsafeBytes { try Huffman.decode($0, limit: 1000) }
        #expect(decoded == all)
    }

    @Test func stringContainingEOSIsRejected() {
        // 30 one-bits (EOS) then padding: four 0xFF octets.
        #expect(throws: HPACKError.invalidHuffmanCode) {
            _ = try [UInt8](repeating: 0xFF, count: 4).withUnsafeBytes { try Huffman.decode($0, limit: 100) }
        }
    }

    @Test func paddingLongerThanSevenBitsIsRejected() throws {
        // "a" is 00011 (5 bits) + 3 bits of padding = 0x1F; add a whole octet of ones.
        #expect(throws: HPACKError.invalidHuffmanCode) {
            _ = try [UInt8]([0x1F, 0xFF]).withUnsafeBytes { try Huffman.decode($0, limit: 100) }
        }
        #expect(try [UInt8]([0x1F]).withUnsafeBytes { try Huffman.decode($0, limit: 100) } == [UInt8(ascii: "a")])
    }

    @Test func paddingThatIsNotAllOnesIsRejected() {
        // "a" then padding 000 instead of 111.
        #expect(throws: HPACKError.invalidHuffmanCode) {
            _ = try [UInt8]([0x18]).withUnsafeBytes { try Huffman.decode($0, limit: 100) }
        }
    }

    @Test func decodingStopsAtTheOutputLimit() throws {
        var coded: [UInt8] = []
        Huffman.encode(Array("0123456789".utf8), into: &coded)
        #expect(try coded.withUnsafeBytes { try Huffman.decode($0, limit: 9) } == nil)
        #expect(try coded.withUnsafeBytes { try Huffman.decode($0, limit: 10) } == Array("0123456789".utf8))
    }
}
