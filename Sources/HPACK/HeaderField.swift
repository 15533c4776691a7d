/// One header field as HPACK carries it: name and value as text, plus whether it must never be
/// added to a compression table (RFC 7541 §6.2.3, e.g. credentials).
public struct HeaderField: Sendable, Equatable {
    public var name: String
    public var value: String
    public var neverIndexed: Bool

    public init(name: String, value: String, neverIndexed: Bool = false) {
        self.name = name
        self.value = value
        self.neverIndexed = neverIndexed
    }

    /// The size an entry of this field takes in a dynamic table, and what it counts towards a
    /// header list size limit: name and value octets plus 32 (RFC 7541 §4.1, RFC 9113 §6.5.2).
    public var size: Int { name.utf8.count + value.utf8.count + 32 }
}
