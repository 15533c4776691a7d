/// Names one header set that many responses share (a prepared representation's 200 or 304
/// fields; see ``HTTPHeaders/markShared()``). A transport may cache what it derives from such a
/// set, e.g. the HTTP/2 header block of those fields, under this identity: every
/// ``HTTPHeaders`` value carrying it has exactly the same fields, since any change clears it.
///
/// Compared by identity; a cache that holds the object keeps the identity from being reused.
public final class HeaderSetIdentity: Sendable, Hashable {
    public init() {}

    public static func == (lhs: HeaderSetIdentity, rhs: HeaderSetIdentity) -> Bool { lhs === rhs }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(self))
    }
}
