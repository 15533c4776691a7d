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
struct CitationFormatter: Sendable {
    private let documents: [String: CorpusDocument]
    /// eId → 1-based position among the top-level units of the same type, per document.
    private let positions: [String: [String: Int]]
    private let typeCounts: [String: [UnitType: Int]]
    /// (English, Chinese) names per document id, computed once.
    private let names: [String: (english: String, chinese: String)]

    init(documents: [CorpusDocument]) {
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

    /// Article / paragraph / item / sub-item chain of a Covenant unit (or a nested unit of any document).
    private func provisionCitation(_ record: UnitRecord, document: CorpusDocument, units: UnitIndex) -> UnitCitation {
        var chain: [Unit] = record.ancestors.compactMap { units.record(document: record.document, eId: $0)?.unit }
        chain.append(record.unit)
        var levels: [(type: UnitType, number: Int)] = []
        for unit in chain {
            let number = unit.ordinal ?? positionAmongSiblings(unit, chain: chain, units: units, document: record.document)
            levels.append((unit.type, number))
        }
        let (english, chinese) = names[document.id] ?? (Self.englishName(document), Self.chineseName(document))
        return Self.provisionCitation(document: document, english: english, chinese: chinese, levels: levels)
    }

    private func positionAmongSiblings(_ unit: Unit, chain: [Unit], units: UnitIndex, document: String) -> Int {
        guard let index = chain.firstIndex(where: { $0.eId == unit.eId }) else { return 0 }
        let siblings = index == 0 ? (documents[document]?.units ?? []) : chain[index - 1].children
        let sameType = siblings.filter { $0.type == unit.type }
        return (sameType.firstIndex { $0.eId == unit.eId } ?? 0) + 1
    }

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
