import DocumentStore

/// Converts response texts to one script. Every text of the corpus is converted once at startup
/// (with DocumentStore's `ScriptConverter`, i.e. ICU's Hant-Hans transform) into an immutable
/// table, so request-time conversion of corpus texts is a dictionary lookup; texts that are not
/// in the table (search snippets, a query echo) are converted on demand.
struct TextConversion: Sendable {
    let script: Script
    let table: [String: String]

    init(script: Script, corpusTexts: Set<String>) {
        precondition(script != .original, "the original script needs no conversion")
        self.script = script
        var table: [String: String] = [:]
        table.reserveCapacity(corpusTexts.count)
        for text in corpusTexts where !TextConversion.isASCII(text) {
            table[text] = TextConversion.convertUncached(text, to: script)
        }
        self.table = table
    }

    func apply(_ text: String) -> String {
        if TextConversion.isASCII(text) { return text }
        if let converted = table[text] { return converted }
        return TextConversion.convertUncached(text, to: script)
    }

    static func convertUncached(_ text: String, to script: Script) -> String {
        switch script {
        case .original: text
        case .simplified: ScriptConverter.simplified(text)
        case .traditional: ScriptConverter.traditional(text)
        }
    }

    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }
}
