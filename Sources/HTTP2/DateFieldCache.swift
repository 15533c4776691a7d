#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import HPACK
import HTTPCore

/// The HPACK bytes of the `date` field for the current second, per connection: encoded once a
/// second instead of formatting, Huffman-coding and allocating the text for every response.
///
/// Valid, like ``HeaderBlockCache`` entries, only at the encoder's `tableGeneration` it was made
/// at and only when encoding it inserted nothing (`date` is never indexed, so that is always so).
struct DateFieldCache {
    private var second: Int64 = -1
    private var generation: UInt64 = 0
    private var bytes: [UInt8] = []

    /// Appends the `date` field of the current second.
    mutating func append(using encoder: inout HPACKEncoder, into output: inout [UInt8]) {
        let now = Int64(time(nil))
        if now == second, generation == encoder.tableGeneration {
            output.append(contentsOf: bytes)
            return
        }
        let before = encoder.tableGeneration
        let start = output.count
        encoder.encode(
            HeaderField(name: ResponseNormalization.HTTP2AddedField.date.name, value: HTTPDate.format(epochSeconds: now)),
            into: &output)
        guard encoder.tableGeneration == before else {
            second = -1
            return
        }
        second = now
        generation = before
        bytes = Array(output[start...])
    }
}
