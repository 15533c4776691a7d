import DocumentStore

/// What Akoma Ntoso needs to know about a document that its text does not print: the document
/// type, the FRBR Work it realises (IRI, date, author, country, number) and the IRIs of the
/// instruments its references point to. One table, here; `docs/AKOMA-NTOSO.md` gives the reasons.
struct AkomaNtosoIdentity: Sendable {
    /// `act` (the Covenant) or `statement` (the resolution).
    let documentType: String
    /// The `name` attribute of the document element.
    let name: String
    /// `FRBRsubtype`.
    let subtype: String
    /// `FRBRnumber`.
    let number: String
    /// Work IRI, `/akn/un/act/treaty/1966-12-16/iccpr`.
    let workIRI: String
    /// The Work's date (adoption by the General Assembly) and its name.
    let workDate: String
    let workDateName: String
    /// ISO 639-2 code of the expression's language (`zho`: both texts are Chinese).
    let language: String

    /// The country element of every UN instrument (AKN4UN's convention).
    static let country = "un"
    /// The author of every Work and Expression: the General Assembly adopted both texts.
    static let authorEId = "unGeneralAssembly"
    static let authorIRI = "/akn/ontology/organizations/un/generalAssembly"
    static let authorName = "United Nations General Assembly"
    /// The author of the manifestation (this server's XML).
    static let editorEId = "rightsApi"
    static let editorIRI = "/akn/ontology/organizations/rightsApi"
    static let editorName = "RightsAPI"

    static func of(_ document: CorpusDocument) -> AkomaNtosoIdentity {
        switch document.kind {
        case .treaty:
            // Adopted and opened for signature by GA resolution 2200 A (XXI) of 16 December 1966.
            return AkomaNtosoIdentity(
                documentType: "act", name: "covenant", subtype: "treaty", number: document.symbol,
                workIRI: workIRI(ofDocument: document.id), workDate: "1966-12-16", workDateName: "adoption", language: "zho")
        case .resolution:
            let adopted = document.dates.first { $0.kind == "adopted" }?.date ?? "2007-12-18"
            return AkomaNtosoIdentity(
                documentType: "statement", name: "resolution", subtype: "resolution",
                number: document.symbol.replacingPrefix("A/RES/"),
                workIRI: workIRI(ofDocument: document.id), workDate: adopted, workDateName: "adoption", language: "zho")
        }
    }

    /// Work IRIs of the corpus documents and of the treaties their references name.
    static let knownWorks: [String: String] = [
        "iccpr": "/akn/un/act/treaty/1966-12-16/iccpr",
        "a-res-62-148": "/akn/un/statement/resolution/2007-12-18/62-148",
        // Convention against Torture: adopted 10 December 1984 (GA resolution 39/46).
        "CAT": "/akn/un/act/treaty/1984-12-10/cat",
        // Its Optional Protocol: adopted 18 December 2002 (GA resolution 57/199).
        "OP-CAT": "/akn/un/act/treaty/2002-12-18/opcat",
        "ICCPR": "/akn/un/act/treaty/1966-12-16/iccpr",
    ]

    static func workIRI(ofDocument id: String) -> String {
        knownWorks[id] ?? "/akn/un/doc/\(slug(id))"
    }

    var expressionIRI: String { "\(workIRI)/\(language)@" }

    /// The IRI an external reference points to: the treaty's Work (and article), the official
    /// document system's address of a resolution or document symbol, or a slug of the name.
    static func externalIRI(_ target: ExternalTarget) -> String {
        if let work = knownWorks[target.instrument] {
            return target.article.map { "\(work)/!main~art_\($0)" } ?? work
        }
        if let symbol = target.symbol {
            let full = target.instrument == "GA resolution" && !symbol.hasPrefix("A/") ? "A/RES/\(symbol)" : symbol
            return "https://undocs.org/" + full
        }
        return "/akn/un/doc/\(slug(target.instrument))" + (target.article.map { "/!main~art_\($0)" } ?? "")
    }

    /// Lowercase ASCII letters and digits, anything else as `-`.
    static func slug(_ text: String) -> String {
        var out = ""
        var lastDash = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value)).lowercasedASCII)
                lastDash = false
            } else if !lastDash && !out.isEmpty {
                out += "-"
                lastDash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "instrument" : out
    }
}

extension Unicode.Scalar {
    fileprivate var lowercasedASCII: Unicode.Scalar {
        ("A"..."Z").contains(self) ? Unicode.Scalar(value + 32) ?? self : self
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
