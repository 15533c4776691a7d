/// Builds the ready-to-paste citation strings.
///
/// The Covenant (a treaty, Traditional Chinese): `ICCPR art. 14(3)(g)` / `公民與政治權利國際公約第十四條第三項第七款`
/// (條/項/款/目 = article/paragraph/item/sub-item, items as letters, sub-items as roman numerals:
/// `ICCPR art. 8(2)(c)(i)` / `…第八條第二項第三款第一目`); recitals `ICCPR preamble, para. 2` /
/// `…前文第二段`.
/// The resolution (Simplified Chinese): operative paragraphs `A/RES/62/148, para. 10` /
/// `大会第62/148号决议第10段`; recitals `A/RES/62/148, preambular para. 3` / `大会第62/148号决议序言部分第3段`;
/// footnotes `A/RES/62/148, fn. 5` / `大会第62/148号决议脚注5`.
/// Other lines: `<symbol>, heading, line n` (preface), `<symbol>, formula` and `<symbol>, closing, line n`
/// (conclusions), with Chinese `标题第n行` / `套语` / `结尾第n行` in the document's script.
/// Recitals, preface lines, formulas and closing lines are numbered by their position among the
/// units of the same type in the document.
///
/// Numbers are the official ones of the authentic text (``UnitAliasTable``, ``OfficialNumbering``):
/// the printed 8(2)(a) is cited `ICCPR art. 8(3)(a)` / `…第八條第三項第一款`, the printed 52(1)
/// `ICCPR art. 52(a)` / `…第五十二條第一款`, the printed 25(1) `ICCPR art. 25, chapeau` /
/// `…第二十五條序文`, the Covenant's first printed recital `ICCPR preamble, paras. 1–3` /
/// `…前文第一段至第三段`. Such units also carry their printed position (`printed`: `ICCPR art.
/// 8(2)(a)`, `ICCPR preamble, recital 1 as printed` / `…前文印本第一段`).
struct CitationFormatter: Sendable {
    private let documents: [String: CorpusDocument]
    /// eId → 1-based position among the top-level units of the same type, per document.
    private let positions: [String: [String: Int]]
    private let typeCounts: [String: [UnitType: Int]]
    /// (English, Chinese) names per document id, computed once.
    private let names: [String: (english: String, chinese: String)]
    private let aliases: UnitAliasTable

    init(documents: [CorpusDocument], aliases: UnitAliasTable) {
        self.aliases = aliases
        var byID: [String: CorpusDocument] = [:]
        var positions: [String: [String: Int]] = [:]
        var typeCounts: [String: [UnitType: Int]] = [:]
        for document in documents {
            byID[document.id] = document
            var counts: [UnitType: Int] = [:]
            var own: [String: Int] = [:]
            for unit in document.units {
                counts[unit.type, default: 0] += 1
                own[unit.eId] = counts[unit.type]
            }
            positions[document.id] = own
            typeCounts[document.id] = counts
        }
        self.documents = byID
        self.positions = positions
        self.typeCounts = typeCounts
        names = byID.mapValues { (Self.englishName($0), Self.chineseName($0)) }
    }

    /// The English name used in citations: the document's symbol (`ICCPR`, `A/RES/62/148`).
    static func englishName(_ document: CorpusDocument) -> String { document.symbol }

    /// `公民與政治權利國際公約` (title without a parenthesised English part) or `大会第62/148号决议`.
    static func chineseName(_ document: CorpusDocument) -> String {
        switch document.kind {
        case .resolution:
            return "大会第\(resolutionNumber(document.symbol))号决议"
        case .treaty:
            let title = document.title.prefix { $0 != "(" && $0 != "（" }
            return title.isEmpty ? document.symbol : String(title)
        }
    }

    /// `A/RES/62/148` → `62/148`.
    static func resolutionNumber(_ symbol: String) -> String {
        symbol.hasPrefix("A/RES/") ? String(symbol.dropFirst(6)) : symbol
    }

    func citation(for record: UnitRecord, units: UnitIndex) -> UnitCitation {
        guard let document = documents[record.document] else {
            return UnitCitation(english: record.unit.eId, chinese: record.unit.eId)
        }
        let (english, chinese) = names[document.id] ?? (Self.englishName(document), Self.chineseName(document))
        let traditional = document.language == "zh-Hant"
        let position = positions[document.id]?[record.unit.eId]
        switch record.unit.type {
        case .article, .item, .subitem:
            return provisionCitation(record, document: document, units: units)
        case .paragraph where !record.ancestors.isEmpty:
            return provisionCitation(record, document: document, units: units)
        case .recital where !aliases.preambleGroups(document: document.id).isEmpty:
            let groups = aliases.preambleGroups(document: document.id)
            let index = groups.firstIndex { $0.eId == record.unit.eId } ?? 0
            let paragraphs = groups[index].paragraphs
            let numeral = { (n: Int) in ChineseNumerals.string(for: max(n, 1)) }
            let official = paragraphs.count == 1
                ? UnitCitation(english: "\(english) preamble, para. \(paragraphs.lowerBound)", chinese: "\(chinese)前文第\(numeral(paragraphs.lowerBound))段")
                : UnitCitation(english: "\(english) preamble, paras. \(paragraphs.lowerBound)–\(paragraphs.upperBound)",
                               chinese: "\(chinese)前文第\(numeral(paragraphs.lowerBound))段至第\(numeral(paragraphs.upperBound))段")
            return UnitCitation(english: official.english, chinese: official.chinese, printed: PrintedCitation(
                english: "\(english) preamble, recital \(index + 1) as printed", chinese: "\(chinese)前文印本第\(numeral(index + 1))段"))
        case .paragraph:
            let number = record.unit.ordinal ?? position ?? 0
            return UnitCitation(english: "\(english), para. \(number)", chinese: "\(chinese)第\(number)段")
        case .recital:
            let number = position ?? record.unit.ordinal ?? 0
            if document.kind == .treaty {
                return UnitCitation(
                    english: "\(english) preamble, para. \(number)",
                    chinese: "\(chinese)前文第\(ChineseNumerals.string(for: max(number, 1)))段")
            }
            return UnitCitation(english: "\(english), preambular para. \(number)", chinese: "\(chinese)序言部分第\(number)段")
        case .preface:
            let number = position ?? 1
            return UnitCitation(english: "\(english), heading, line \(number)", chinese: "\(chinese)\(traditional ? "標題" : "标题")第\(number)行")
        case .formula:
            let several = (typeCounts[document.id]?[.formula] ?? 1) > 1
            let number = position ?? 1
            return UnitCitation(
                english: several ? "\(english), formula \(number)" : "\(english), formula",
                chinese: "\(chinese)\(traditional ? "套語" : "套语")" + (several ? "第\(number)句" : ""))
        case .conclusion:
            let number = position ?? 1
            return UnitCitation(english: "\(english), closing, line \(number)", chinese: "\(chinese)\(traditional ? "結尾" : "结尾")第\(number)行")
        }
    }

    func citation(forFootnote footnote: Footnote, in document: CorpusDocument) -> UnitCitation {
        let (english, chinese) = names[document.id] ?? (Self.englishName(document), Self.chineseName(document))
        return UnitCitation(
            english: "\(english), fn. \(footnote.number)",
            chinese: "\(chinese)\(document.language == "zh-Hant" ? "註" : "脚注")\(footnote.number)")
    }

    /// Article / paragraph / item / sub-item chain of a Covenant unit (or a nested unit of any
    /// document), in the official numbering, with the printed position when it differs.
    private func provisionCitation(_ record: UnitRecord, document: CorpusDocument, units: UnitIndex) -> UnitCitation {
        let (english, chinese) = names[document.id] ?? (Self.englishName(document), Self.chineseName(document))
        guard let printedAddress = aliases.address(document: document.id, eId: record.unit.eId) else {
            return UnitCitation(english: record.unit.eId, chinese: record.unit.eId)
        }
        let levels = { (address: UnitAddress) in address.steps.map { (type: $0.type, number: $0.number) } }
        let printed = Self.provisionCitation(document: document, english: english, chinese: chinese, levels: levels(printedAddress))
        if let provision = aliases.chapeauOf(document: document.id, eId: record.unit.eId) {
            let whole = Self.provisionCitation(document: document, english: english, chinese: chinese, levels: levels(provision))
            return UnitCitation(english: whole.english + ", chapeau", chinese: whole.chinese + Self.chapeauWord,
                                printed: PrintedCitation(english: printed.english, chinese: printed.chinese))
        }
        guard let officialAddress = aliases.officialAddress(document: document.id, eId: record.unit.eId),
              officialAddress != printedAddress else { return printed }
        let official = Self.provisionCitation(document: document, english: english, chinese: chinese, levels: levels(officialAddress))
        return UnitCitation(english: official.english, chinese: official.chinese,
                            printed: PrintedCitation(english: printed.english, chinese: printed.chinese))
    }

    /// The word after a provision that names its opening words (chapeau): `第二十五條序文`.
    static let chapeauWord = "序文"

    /// `ICCPR art. 14(3)(g)` / `公民與政治權利國際公約第十四條第三項第七款` from numbered levels.
    static func provisionCitation(document: CorpusDocument, english: String, chinese: String, levels: [(type: UnitType, number: Int)]) -> UnitCitation {
        var english = english
        var chinese = chinese
        let traditional = document.language == "zh-Hant"
        for (index, level) in levels.enumerated() {
            let numeral = level.number > 0 && level.number < 1000 ? ChineseNumerals.string(for: level.number) : String(level.number)
            switch level.type {
            case .article:
                english += " art. \(level.number)"
                chinese += "第\(numeral)\(traditional ? "條" : "条")"
            case .paragraph:
                english += index == 0 ? ", para. \(level.number)" : "(\(level.number))"
                chinese += traditional ? "第\(numeral)項" : "第\(numeral)款"
            case .item:
                english += "(\(CitationNumbering.letter(level.number)))"
                chinese += traditional ? "第\(numeral)款" : "第\(numeral)项"
            case .subitem:
                english += "(\(CitationNumbering.roman(level.number)))"
                chinese += "第\(numeral)目"
            default:
                english += " \(level.number)"
                chinese += "第\(numeral)"
            }
        }
        return UnitCitation(english: english, chinese: chinese)
    }
}
