/// 64-bit FNV-1a: a fast, stable, non-cryptographic hash used to derive strong entity tags
/// from the exact bytes of a precomputed body (two different bodies get different tags with
/// overwhelming probability, and the same bytes always get the same tag across restarts).
enum FNV1a {
    static func hash64(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// A strong entity tag (RFC 9110 §8.8.3) for `bytes`: `"` + 16 lowercase hex digits + `"`.
    static func entityTag(for bytes: [UInt8]) -> String {
        let hex = String(hash64(bytes), radix: 16)
        return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "\""
    }
}
