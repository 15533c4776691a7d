import HPACK

// libFuzzer target for `HPACKDecoder` (HPACK).
//
// Each input is decoded as one header block with the default limits and with tiny ones (so the
// list-size and string-length paths are reached with short inputs), and as two blocks split at a
// point derived from the data (the dynamic table carries over). Whatever decodes must survive a
// round trip: re-encoded with `HPACKEncoder` and decoded by a fresh decoder, the fields come back
// the same. A crash, an ASan report, a field list over its limit, or a round trip that differs
// aborts the run.

func roundTrip(_ fields: [HeaderField]) {
    var encoder = HPACKEncoder()
    var block: [UInt8] = []
    encoder.encode(fields, into: &block)
    var decoder = HPACKDecoder(maxHeaderListSize: Int.max, maxStringLength: Int.max)
    guard let again = try? decoder.decode(block) else {
        fatalError("re-encoded block does not decode: \(fields)")
    }
    if again.fields != fields { fatalError("round trip differs:\n \(fields)\n \(again.fields)") }
}

func check(_ input: [UInt8]) {
    for (listLimit, stringLimit, tableLimit) in [(16 << 10, 16 << 10, 4096), (64, 32, 64)] {
        var decoder = HPACKDecoder(tableSizeLimit: tableLimit, maxHeaderListSize: listLimit, maxStringLength: stringLimit)
        if let block = try? decoder.decode(input) {
            let size = block.fields.reduce(0) { $0 + $1.size }
            if size > listLimit { fatalError("decoded list of \(size) exceeds the limit \(listLimit)") }
            if decoder.dynamicTableSize > decoder.dynamicTableMaxSize { fatalError("table over its size") }
            roundTrip(block.fields)
        }
    }
    guard input.count > 1 else { return }
    let cut = Int(input[0]) % input.count
    var decoder = HPACKDecoder()
    if (try? decoder.decode(Array(input[..<cut]))) != nil, let second = try? decoder.decode(Array(input[cut...])) {
        roundTrip(second.fields)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHPACK(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
