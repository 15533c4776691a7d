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

    /// Work IRIs of the corpus documents and of the instruments their references name (keyed by
    /// document id or by `ExternalTarget.instrument`), dated by adoption or signature.
    static let knownWorks: [String: String] = [
        "iccpr": "/akn/un/act/treaty/1966-12-16/iccpr",
        "ICCPR": "/akn/un/act/treaty/1966-12-16/iccpr",
        "a-res-62-148": "/akn/un/statement/resolution/2007-12-18/62-148",
        "CAT": "/akn/un/act/treaty/1984-12-10/cat",                       // GA resolution 39/46
        "OP-CAT": "/akn/un/act/treaty/2002-12-18/opcat",                  // GA resolution 57/199
        "ICPPED": "/akn/un/act/treaty/2006-12-20/icpped",                 // GA resolution 61/177
        "UN Charter": "/akn/un/act/treaty/1945-06-26/charter",
        "ICJ Statute": "/akn/un/act/treaty/1945-06-26/icj-statute",
        "UN Privileges and Immunities Convention": "/akn/un/act/treaty/1946-02-13/privileges-immunities",
        "UDHR": "/akn/un/statement/declaration/1948-12-10/udhr",          // GA resolution 217 A (III)
        "Genocide Convention": "/akn/un/act/treaty/1948-12-09/genocide",  // GA resolution 260 A (III)
        "ILO Convention No. 87": "/akn/un/act/treaty/1948-07-09/ilo-c087",
        "Geneva Conventions": "/akn/un/act/treaty/1949-08-12/geneva-conventions",
        "Rome Statute": "/akn/un/act/treaty/1998-07-17/rome-statute",
    ]

    /// Instruments that are the annex of a UN document: the official symbol to link to.
    static let adoptingDocuments: [String: String] = [
        "ICTY Statute": "S/RES/827(1993)",
        "ICTR Statute": "S/RES/955(1994)",
        "Body of Principles": "A/RES/43/173",
        "Istanbul Principles": "A/RES/55/89",
        "Impunity Principles": "E/CN.4/2005/102/Add.1",
    ]

    static func workIRI(ofDocument id: String) -> String {
        knownWorks[id] ?? "/akn/un/doc/\(slug(id))"
    }

    var expressionIRI: String { "\(workIRI)/\(language)@" }

    /// The IRI an external reference points to: the treaty's Work (and article); the UN official
    /// document system's address of a resolution, document symbol or adopting document; a United
    /// Nations Treaty Series entry; or, for anything else, a slug of the instrument's code.
    static func externalIRI(_ target: ExternalTarget) -> String {
        let article = target.article.map { "/!main~art_\($0)" } ?? ""
        if let work = knownWorks[target.instrument] { return work + article }
        if let symbol = target.symbol {
            let full = target.instrument == "GA resolution" && !symbol.hasPrefix("A/") ? "A/RES/\(symbol)" : symbol
            return "https://undocs.org/" + full
        }
        if let document = adoptingDocuments[target.instrument] { return "https://undocs.org/" + document }
        if let series = target.treatySeries {
            return "/akn/un/doc/unts/\(series.volume)" + (series.numbers.first.map { "/\($0)" } ?? "")
        }
        return "/akn/un/doc/\(slug(target.instrument))" + article
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
