/// Where the authentic text numbers provisions differently from the printed source: the one
/// curated list of those differences. eIds and the printed tree keep the source's structure;
/// citations use the authentic numbering (UN Treaty Series vol. 999, p. 171, English text, read
/// by hand against `Data/sources/iccpr.zh-Hant.txt`):
///
/// - **Art. 8.** The authentic text has three paragraphs: 1 slavery, 2 servitude, 3 forced
///   labour with items (a)–(c) and (c)(i)–(iv). The source prints paragraph 3's items as items
///   (一)–(三) of paragraph 二 (`任何人不得使充奴工。` is paragraph 2's whole text), so the printed
///   8(2)(a)–(c) are officially 8(3)(a)–(c).
/// - **Art. 25.** The authentic article is a single sentence with items (a)–(c) and no
///   paragraph number; the source numbers its opening words `一、`. The printed 25(1) is the
///   chapeau of art. 25, and the printed 25(1)(a)–(c) are officially 25(a)–(c).
/// - **Art. 52.** The authentic article lists its particulars as (a) and (b); the source numbers
///   them `一、` and `二、`, so the printed 52(1) and 52(2) are officially 52(a) and 52(b).
/// - **Preamble.** The authentic preamble has five paragraphs (Considering…, Recognizing…,
///   Recognizing…, Considering…, Realizing…); the source prints them as two recitals:
///   paragraphs 1–3 in the first (鑑於…確認…確認…), paragraphs 4–5 in the second (鑑於…明認…).
enum OfficialNumbering {
    /// Units of `printedType` directly under `printedParent` are, in the authentic text, units
    /// of `officialType` under `officialParent` with the same number (and their descendants move
    /// with them).
    struct Move: Sendable {
        let printedParent: [UnitAddress.Step]
        let printedType: UnitType
        let officialParent: [UnitAddress.Step]
        let officialType: UnitType
    }

    /// The printed unit at `printed` holds the opening words (chapeau) of the authentic `official`
    /// provision and has no number of its own there.
    struct Chapeau: Sendable {
        let printed: [UnitAddress.Step]
        let official: [UnitAddress.Step]
    }

    struct Rules: Sendable {
        var moves: [Move] = []
        var chapeaus: [Chapeau] = []
        /// The authentic preamble paragraphs each printed recital holds, by recital position.
        var preambleGroups: [ClosedRange<Int>] = []
    }

    /// Rules by document id.
    static let rules: [String: Rules] = [
        "iccpr": Rules(
            moves: [
                Move(printedParent: [.init(.article, 8), .init(.paragraph, 2)], printedType: .item,
                     officialParent: [.init(.article, 8), .init(.paragraph, 3)], officialType: .item),
                Move(printedParent: [.init(.article, 25), .init(.paragraph, 1)], printedType: .item,
                     officialParent: [.init(.article, 25)], officialType: .item),
                Move(printedParent: [.init(.article, 52)], printedType: .paragraph,
                     officialParent: [.init(.article, 52)], officialType: .item),
            ],
            chapeaus: [Chapeau(printed: [.init(.article, 25), .init(.paragraph, 1)], official: [.init(.article, 25)])],
            preambleGroups: [1...3, 4...5]
        ),
    ]

    /// The authentic address of the printed `address`, or nil when it has none of its own (a
    /// chapeau, or a recital of a preamble the source groups differently).
    static func official(_ address: UnitAddress) -> UnitAddress? {
        guard let rules = rules[address.document] else { return address }
        if rules.chapeaus.contains(where: { $0.printed == address.steps }) { return nil }
        if !rules.preambleGroups.isEmpty, address.steps.first?.type == .recital { return nil }
        for move in rules.moves where address.steps.count > move.printedParent.count {
            let prefix = Array(address.steps.prefix(move.printedParent.count))
            let step = address.steps[move.printedParent.count]
            guard prefix == move.printedParent, step.type == move.printedType else { continue }
            let rest = address.steps.dropFirst(move.printedParent.count + 1)
            return UnitAddress(document: address.document,
                               steps: move.officialParent + [.init(move.officialType, step.number)] + rest)
        }
        return address
    }

    /// The authentic provision whose opening words the printed `address` holds, if it is a chapeau.
    static func chapeau(of address: UnitAddress) -> UnitAddress? {
        rules[address.document]?.chapeaus.first { $0.printed == address.steps }
            .map { UnitAddress(document: address.document, steps: $0.official) }
    }

    static func preambleGroups(document: String) -> [ClosedRange<Int>] {
        rules[document]?.preambleGroups ?? []
    }
}
