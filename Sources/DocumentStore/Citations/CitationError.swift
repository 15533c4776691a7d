/// Why a citation could not be resolved.
public enum CitationError: Error, Sendable, Equatable {
    /// The string is not a citation form the resolver knows; `detail` lists the accepted forms. (HTTP 400)
    case unparseable(detail: String)
    /// The citation was understood (`understood` is its canonical form, e.g. `ICCPR art. 54`) but
    /// names nothing in the corpus; `detail` says what exists, e.g. `the ICCPR has articles 1–53`. (HTTP 404)
    case notFound(understood: String, detail: String)
    /// The citation names a provision of the authentic text that the source numbers differently
    /// (`ICCPR preamble, para. 3`, printed inside the first recital); `detail` explains the
    /// mapping and `eIds` are the printed units that hold it. (HTTP 404)
    case numberedDifferently(understood: String, detail: String, document: String, eIds: [String])
}
