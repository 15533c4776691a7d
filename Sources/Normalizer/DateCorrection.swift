import DocumentStore

/// Puts the correct date into a `DocumentDate` whose printed form is a recorded `date` erratum.
///
/// The erratum is the one source of truth: its `printed` words are the date as printed, its `intended`
/// words the correct date in the same script. `date` becomes the intended date; `printedDate` keeps the
/// ISO form of the printed one and `note` the erratum's note, so the wrong value is never served unflagged.
enum DateCorrection {
    static func corrected(_ dates: [DocumentDate], errata: [Erratum]) throws(NormalizationError) -> [DocumentDate] {
        try dates.map { (date: DocumentDate) throws(NormalizationError) -> DocumentDate in
            guard let erratum = errata.first(where: { $0.kind == "date" && $0.printed == date.printed }) else { return date }
            guard let intended = PrintedDate.firstArabic(in: erratum.intended) ?? PrintedDate.firstChinese(in: erratum.intended),
                  intended.printed == erratum.intended
            else {
                throw NormalizationError(message: "date erratum \(erratum.eId): '\(erratum.intended)' is not a date")
            }
            return DocumentDate(
                kind: date.kind, date: intended.date, printed: date.printed, printedDate: date.date, note: erratum.note
            )
        }
    }
}
