/// Something that keeps a file descriptor of immutable body bytes open for as long as it lives
/// (e.g. a sealed memory file).
public protocol BodyFileOwner: AnyObject, Sendable {
    /// Open for reading while the owner lives; the bytes of every region handed out never change.
    var descriptor: Int32 { get }
}

/// `count` bytes at `offset` of an owner's file: one response body, the same bytes as the
/// response's array, which a plain socket may send with `sendfile(2)`.
public struct BodyFileRegion: Sendable, Equatable {
    public let owner: any BodyFileOwner
    public let offset: Int
    public let count: Int

    public init(owner: any BodyFileOwner, offset: Int, count: Int) {
        self.owner = owner
        self.offset = offset
        self.count = count
    }

    public var descriptor: Int32 { owner.descriptor }

    public static func == (lhs: BodyFileRegion, rhs: BodyFileRegion) -> Bool {
        lhs.owner === rhs.owner && lhs.offset == rhs.offset && lhs.count == rhs.count
    }
}
