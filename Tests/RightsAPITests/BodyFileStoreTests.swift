import Glibc
import HTTPCore
@testable import RightsAPI
import Testing

@Suite("Body file store")
struct BodyFileStoreTests {
    static func bytes(_ count: Int, seed: UInt8) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0) &+ seed }
    }

    static func read(_ region: BodyFileRegion) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: region.count)
        let count = buffer.withUnsafeMutableBytes { pread(region.descriptor, $0.baseAddress, region.count, off_t(region.offset)) }
        return Array(buffer[..<max(count, 0)])
    }

    @Test func longBodiesAreStoredByteForByteOneAfterAnother() throws {
        let store = BodyFileStore()
        let first = Self.bytes(BodyFileStore.minimumSize + 1, seed: 1)
        let second = Self.bytes(70_000, seed: 9)
        let a = try #require(store.region(for: first))
        let b = try #require(store.region(for: second))
        #expect(a.owner === b.owner)
        #expect(b.offset == a.offset + a.count)
        #expect(Self.read(a) == first)
        #expect(Self.read(b) == second)
    }

    @Test func shortBodiesAreNotStored() {
        #expect(BodyFileStore().region(for: Self.bytes(BodyFileStore.minimumSize, seed: 0)) == nil)
    }

    @Test func theFileCannotBeShrunkUnderARegion() throws {
        let region = try #require(BodyFileStore().region(for: Self.bytes(20_000, seed: 2)))
        #expect(ftruncate(region.descriptor, 0) != 0)
        #expect(Self.read(region).count == 20_000)
    }

    @Test func aBodyLongerThanAFileGetsAFileOfItsOwn() throws {
        let store = BodyFileStore()
        let small = try #require(store.region(for: Self.bytes(20_000, seed: 3)))
        var huge = [UInt8](repeating: 0x5A, count: BodyFileStore.fileCapacity + 1)
        huge[0] = 1
        huge[huge.count - 1] = 2
        let region = try #require(store.region(for: huge))
        #expect(region.owner !== small.owner)
        #expect(Self.read(region) == huge)
    }

    @Test func preparedResponsesOfLongBodiesCarryTheirFile() throws {
        let long = Self.bytes(30_000, seed: 5)
        let prepared = PreparedBody(body: long, contentType: "application/json", cacheControl: "no-cache", vary: nil, gzip: false, fileStore: BodyFileStore())
        let response = prepared.response(ifNoneMatch: nil)
        let region = try #require(response.bodyFile)
        #expect(Self.read(region) == response.body)
        #expect(response.headers.sharedIdentity != nil)
        var changed = response.headers
        changed.add(name: "X-Extra", value: "1")
        #expect(changed.sharedIdentity == nil)
    }
}
