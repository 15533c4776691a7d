/// The conversion for each script (`nil` for the original), built once at startup.
struct ScriptConversions: Sendable {
    let simplified: TextConversion
    let traditional: TextConversion

    init(corpusTexts: Set<String>) {
        simplified = TextConversion(script: .simplified, corpusTexts: corpusTexts)
        traditional = TextConversion(script: .traditional, corpusTexts: corpusTexts)
    }

    subscript(script: Script) -> TextConversion? {
        switch script {
        case .original: nil
        case .simplified: simplified
        case .traditional: traditional
        }
    }
}
