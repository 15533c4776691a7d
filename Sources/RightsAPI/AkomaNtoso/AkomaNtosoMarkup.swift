import DocumentStore

/// One inline annotation of a unit's text: a reference span or a footnote marker.
enum AkomaNtosoMarkup: Sendable, Equatable {
    /// `<ref href>` (one target) or `<rref from upTo>` (a run of targets) over `[start, end)`.
    case reference(start: Int, end: Int, link: Link)
    /// A footnote marker at `offset` (it follows the character before it).
    case note(offset: Int, number: Int)

    enum Link: Sendable, Equatable {
        case single(href: String)
        case range(from: String, upTo: String)
    }
}

/// Lays a text's annotations out as properly nested inline elements.
enum AkomaNtosoInline {
    /// One event at a position of the text.
    enum Event: Equatable {
        case text(String)
        case openReference(AkomaNtosoMarkup.Link)
        case closeReference
        case note(Int)
    }

    /// The events that render `text` with `markup`. Reference spans are sorted (outer first);
    /// a span that crosses one already open is left out (the reference is still listed in the
    /// JSON), so the output always nests. Spans outside the text are dropped.
    static func events(text: String, markup: [AkomaNtosoMarkup]) -> (events: [Event], dropped: Int) {
        let scalars = Array(text.unicodeScalars)
        var spans: [(start: Int, end: Int, link: AkomaNtosoMarkup.Link)] = []
        var notes: [(offset: Int, number: Int)] = []
        var dropped = 0
        for item in markup {
            switch item {
            case .reference(let start, let end, let link):
                if start >= 0, start < end, end <= scalars.count { spans.append((start, end, link)) } else { dropped += 1 }
            case .note(let offset, let number):
                notes.append((min(max(offset, 0), scalars.count), number))
            }
        }
        spans.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        notes.sort { $0.offset < $1.offset }
        var accepted: [(start: Int, end: Int, link: AkomaNtosoMarkup.Link)] = []
        var open: [Int] = []   // ends of the spans that enclose the current one
        for span in spans {
            while let last = open.last, last <= span.start { open.removeLast() }
            if let enclosing = open.last, span.end > enclosing { dropped += 1; continue }
            accepted.append(span)
            open.append(span.end)
        }

        var events: [Event] = []
        var stack: [Int] = []
        var nextSpan = 0, nextNote = 0
        var position = 0
        func flushText(upTo end: Int) {
            guard end > position else { return }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[position..<end])
            events.append(.text(String(view)))
            position = end
        }
        while position <= scalars.count {
            while let end = stack.last, end == position { events.append(.closeReference); stack.removeLast() }
            while nextNote < notes.count, notes[nextNote].offset == position { events.append(.note(notes[nextNote].number)); nextNote += 1 }
            while nextSpan < accepted.count, accepted[nextSpan].start == position {
                events.append(.openReference(accepted[nextSpan].link))
                stack.append(accepted[nextSpan].end)
                nextSpan += 1
            }
            if position == scalars.count { break }
            var boundary = scalars.count
            if let end = stack.last { boundary = min(boundary, end) }
            if nextNote < notes.count { boundary = min(boundary, notes[nextNote].offset) }
            if nextSpan < accepted.count { boundary = min(boundary, accepted[nextSpan].start) }
            flushText(upTo: boundary)
        }
        return (events, dropped)
    }
}
