import Foundation

/// Converts Chinese text between Traditional and Simplified script with ICU's `Hant-Hans`
/// transform (Foundation's `applyingTransform`, which works on Linux).
///
/// Nothing is cached: each call runs the transform. Callers that convert the same text often
/// (the search index, precomputed response bodies) convert once and keep the result.
public enum ScriptConverter {
    private static let transform = StringTransform("Hant-Hans")

    /// `公民與政治權利國際公約` → `公民与政治权利国际公约`. Text without Traditional characters comes back unchanged.
    public static func simplified(_ text: String) -> String {
        text.applyingTransform(transform, reverse: false) ?? text
    }

    /// `公民与政治权利国际公约` → `公民與政治權利國際公約`. One-to-many mappings take ICU's default choice.
    public static func traditional(_ text: String) -> String {
        text.applyingTransform(transform, reverse: true) ?? text
    }
}
