import DocumentStore

/// Reads one unit of the resolution left to right and reports its references outside the corpus.
///
/// - `《禁止酷刑…公约》` and its short title `《公约》` are the Convention against Torture (`CAT`);
///   every title is a mention of the Convention (no article); an article named after the title in the
///   same clause (`《公约》第一条`, `《公约》关于…来文的第二十一条和第二十二条`) is also reported, per
///   article, with the article number.
/// - `《禁止酷刑…公约任择议定书》` and the short `任择议定书` are the Optional Protocol (`OP-CAT`).
/// - `第61/177号决议` is a General Assembly resolution; the span is the number (`61/177`).
/// - `A/62/439/Add.1` is a UN document symbol.
/// Other instruments the text names (the Geneva Conventions, the Rome Statute, the Convention on
/// enforced disappearance, the Istanbul Principles, …) are found by `NamedInstruments`.
struct ResolutionReferenceScanner {
    let text: ScalarText
    /// The document's own symbol (`A/RES/62/148`): its number in the title block is not a reference.
    let ownSymbol: String
    /// The instrument whose articles a following `第N条` names (set by the last title read).
    private var articleInstrument: String?

    init(text: ScalarText, ownSymbol: String) {
        self.text = text
        self.ownSymbol = ownSymbol
    }

    private static let optionalProtocolNames = ["任择议定书", "任擇議定書"]

    mutating func scan() -> [FoundReference] {
        var found: [FoundReference] = []
        var position = 0
        while position < text.count {
            if text.has("《", at: position) {
                let (reference, end) = title(at: position)
                if let reference { found.append(reference) }
                position = end
            } else if let reference = conventionArticle(at: position) ?? optionalProtocolShortName(at: position)
                        ?? resolution(at: position) ?? documentSymbol(at: position) {
                found.append(reference)
                position = reference.end
            } else {
                position += 1
            }
        }
        return found
    }

    // MARK: Titles

    /// A `《…》` title at `start`: the reference it makes (if any) and the index past `》`.
    private mutating func title(at start: Int) -> (FoundReference?, Int) {
        var end = start + 1
        while end < text.count, text.scalars[end] != "》" { end += 1 }
        guard end < text.count else { return (nil, start + 1) }
        let name = text.slice(start + 1, end)
        let afterTitle = end + 1
        let instrument = Self.instrument(named: name)
        articleInstrument = instrument == "CAT" ? instrument : nil
        guard let instrument else { return (nil, afterTitle) }
        let reference = FoundReference(
            start: start, end: afterTitle, type: .external, targets: [],
            external: ExternalTarget(instrument: instrument)
        )
        return (reference, afterTitle)
    }

    /// `CAT`, `OP-CAT`, or nil for a title that is neither.
    static func instrument(named name: String) -> String? {
        let namesTorture = name.contains("禁止酷刑")
        if namesTorture, optionalProtocolNames.contains(where: { name.hasSuffix($0) }) { return "OP-CAT" }
        if name == "公约" || name == "公約" { return "CAT" }
        if namesTorture, name.hasSuffix("公约") || name.hasSuffix("公約") { return "CAT" }
        return nil
    }

    // MARK: Articles of the Convention

    private func conventionArticle(at start: Int) -> FoundReference? {
        guard let instrument = articleInstrument, let article = articleNumber(at: start) else { return nil }
        return FoundReference(
            start: start, end: article.end, type: .external, targets: [],
            external: ExternalTarget(instrument: instrument, article: article.value)
        )
    }

    /// `第N条` / `第N條` at `start`.
    private func articleNumber(at start: Int) -> (value: Int, end: Int)? {
        guard text.has("第", at: start), let numeral = text.chineseNumeral(at: start + 1),
              text.has("条", at: numeral.end) || text.has("條", at: numeral.end) else { return nil }
        return (numeral.value, numeral.end + 1)
    }

    // MARK: The Optional Protocol by its short name

    private func optionalProtocolShortName(at start: Int) -> FoundReference? {
        guard let name = text.firstOf(Self.optionalProtocolNames, at: start) else { return nil }
        return FoundReference(
            start: start, end: name.end, type: .external, targets: [],
            external: ExternalTarget(instrument: "OP-CAT")
        )
    }

    // MARK: Resolutions

    /// `第61/177号决议` (spaces allowed around the number): the span is `61/177`.
    private func resolution(at start: Int) -> FoundReference? {
        guard text.has("第", at: start) else { return nil }
        let numberStart = text.skippingSpaces(from: start + 1)
        guard let session = text.arabicNumber(at: numberStart), text.has("/", at: session.end),
              let number = text.arabicNumber(at: session.end + 1) else { return nil }
        let afterNumber = text.skippingSpaces(from: number.end)
        guard text.has("号", at: afterNumber) || text.has("號", at: afterNumber) else { return nil }
        let symbol = "\(session.text)/\(number.text)"
        guard !ownSymbol.hasSuffix("/" + symbol) else { return nil }
        return FoundReference(
            start: numberStart, end: number.end, type: .external, targets: [],
            external: ExternalTarget(instrument: "GA resolution", symbol: symbol)
        )
    }

    // MARK: UN document symbols

    /// `A/62/439/Add.1`: capital letters, then one or more `/`-separated parts of letters, digits and dots.
    private func documentSymbol(at start: Int) -> FoundReference? {
        guard let length = UNSymbol.length(in: text.scalars, at: start) else { return nil }
        let symbol = text.slice(start, start + length)
        guard symbol != ownSymbol else { return nil }
        return FoundReference(
            start: start, end: start + length, type: .external, targets: [],
            external: ExternalTarget(instrument: "UN document", symbol: symbol)
        )
    }
}

/// United Nations document symbols (`A/62/439/Add.1`, `E/CN.4/2005/102/Add.1`, `A/62/44`).
enum UNSymbol {
    /// The length in scalars of the symbol starting at `start`, or nil when none starts there.
    static func length(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        func isUpper(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }
        func isPart(_ scalar: Unicode.Scalar) -> Bool {
            ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "."
        }
        guard start < scalars.count, isUpper(scalars[start]) else { return nil }
        if start > 0, isPart(scalars[start - 1]) || scalars[start - 1] == "/" { return nil }
        var end = start
        while end < scalars.count, isUpper(scalars[end]) { end += 1 }
        var parts = 0
        while end + 1 < scalars.count, scalars[end] == "/", isPart(scalars[end + 1]) {
            end += 1
            while end < scalars.count, isPart(scalars[end]) { end += 1 }
            parts += 1
        }
        while end > start, scalars[end - 1] == "." { end -= 1 }
        return parts > 0 ? end - start : nil
    }

    /// Every symbol in `text`, in order.
    static func all(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var symbols: [String] = []
        var position = 0
        while position < scalars.count {
            if let length = length(in: scalars, at: position) {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[position..<(position + length)])
                symbols.append(String(view))
                position += length
            } else {
                position += 1
            }
        }
        return symbols
    }
}
