public import DocumentStore

// OWNER: the "references" helper. Signatures are the contract with the normalizer; bodies are filled in on that branch.

/// Finds the ICCPR's internal cross-references (explicit and relative) in a structurally complete document.
public enum ICCPRReferenceExtractor {
    public static func references(in document: CorpusDocument) -> [CrossReference] { [] }
}

/// Finds the resolution's external references: Convention against Torture articles, resolutions, UN symbols.
public enum ResolutionReferenceExtractor {
    public static func references(in document: CorpusDocument) -> [CrossReference] { [] }
}

/// Parses footnote texts into structured citations; resolves 同上 to the footnote it repeats.
public enum FootnoteCitationParser {
    /// `texts[i]` is the normalized text of footnote number i+1; returns one citation per footnote.
    public static func citations(forFootnoteTexts texts: [String]) -> [FootnoteCitation] {
        texts.map { _ in FootnoteCitation(kind: "unparsed") }
    }
}
