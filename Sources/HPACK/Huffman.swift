/// The static Huffman code of string literals (RFC 7541 §5.2, Appendix B).
///
/// Decoding reads four bits at a time through a state machine derived at first use from
/// `HuffmanCodeTable` (one table, no second hand-written copy to disagree with it): a state is
/// a node of the code tree, and each (state, nibble) pair says the next state and the symbol
/// completed on the way, if any. No code is shorter than 5 bits, so a nibble completes at most one.
public enum Huffman {
    /// Appends the Huffman coding of `bytes`, padded with ones (the start of EOS) to a whole octet.
    public static func encode<Bytes: Sequence>(_ bytes: Bytes, into output: inout [UInt8]) where Bytes.Element == UInt8 {
        var accumulator: UInt64 = 0
        var bitCount = 0
        for byte in bytes {
            let length = Int(HuffmanCodeTable.lengths[Int(byte)])
            accumulator = (accumulator << UInt64(length)) | UInt64(HuffmanCodeTable.codes[Int(byte)])
            bitCount += length
            while bitCount >= 8 {
                bitCount -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt64(bitCount)))
            }
        }
        if bitCount > 0 {
            let padding = 8 - bitCount
            output.append(UInt8(truncatingIfNeeded: (accumulator << UInt64(padding)) | ((1 << UInt64(padding)) - 1)))
        }
    }

    /// Octets the Huffman coding of `bytes` takes, padding included.
    public static func encodedLength<Bytes: Sequence>(of bytes: Bytes) -> Int where Bytes.Element == UInt8 {
        var bits = 0
        for byte in bytes { bits += Int(HuffmanCodeTable.lengths[Int(byte)]) }
        return (bits + 7) / 8
    }

    /// Decodes `bytes`, refusing EOS and invalid padding (§5.2). Returns nil when the output would
    /// exceed `limit` octets, without producing more than that.
    public static func decode(_ bytes: UnsafeRawBufferPointer, limit: Int) throws(HPACKError) -> [UInt8]? {
        let machine = DecodingMachine.shared
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, bytes.count * 8 / 5 + 1))
        var state = 0
        for byte in bytes {
            for nibble in 0..<2 {
                let bits = nibble == 0 ? Int(byte >> 4) : Int(byte & 0x0F)
                let transition = machine.transitions[state << 4 | bits]
                if transition.flags & DecodingMachine.failed != 0 { throw .invalidHuffmanCode }
                if transition.flags & DecodingMachine.emits != 0 {
                    if output.count == limit { return nil }
                    output.append(transition.symbol)
                }
                state = Int(transition.next)
            }
        }
        guard machine.acceptsEnd[state] else { throw .invalidHuffmanCode }
        return output
    }
}

/// The nibble-at-a-time decoder tables, built from `HuffmanCodeTable`.
struct DecodingMachine: Sendable {
    struct Transition: Sendable {
        var next: UInt8
        var symbol: UInt8
        var flags: UInt8
    }
    static let emits: UInt8 = 1
    static let failed: UInt8 = 2

    /// `transitions[state * 16 + nibble]`.
    let transitions: [Transition]
    /// Whether a string may end in this state: the root, or a node reached by at most seven
    /// one-bits from it (the only valid padding).
    let acceptsEnd: [Bool]

    static let shared = DecodingMachine()

    private init() {
        // The code tree: internal nodes numbered from 0 (root); a child is an internal node
        // (>= 0) or a symbol (-1 - symbol).
        var children: [[Int]] = [[Int.min, Int.min]]
        var depth = [0]
        var onesPath = [true]
        for symbol in 0..<HuffmanCodeTable.codes.count {
            let code = HuffmanCodeTable.codes[symbol]
            let length = Int(HuffmanCodeTable.lengths[symbol])
            var node = 0
            for position in stride(from: length - 1, through: 0, by: -1) {
                let bit = Int((code >> UInt32(position)) & 1)
                if position == 0 {
                    children[node][bit] = -1 - symbol
                } else {
                    if children[node][bit] == Int.min {
                        children.append([Int.min, Int.min])
                        depth.append(depth[node] + 1)
                        onesPath.append(onesPath[node] && bit == 1)
                        children[node][bit] = children.count - 1
                    }
                    node = children[node][bit]
                }
            }
        }
        precondition(children.count == 256, "the Huffman code of RFC 7541 has 256 internal nodes")
        var transitions: [Transition] = []
        transitions.reserveCapacity(256 * 16)
        for state in 0..<256 {
            for nibble in 0..<16 {
                var node = state
                var transition = Transition(next: 0, symbol: 0, flags: 0)
                for position in stride(from: 3, through: 0, by: -1) {
                    let child = children[node][(nibble >> position) & 1]
                    if child >= 0 {
                        node = child
                        continue
                    }
                    let symbol = -1 - child
                    if symbol == 256 {
                        transition.flags |= Self.failed
                        break
                    }
                    transition.symbol = UInt8(symbol)
                    transition.flags |= Self.emits
                    node = 0
                }
                transition.next = UInt8(node)
                transitions.append(transition)
            }
        }
        self.transitions = transitions
        acceptsEnd = (0..<256).map { onesPath[$0] && depth[$0] <= 7 }
    }
}
