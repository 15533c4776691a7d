extension String {
    /// The text of a NUL-terminated C character buffer (invalid UTF-8 repaired).
    init(cText buffer: [CChar]) {
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        self.init(decoding: bytes, as: UTF8.self)
    }
}
