/// The name–value pairs of a query string (`a=1&b=%E9%85%B7&flag`).
public enum QueryParameters {
    /// A query component that is not valid percent-encoded UTF-8.
    public struct DecodingError: Error, Sendable, Equatable {
        /// The component as received (still encoded).
        public var component: String

        public init(component: String) { self.component = component }

        /// A 400 problem naming the component.
        public var problem: ProblemDetails {
            ProblemDetails(
                status: .badRequest,
                detail: "The query component \(JSONString.quote(component)) is not valid percent-encoded UTF-8 (RFC 3986 §2.1)",
                type: ProblemTypeURI.malformedQuery)
        }
    }

    /// Pairs in received order. Pieces are separated by `&`; empty pieces are skipped; a piece without `=`
    /// has an empty value; names and values are decoded with `+` as space.
    /// Throws `DecodingError` on an invalid escape or invalid UTF-8.
    public static func parse(_ query: String?) throws(DecodingError) -> [(String, String)] {
        guard let query, !query.isEmpty else { return [] }
        var pairs: [(String, String)] = []
        for piece in query.split(separator: "&", omittingEmptySubsequences: true) {
            let name: Substring, value: Substring
            if let equals = piece.firstIndex(of: "=") {
                name = piece[..<equals]
                value = piece[piece.index(after: equals)...]
            } else {
                name = piece
                value = ""
            }
            guard let decodedName = PercentDecoding.decodeQueryComponent(name) else {
                throw DecodingError(component: String(name))
            }
            guard let decodedValue = PercentDecoding.decodeQueryComponent(value) else {
                throw DecodingError(component: String(value))
            }
            pairs.append((decodedName, decodedValue))
        }
        return pairs
    }
}
