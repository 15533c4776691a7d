extension StaticTable {
    static var count: Int { entries.count }

    /// Entry `index` (1–61).
    static func field(at index: Int) -> HeaderField {
        let entry = entries[index - 1]
        return HeaderField(name: entry.name, value: entry.value)
    }

    /// Index of the first entry with this name and value.
    static let indexOfField: [String: Int] = {
        var map: [String: Int] = [:]
        for (offset, entry) in entries.enumerated() where !entry.value.isEmpty {
            let key = entry.name + "\u{0}" + entry.value
            if map[key] == nil { map[key] = offset + 1 }
        }
        return map
    }()

    /// Index of the first entry with this name.
    static let indexOfName: [String: Int] = {
        var map: [String: Int] = [:]
        for (offset, entry) in entries.enumerated() where map[entry.name] == nil { map[entry.name] = offset + 1 }
        return map
    }()
}
