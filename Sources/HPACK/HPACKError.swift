/// Why a header block could not be decoded. Every case is a COMPRESSION_ERROR for HTTP/2
/// (RFC 9113 §4.3): the decoder's table may no longer match the peer's, so the connection ends.
public enum HPACKError: Error, Sendable, Equatable {
    /// The block ended in the middle of a representation.
    case truncated
    /// An integer longer than the decoder accepts (more than `HPACKInteger.maxValue`).
    case integerOverflow
    /// An index of 0, or beyond the static and dynamic tables together.
    case invalidIndex(Int)
    /// A dynamic table size update above the limit we announced, or after the first field.
    case invalidTableSizeUpdate(Int)
    /// Huffman data containing EOS, padding longer than 7 bits, or padding not made of ones.
    case invalidHuffmanCode
    /// A string literal longer than `HPACKDecoder.maxStringLength`: refused before decoding it.
    case stringTooLong(Int)
}
