import Foundation
import HTTPCore
import Testing

@Suite("HTTPDate")
struct HTTPDateTests {
    @Test func formatsTheRFC9110Example() {
        #expect(HTTPDate.format(epochSeconds: 784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
    }

    @Test func formatsTheEpochLeapDaysAndYearEnds() {
        #expect(HTTPDate.format(epochSeconds: 0) == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(HTTPDate.format(epochSeconds: 951_782_400) == "Tue, 29 Feb 2000 00:00:00 GMT")
        #expect(HTTPDate.format(epochSeconds: 1_709_251_199) == "Thu, 29 Feb 2024 23:59:59 GMT")
        #expect(HTTPDate.format(epochSeconds: 4_102_444_799) == "Thu, 31 Dec 2099 23:59:59 GMT")
    }

    @Test func agreesWithFoundationOverManyDays() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        var seconds: Int64 = 0
        while seconds < 4_102_444_800 {
            let expected = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
            #expect(HTTPDate.format(epochSeconds: seconds) == expected)
            seconds += 86_400 * 13 + 3_671
        }
    }

    @Test func tellsTheCurrentTime() throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let text = HTTPDate.now()
        #expect(text.utf8.count == 29)
        let parsed = try #require(formatter.date(from: text))
        #expect(abs(parsed.timeIntervalSinceNow) < 3)
    }

    @Test func givesConsistentDatesFromManyThreadsAtOnce() async {
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<20_000).map { _ in HTTPDate.now() } }
            }
            var all: [String] = []
            for await batch in group { all += batch }
            return all
        }
        let reference = Set((0..<3).map { _ in HTTPDate.now() })
        #expect(results.allSatisfy { $0.utf8.count == 29 && $0.hasSuffix(" GMT") })
        #expect(Set(results).count <= 10)  // only a few distinct seconds, never torn mixtures
        #expect(!reference.isEmpty)
    }
}
