import DocumentStore

/// An instrument outside the corpus that a text names in words: its stable code, its English name,
/// and the spellings (clean text) under which the sources name it.
struct NamedInstrument {
    let code: String
    let name: String
    let spellings: [String]
}

/// The one table of instruments the two texts name (codes and English names), and the scanner that
/// finds them in a unit's text. See `Data/NORMALIZATION.md` ("References").
enum NamedInstruments {
    static let cat = NamedInstrument(
        code: "CAT", name: "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", spellings: [])
    static let opcat = NamedInstrument(
        code: "OP-CAT", name: "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
        spellings: [])

    /// Instruments the resolution names besides the Convention against Torture and its Protocol
    /// (which `ResolutionReferenceScanner` reads, with their articles).
    static let resolution: [NamedInstrument] = [
        NamedInstrument(code: "Geneva Conventions", name: "Geneva Conventions of 12 August 1949", spellings: ["1949年日内瓦四公约"]),
        NamedInstrument(code: "ICTY Statute", name: "Statute of the International Tribunal for the Former Yugoslavia",
                        spellings: ["前南斯拉夫问题国际法庭规约"]),
        NamedInstrument(
            code: "ICTR Statute", name: "Statute of the International Criminal Tribunal for Rwanda",
            spellings: ["起诉应对1994年1月1日至12月31日期间在卢旺达境内的种族灭绝和其他严重违反国际人道主义法行为负责者和应对这一期间邻国境内种族灭绝和其他这类违法行为负责的卢旺达公民的国际刑事法庭规约"]),
        NamedInstrument(code: "Rome Statute", name: "Rome Statute of the International Criminal Court", spellings: ["《国际刑事法院罗马规约》"]),
        NamedInstrument(code: "ICPPED", name: "International Convention for the Protection of All Persons from Enforced Disappearance",
                        spellings: ["《保护所有人免遭强迫失踪国际公约》"]),
        NamedInstrument(
            code: "Istanbul Principles",
            name: "Principles on the Effective Investigation and Documentation of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (Istanbul Principles)",
            spellings: ["《有效调查和记录酷刑和其他残忍、不人道或有辱人格待遇或处罚的原则》", "《伊斯坦布尔原则》"]),
        NamedInstrument(
            code: "Impunity Principles",
            name: "Updated Set of principles for the protection and promotion of human rights through action to combat impunity",
            spellings: ["通过打击有罪不罚保护人权的增订原则"]),
        NamedInstrument(
            code: "Body of Principles",
            name: "Body of Principles for the Protection of All Persons under Any Form of Detention or Imprisonment",
            spellings: ["关于保护所有遭受任何形式羁押或监禁的人的原则"]),
    ]

    /// Instruments the Covenant names.
    static let covenant: [NamedInstrument] = [
        NamedInstrument(code: "UN Charter", name: "Charter of the United Nations", spellings: ["聯合國憲章"]),
        NamedInstrument(code: "UDHR", name: "Universal Declaration of Human Rights", spellings: ["世界人權宣言"]),
        NamedInstrument(code: "Genocide Convention", name: "Convention on the Prevention and Punishment of the Crime of Genocide",
                        spellings: ["防止及懲治殘害人群罪公約"]),
        NamedInstrument(
            code: "ILO Convention No. 87",
            name: "Freedom of Association and Protection of the Right to Organise Convention, 1948 (ILO Convention No. 87)",
            spellings: ["關於結社自由及保障組織權利之國際勞工組織一九四八年公約"]),
        NamedInstrument(code: "UN Privileges and Immunities Convention", name: "Convention on the Privileges and Immunities of the United Nations",
                        spellings: ["聯合國特權豁免公約"]),
        NamedInstrument(code: "ICJ Statute", name: "Statute of the International Court of Justice", spellings: ["國際法院規約"]),
    ]

    /// English name by code, for every instrument the references name (filled into `ExternalTarget.name`).
    static let englishNames: [String: String] = {
        var names: [String: String] = [:]
        for instrument in [cat, opcat] + resolution + covenant { names[instrument.code] = instrument.name }
        return names
    }()

    /// `该公约` / `該公約`: "that convention", the instrument named last in the same unit.
    private static let anaphora = ["该公约", "該公約"]

    /// Every mention of an instrument of `table` in `text`, left to right, longest spelling first at
    /// each position; then `该公约` after a mention in the same unit, as a mention of that instrument.
    static func scan(_ text: ScalarText, table: [NamedInstrument]) -> [FoundReference] {
        let spellings = table.flatMap { instrument in instrument.spellings.map { ($0, instrument) } }
            .sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
        var found: [FoundReference] = []
        var last: NamedInstrument?
        var position = 0
        while position < text.count {
            if let (spelling, instrument) = spellings.first(where: { text.has($0.0, at: position) }) {
                let end = position + spelling.unicodeScalars.count
                found.append(reference(instrument, start: position, end: end))
                last = instrument
                position = end
            } else if let last, let word = text.firstOf(anaphora, at: position) {
                found.append(reference(last, start: position, end: word.end))
                position = word.end
            } else {
                position += 1
            }
        }
        return found
    }

    private static func reference(_ instrument: NamedInstrument, start: Int, end: Int) -> FoundReference {
        FoundReference(
            start: start, end: end, type: .external, targets: [],
            external: ExternalTarget(instrument: instrument.code, name: instrument.name)
        )
    }
}
