/// Header fields of a request or response, in received order. Names compare case-insensitively.
public struct HTTPHeaders: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    /// One field: the name as received (or as set) and its value with surrounding whitespace removed.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public private(set) var fields: [Field] {
        didSet { sharedIdentity = nil }
    }

    /// Set by ``markShared()`` on a header set that many responses share, and cleared by any
    /// change: a transport may cache what it derives from these fields under this identity.
    public private(set) var sharedIdentity: HeaderSetIdentity?

    /// Gives this value a fresh ``sharedIdentity`` (for a prepared representation's fields,
    /// which many responses carry unchanged). Any later change to the fields removes it.
    public mutating func markShared() {
        sharedIdentity = HeaderSetIdentity()
    }

    /// Fields in order; the shared identity is not part of the value.
    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        lhs.fields == rhs.fields
    }

    public init() { fields = [] }

    public init(_ pairs: [(String, String)]) {
        fields = pairs.map { Field(name: $0.0, value: $0.1) }
    }

    /// Fields in the given order, as they are.
    public init(fields: [Field]) {
        self.fields = fields
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    public var count: Int { fields.count }

    /// The first value of `name`, or nil.
    public subscript(name: String) -> String? {
        fields.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// Every value of `name`, in order.
    public func values(for name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveEquals(name) }.map(\.value)
    }

    /// Every field line of `name` combined into one value, in order, separated by `, ` (RFC 9110
    /// §5.3: valid for list-valued fields such as `Accept`, `Accept-Encoding`, `If-None-Match`);
    /// nil when there is none. One field line is returned as is, without copying.
    public func combinedValue(for name: String) -> String? {
        var combined: String?
        for field in fields where field.name.caseInsensitiveEquals(name) {
            combined = combined.map { $0 + ", " + field.value } ?? field.value
        }
        return combined
    }

    public func contains(_ name: String) -> Bool {
        fields.contains { $0.name.caseInsensitiveEquals(name) }
    }

    /// Appends a field (keeps existing fields of the same name).
    public mutating func add(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Replaces every field of `name` by one field with `value`.
    public mutating func replaceOrAdd(name: String, value: String) {
        remove(name)
        fields.append(Field(name: name, value: value))
    }

    public mutating func remove(_ name: String) {
        fields.removeAll { $0.name.caseInsensitiveEquals(name) }
    }

    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }
}

extension String {
    /// ASCII case-insensitive comparison, as field names and tokens require (RFC 9110 §5.1).
    @inlinable
    public func caseInsensitiveEquals(_ other: String) -> Bool {
        let a = utf8, b = other.utf8
        guard a.count == b.count else { return false }
        let fast = a.withContiguousStorageIfAvailable { x in
            b.withContiguousStorageIfAvailable { y in
                for i in 0..<x.count where x[i] != y[i] {
                    let lx = x[i] &- 65 < 26 ? x[i] | 0x20 : x[i]
                    let ly = y[i] &- 65 < 26 ? y[i] | 0x20 : y[i]
                    if lx != ly { return false }
                }
                return true
            }
        }
        if let fast, let result = fast { return result }
        for (x, y) in zip(a, b) where x != y {
            let lx = (x >= 65 && x <= 90) ? x | 0x20 : x
            let ly = (y >= 65 && y <= 90) ? y | 0x20 : y
            if lx != ly { return false }
        }
        return true
    }
}
