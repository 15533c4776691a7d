/// The one list convention of the API: `{"items": [...], "total": n}` (search adds paging members).
enum ListJSON {
    static func write<Element>(_ elements: [Element], into writer: inout JSONWriter,
                               element: (Element, inout JSONWriter) -> Void) {
        writer.beginObject()
        writer.key("items")
        writer.beginArray()
        for value in elements { element(value, &writer) }
        writer.endArray()
        writer.key("total"); writer.int(elements.count)
        writer.endObject()
    }
}
