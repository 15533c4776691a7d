extension StaticTable {
    static var count: Int { entries.count }

    /// Entry `index` (1–61).
    static func field(at index: Int) -> HeaderField {
        let entry = entries[index - 1]
        return HeaderField(name: entry.name, value: entry.value)
    }

    /// Index of the first entry with this name and value, by name then value (the few names
    /// the table holds with values: `:method`, `:path`, `:scheme`, `:status`, `accept-encoding`).
    static let indexOfField: [String: [String: Int]] = {
        var map: [String: [String: Int]] = [:]
        for (offset, entry) in entries.enumerated() where !entry.value.isEmpty {
            if map[entry.name, default: [:]][entry.value] == nil { map[entry.name, default: [:]][entry.value] = offset + 1 }
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
