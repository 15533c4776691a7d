#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The `Date` header value: IMF-fixdate (RFC 9110 §5.6.7), e.g. `Sun, 06 Nov 1994 08:49:37 GMT`.
///
/// The text of the current second is cached in a sequence lock made of atomics: readers never wait
/// and never lock (they load the cached bytes and check that no writer touched them meanwhile); the
/// first caller in a new second formats the date and publishes it; a caller that loses a race simply
/// formats the date itself.
public enum HTTPDate {
    /// The length of every IMF-fixdate.
    public static let length = 29

    private static let sequence = Atomic<UInt64>(0)
    private static let cachedSecond = Atomic<Int64>(-1)
    private static let word0 = Atomic<UInt64>(0)
    private static let word1 = Atomic<UInt64>(0)
    private static let word2 = Atomic<UInt64>(0)
    private static let word3 = Atomic<UInt64>(0)

    private typealias Words = (UInt64, UInt64, UInt64, UInt64)

    /// The current time as IMF-fixdate.
    public static func now() -> String {
        let words = currentWords()
        return withUnsafeBytes(of: words) { raw in
            String(decoding: raw.prefix(length), as: UTF8.self)
        }
    }

    /// Writes the current time as IMF-fixdate (29 bytes).
    static func writeNow(to writer: inout ByteWriter) {
        let words = currentWords()
        withUnsafeBytes(of: words) { raw in
            writer.write(UnsafeRawBufferPointer(rebasing: raw.prefix(length)))
        }
    }

    /// The IMF-fixdate of a time given in seconds since 1970-01-01T00:00:00Z (0 or later).
    public static func format(epochSeconds: Int64) -> String {
        let words = formatWords(epochSeconds)
        return withUnsafeBytes(of: words) { raw in
            String(decoding: raw.prefix(length), as: UTF8.self)
        }
    }

    private static func currentWords() -> Words {
        let second = Int64(time(nil))
        let before = sequence.load(ordering: .acquiring)
        if before & 1 == 0, cachedSecond.load(ordering: .relaxed) == second {
            let words = (
                word0.load(ordering: .relaxed), word1.load(ordering: .relaxed),
                word2.load(ordering: .relaxed), word3.load(ordering: .relaxed)
            )
            atomicMemoryFence(ordering: .acquiring)
            if sequence.load(ordering: .relaxed) == before { return words }
        }
        let words = formatWords(second)
        if before & 1 == 0,
            sequence.compareExchange(expected: before, desired: before + 1, ordering: .acquiringAndReleasing).exchanged
        {
            atomicMemoryFence(ordering: .releasing)
            cachedSecond.store(second, ordering: .relaxed)
            word0.store(words.0, ordering: .relaxed)
            word1.store(words.1, ordering: .relaxed)
            word2.store(words.2, ordering: .relaxed)
            word3.store(words.3, ordering: .relaxed)
            sequence.store(before + 2, ordering: .releasing)
        }
        return words
    }

    private static func formatWords(_ epochSeconds: Int64) -> Words {
        var words: Words = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { out in
            let seconds = max(epochSeconds, 0)
            let days = seconds / 86_400
            let secondOfDay = Int(seconds % 86_400)
            let (year, month, day) = civilDate(daysSinceEpoch: days)
            let weekday = Int((days + 4) % 7)  // 1970-01-01 was a Thursday
            let dayNames: StaticString = "SunMonTueWedThuFriSat"
            let monthNames: StaticString = "JanFebMarAprMayJunJulAugSepOctNovDec"
            var i = 0
            func put(_ byte: UInt8) {
                out[i] = byte
                i += 1
            }
            func putTwoDigits(_ value: Int) {
                put(UInt8(0x30 + value / 10))
                put(UInt8(0x30 + value % 10))
            }
            for k in 0..<3 { put(dayNames.utf8Start[weekday * 3 + k]) }
            put(0x2C)
            put(0x20)
            putTwoDigits(day)
            put(0x20)
            for k in 0..<3 { put(monthNames.utf8Start[(month - 1) * 3 + k]) }
            put(0x20)
            let fourDigitYear = Int(year % 10_000)
            putTwoDigits(fourDigitYear / 100)
            putTwoDigits(fourDigitYear % 100)
            put(0x20)
            putTwoDigits(secondOfDay / 3600)
            put(0x3A)
            putTwoDigits(secondOfDay / 60 % 60)
            put(0x3A)
            putTwoDigits(secondOfDay % 60)
            put(0x20)
            put(0x47)
            put(0x4D)
            put(0x54)
        }
        return words
    }

    /// Proleptic Gregorian date of a day count since 1970-01-01 (days ≥ 0), via 400-year eras of
    /// 146,097 days counted from 0000-03-01 so that the leap day ends each year.
    private static func civilDate(daysSinceEpoch: Int64) -> (year: Int64, month: Int, day: Int) {
        let shifted = daysSinceEpoch + 719_468  // days from 0000-03-01 to 1970-01-01
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1)
        let month = Int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9)
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
