extension StaticTable {
    static var count: Int { entries.count }

    /// Entry `index` (1–61).
    static func field(at index: Int) -> HeaderField {
        let entry = entries[index - 1]
        return HeaderField(name: entry.name, value: entry.value)
    }

    /// What the encoder needs to know about one name, found with one hash of it.
    struct NameEntry: Sendable {
        /// Index of the first static entry with this name, or nil.
        var nameIndex: Int?
        /// The static entries with this name and a value (`:method`, `:path`, `:scheme`,
        /// `:status`, `accept-encoding`): value and index, first occurrence only.
        var values: [(value: String, index: Int)] = []
        /// Sent without indexing (`HPACKEncoder.unindexedNames`).
        var unindexed = false

        /// Index of the static entry with this value, or nil.
        func index(ofValue value: String) -> Int? {
            for entry in values where entry.value == value { return entry.index }
            return nil
        }
    }

    /// Static entries and the encoder's indexing choice by name (names in neither are absent).
    static let byName: [String: NameEntry] = {
        var map: [String: NameEntry] = [:]
        for (offset, entry) in entries.enumerated() {
            var known = map[entry.name] ?? NameEntry()
            if known.nameIndex == nil { known.nameIndex = offset + 1 }
            if !entry.value.isEmpty, known.index(ofValue: entry.value) == nil { known.values.append((entry.value, offset + 1)) }
            map[entry.name] = known
        }
        for name in HPACKEncoder.unindexedNames { map[name, default: NameEntry()].unindexed = true }
        return map
    }()
}
