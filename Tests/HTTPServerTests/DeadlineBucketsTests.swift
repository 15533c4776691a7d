@testable import HTTPServer
import Testing

@Suite("Deadline buckets")
struct DeadlineBucketsTests {
    @Test func entryComesDueOnlyOnceItsDeadlineHasPassed() {
        var buckets = DeadlineBuckets(granularity: 100, now: 0)
        let key = ConnectionKey(fd: 7, generation: 1)
        let seenAt = buckets.schedule(key, at: 250)
        #expect(seenAt >= 250 && seenAt < 350)
        var due: [ConnectionKey] = []
        buckets.takeDue(now: 200, into: &due)
        #expect(due.isEmpty)
        buckets.takeDue(now: seenAt, into: &due)
        #expect(due == [key])
        #expect(buckets.isEmpty)
    }

    @Test func longPauseBetweenSweepsStillDeliversEveryDueEntry() {
        var buckets = DeadlineBuckets(granularity: 10, now: 0)
        let keys = (1...5).map { ConnectionKey(fd: Int32($0), generation: 1) }
        for (index, key) in keys.enumerated() { _ = buckets.schedule(key, at: UInt64(index) * 1_000) }
        var due: [ConnectionKey] = []
        buckets.takeDue(now: 1_000_000, into: &due)
        #expect(Set(due) == Set(keys))
    }

    @Test func connectionKeySurvivesTheEpollToken() {
        let key = ConnectionKey(fd: 65_000, generation: 4_000_000_000)
        #expect(ConnectionKey(token: key.token) == key)
    }
}

@Suite("Request ids")
struct RequestIDTests {
    @Test func clientIDsAreAcceptedOnlyWhenShortAndPlain() {
        #expect(RequestIDGenerator.isAcceptable("a"))
        #expect(RequestIDGenerator.isAcceptable("Req-1.2_3"))
        #expect(RequestIDGenerator.isAcceptable(String(repeating: "z", count: 128)))
        #expect(!RequestIDGenerator.isAcceptable(""))
        #expect(!RequestIDGenerator.isAcceptable(String(repeating: "z", count: 129)))
        #expect(!RequestIDGenerator.isAcceptable("a b"))
        #expect(!RequestIDGenerator.isAcceptable("a\r\nX-Injected: 1"))
        #expect(!RequestIDGenerator.isAcceptable("识别"))
    }

    @Test func generatedIDsAreDistinct() {
        var generator = RequestIDGenerator()
        let ids = (0..<1000).map { _ in generator.next() }
        #expect(Set(ids).count == 1000)
        #expect(ids.allSatisfy(RequestIDGenerator.isAcceptable))
    }
}
