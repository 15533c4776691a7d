import Foundation

/// Converts Chinese text between Traditional and Simplified script with ICU's `Hant-Hans`
/// transform (Foundation's `applyingTransform`, which works on Linux), after the phrase-level
/// corrections of ``ScriptPhraseOverrides``: an override phrase is replaced verbatim and only the
/// text between override phrases goes through ICU.
///
/// Nothing is cached: each call runs the transform. Callers that convert the same text often
/// (the search index, precomputed response bodies) convert once and keep the result.
public enum ScriptConverter {
    private static let transform = StringTransform("Hant-Hans")

    /// `公民與政治權利國際公約` → `公民与政治权利国际公约`. Text without Traditional characters comes back unchanged.
    public static func simplified(_ text: String) -> String {
        convert(text, overrides: ScriptPhraseOverrides.toSimplified) { $0.applyingTransform(transform, reverse: false) ?? $0 }
    }

    /// `公民与政治权利国际公约` → `公民與政治權利國際公約`. One-to-many mappings take ICU's default
    /// choice unless ``ScriptPhraseOverrides`` names the phrase.
    public static func traditional(_ text: String) -> String {
        convert(text, overrides: ScriptPhraseOverrides.toTraditional) { $0.applyingTransform(transform, reverse: true) ?? $0 }
    }

    private static func convert(_ text: String, overrides: [(phrase: String, replacement: String)],
                                characters: (String) -> String) -> String {
        guard overrides.contains(where: { text.contains($0.phrase) }) else { return characters(text) }
        var output = ""
        var pending = Substring.UnicodeScalarView()
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if let match = overrides.first(where: { scalars[index...].starts(with: $0.phrase.unicodeScalars) }) {
                if !pending.isEmpty { output += characters(String(pending)) }
                pending = Substring.UnicodeScalarView()
                output += match.replacement
                index = scalars.index(index, offsetBy: match.phrase.unicodeScalars.count)
            } else {
                pending.append(scalars[index])
                index = scalars.index(after: index)
            }
        }
        if !pending.isEmpty { output += characters(String(pending)) }
        return output
    }
}
