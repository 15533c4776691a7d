/// Decodes header blocks (RFC 7541 §3, §6) with its own dynamic table, and bounds what a
/// hostile block can cost.
///
/// Limits:
/// - `tableSizeLimit`: the SETTINGS_HEADER_TABLE_SIZE we announced; a size update above it is an error.
/// - `maxHeaderListSize`: the decoded list (name + value + 32 per field, RFC 9113 §6.5.2) may not
///   exceed it. Beyond it the decoder keeps decoding so that its table stays in step with the peer's,
///   but drops the fields and reports `listSizeExceeded`: an "HPACK bomb" (a small block that
///   references one large table entry thousands of times) costs one pass over the block and no memory.
/// - `maxStringLength`: a literal longer than this (encoded) is refused before it is decoded.
public struct HPACKDecoder: Sendable {
    /// What a block decoded to.
    public struct DecodedBlock: Sendable, Equatable {
        public var fields: [HeaderField]
        /// The list was larger than `maxHeaderListSize`; `fields` holds only those that fit.
        public var listSizeExceeded: Bool
    }

    public let tableSizeLimit: Int
    public var maxHeaderListSize: Int
    public var maxStringLength: Int
    private var table: DynamicTable

    public init(tableSizeLimit: Int = 4096, maxHeaderListSize: Int = 16 << 10, maxStringLength: Int = 16 << 10) {
        self.tableSizeLimit = tableSizeLimit
        self.maxHeaderListSize = maxHeaderListSize
        self.maxStringLength = maxStringLength
        table = DynamicTable(maxSize: tableSizeLimit)
    }

    /// Current size of the dynamic table (octets, as RFC 7541 §4.1 counts them).
    public var dynamicTableSize: Int { table.size }
    /// Current maximum size of the dynamic table (the last size update, or `tableSizeLimit`).
    public var dynamicTableMaxSize: Int { table.maxSize }
    public var dynamicTableCount: Int { table.count }

    public mutating func decode(_ block: [UInt8]) throws(HPACKError) -> DecodedBlock {
        let result = block.withUnsafeBytes { bytes in
            Result { () throws(HPACKError) in try decode(bytes) }
        }
        return try result.get()
    }

    public mutating func decode(_ bytes: UnsafeRawBufferPointer) throws(HPACKError) -> DecodedBlock {
        var result = DecodedBlock(fields: [], listSizeExceeded: false)
        result.fields.reserveCapacity(min(bytes.count, 16))   // every field takes at least one octet
        var listSize = 0
        var position = 0
        var fieldSeen = false
        while position < bytes.count {
            let first = bytes[position]
            let field: HeaderField
            if first & 0x80 != 0 {                       // indexed field (§6.1)
                let index = try HPACKInteger.decode(bytes, position: &position, prefixBits: 7)
                field = try entry(at: index)
            } else if first & 0xC0 == 0x40 {             // literal with incremental indexing (§6.2.1)
                field = try literal(bytes, position: &position, prefixBits: 6, neverIndexed: false)
                table.insert(field)
            } else if first & 0xE0 == 0x20 {             // dynamic table size update (§6.3)
                let size = try HPACKInteger.decode(bytes, position: &position, prefixBits: 5)
                guard !fieldSeen, size <= tableSizeLimit else { throw .invalidTableSizeUpdate(size) }
                table.setMaxSize(size)
                continue
            } else {                                     // literal without indexing / never indexed (§6.2.2–3)
                field = try literal(bytes, position: &position, prefixBits: 4, neverIndexed: first & 0x10 != 0)
            }
            fieldSeen = true
            listSize += field.size
            if listSize > maxHeaderListSize {
                result.listSizeExceeded = true
            } else {
                result.fields.append(field)
            }
        }
        return result
    }

    private func entry(at index: Int) throws(HPACKError) -> HeaderField {
        if index >= 1, index <= StaticTable.count { return StaticTable.field(at: index) }
        let dynamicIndex = index - StaticTable.count
        guard index > 0, dynamicIndex <= table.count else { throw .invalidIndex(index) }
        return table[dynamicIndex]
    }

    private func literal(
        _ bytes: UnsafeRawBufferPointer, position: inout Int, prefixBits: Int, neverIndexed: Bool
    ) throws(HPACKError) -> HeaderField {
        let nameIndex = try HPACKInteger.decode(bytes, position: &position, prefixBits: prefixBits)
        let name = nameIndex == 0 ? try string(bytes, position: &position) : try entry(at: nameIndex).name
        let value = try string(bytes, position: &position)
        return HeaderField(name: name, value: value, neverIndexed: neverIndexed)
    }

    /// A string literal (§5.2).
    private func string(_ bytes: UnsafeRawBufferPointer, position: inout Int) throws(HPACKError) -> String {
        guard position < bytes.count else { throw .truncated }
        let huffman = bytes[position] & 0x80 != 0
        let length = try HPACKInteger.decode(bytes, position: &position, prefixBits: 7)
        guard length <= bytes.count - position else { throw .truncated }
        guard length <= maxStringLength else { throw .stringTooLong(length) }
        let raw = UnsafeRawBufferPointer(rebasing: bytes[position..<position + length])
        position += length
        guard huffman else { return String(decoding: raw, as: UTF8.self) }
        // Huffman expands at most 8/5; the limit caps even that.
        guard let decoded = try Huffman.decode(raw, limit: maxStringLength) else { throw .stringTooLong(length) }
        return String(decoding: decoded, as: UTF8.self)
    }
}
