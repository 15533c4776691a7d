/// Encodes header blocks (RFC 7541 §6) for the peer's decoder.
///
/// Choices: a field of the static or dynamic table is sent as an index; other fields are sent
/// with incremental indexing unless their value changes with every message (`date`,
/// `content-length`, `etag`, `x-request-id`, …: indexing them would only churn the table) or they
/// are marked never-indexed; strings are Huffman-coded when that is shorter.
///
/// Encoding is a pure function of the fields and the dynamic table: the same fields encoded while
/// `tableGeneration` is unchanged give the same bytes. A caller may therefore keep the bytes of a
/// block part whose encoding inserted nothing (`tableGeneration` the same before and after) and
/// send them again instead of encoding, for as long as `tableGeneration` has not moved.
public struct HPACKEncoder: Sendable {
    /// Names whose values are almost never repeated: sent without indexing.
    public static let unindexedNames: Set<String> = [
        "date", "content-length", "etag", "last-modified", "x-request-id", "age", "expires",
        "set-cookie", "authorization", "cookie", "location", "content-range",
    ]

    private var table: DynamicTable
    /// Table size we would like to use, never above the peer's SETTINGS_HEADER_TABLE_SIZE.
    private let preferredTableSize: Int
    /// The smallest and the final table size since the last block, to announce at the start of
    /// the next one (RFC 7541 §4.2).
    private var pendingSizeUpdate: (smallest: Int, final: Int)?

    /// Changes whenever the dynamic table does (an insertion, an eviction, a size change).
    public private(set) var tableGeneration: UInt64 = 0

    public init(preferredTableSize: Int = 4096) {
        self.preferredTableSize = preferredTableSize
        table = DynamicTable(maxSize: min(preferredTableSize, 4096))
    }

    /// The peer announced SETTINGS_HEADER_TABLE_SIZE = `limit`.
    public mutating func setPeerTableSizeLimit(_ limit: Int) {
        let size = min(limit, preferredTableSize)
        guard size != table.maxSize else { return }
        table.setMaxSize(size)
        tableGeneration &+= 1
        let smallest = min(pendingSizeUpdate?.smallest ?? size, size)
        pendingSizeUpdate = (smallest, size)
    }

    public var dynamicTableSize: Int { table.size }

    /// Appends one header block holding `fields` in order.
    public mutating func encode(_ fields: [HeaderField], into output: inout [UInt8]) {
        beginBlock(into: &output)
        for field in fields { encode(field, into: &output) }
    }

    /// Starts a block: announces a pending table size change. Call once per block before `encode(_:into:)`
    /// of single fields.
    public mutating func beginBlock(into output: inout [UInt8]) {
        if let update = pendingSizeUpdate {
            if update.smallest < update.final {
                HPACKInteger.encode(update.smallest, prefixBits: 5, flags: 0x20, into: &output)
            }
            HPACKInteger.encode(update.final, prefixBits: 5, flags: 0x20, into: &output)
            pendingSizeUpdate = nil
        }
    }

    /// Appends one field (after `beginBlock(into:)`).
    public mutating func encode(_ field: HeaderField, into output: inout [UInt8]) {
        let known = StaticTable.byName[field.name]
        if !field.neverIndexed, let staticFull = known?.index(ofValue: field.value) {
            HPACKInteger.encode(staticFull, prefixBits: 7, flags: 0x80, into: &output)
            return
        }
        if let known, known.unindexed, !field.neverIndexed {
            // Fields of these names are never inserted (below), so the dynamic table holds none:
            // no need to search it.
            let nameIndex = known.nameIndex ?? 0
            HPACKInteger.encode(nameIndex, prefixBits: 4, flags: 0x00, into: &output)
            if nameIndex == 0 { Self.encodeString(field.name, into: &output) }
            Self.encodeString(field.value, into: &output)
            return
        }
        let dynamic = table.find(name: field.name, value: field.value)
        if let full = dynamic.full, !field.neverIndexed {
            HPACKInteger.encode(StaticTable.count + full, prefixBits: 7, flags: 0x80, into: &output)
            return
        }
        let nameIndex = known?.nameIndex ?? dynamic.name.map { StaticTable.count + $0 } ?? 0
        if field.neverIndexed {
            HPACKInteger.encode(nameIndex, prefixBits: 4, flags: 0x10, into: &output)
        } else if known?.unindexed == true || field.size > table.maxSize / 2 {
            HPACKInteger.encode(nameIndex, prefixBits: 4, flags: 0x00, into: &output)
        } else {
            HPACKInteger.encode(nameIndex, prefixBits: 6, flags: 0x40, into: &output)
            table.insert(field)
            tableGeneration &+= 1
        }
        if nameIndex == 0 { Self.encodeString(field.name, into: &output) }
        Self.encodeString(field.value, into: &output)
    }

    /// A string literal, Huffman-coded when that is shorter (§5.2).
    public static func encodeString(_ text: String, into output: inout [UInt8]) {
        let raw = text.utf8
        let huffmanLength = Huffman.encodedLength(of: raw)
        if huffmanLength < raw.count {
            HPACKInteger.encode(huffmanLength, prefixBits: 7, flags: 0x80, into: &output)
            Huffman.encode(raw, into: &output)
        } else {
            HPACKInteger.encode(raw.count, prefixBits: 7, flags: 0x00, into: &output)
            output.append(contentsOf: raw)
        }
    }
}
