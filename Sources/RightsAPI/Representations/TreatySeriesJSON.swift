import DocumentStore

/// A United Nations Treaty Series citation, `{"volume": 1465, "numbers": [24841]}`, or `null`:
/// one writer for footnote citations and external references.
enum TreatySeriesJSON {
    static func write(_ series: TreatySeriesCitation?, into writer: inout JSONWriter) {
        guard let series else {
            writer.null()
            return
        }
        writer.beginObject()
        writer.key("volume"); writer.int(series.volume)
        writer.key("numbers")
        writer.beginArray()
        for number in series.numbers { writer.int(number) }
        writer.endArray()
        writer.endObject()
    }
}
