/// Bytes from the hex dumps of RFC 7541 Appendix C (`"8286 8441 0f77"`; spaces and newlines ignored).
func hex(_ text: String) -> [UInt8] {
    let digits = text.filter(\.isHexDigit)
    var bytes: [UInt8] = []
    var index = digits.startIndex
    while index < digits.endIndex {
        let next = digits.index(index, offsetBy: 2)
        bytes.append(UInt8(digits[index..<next], radix: 16)!)
        index = next
    }
    return bytes
}

func pairs(_ fields: [(String, String)]) -> [(String, String)] { fields }
