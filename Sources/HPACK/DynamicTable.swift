/// The dynamic table (RFC 7541 §2.3.2, §4): newest entry first, evicting the oldest entries when
/// an insertion or a smaller maximum would push the size past `maxSize`.
struct DynamicTable: Sendable {
    private(set) var maxSize: Int
    private(set) var size = 0
    /// Oldest first; entries before `oldest` are evicted and waiting to be compacted away.
    private var storage: [HeaderField] = []
    private var oldest = 0

    init(maxSize: Int) { self.maxSize = maxSize }

    var count: Int { storage.count - oldest }

    /// Entry `index` counted from 1 = the newest.
    subscript(index: Int) -> HeaderField { storage[storage.count - index] }

    mutating func setMaxSize(_ newValue: Int) {
        maxSize = newValue
        evict(toFit: 0)
    }

    /// Adds a field; one larger than the whole table empties it and is not added (§4.4).
    mutating func insert(_ field: HeaderField) {
        let entrySize = field.size
        evict(toFit: entrySize)
        guard entrySize <= maxSize else { return }
        storage.append(field)
        size += entrySize
    }

    /// Index (1 = newest) of an entry with this name and value, and of one with this name.
    func find(name: String, value: String) -> (full: Int?, name: Int?) {
        var nameOnly: Int?
        var index = 1
        var position = storage.count - 1
        while position >= oldest {
            let entry = storage[position]
            if entry.name == name {
                if entry.value == value { return (index, index) }
                if nameOnly == nil { nameOnly = index }
            }
            index += 1
            position -= 1
        }
        return (nil, nameOnly)
    }

    private mutating func evict(toFit incoming: Int) {
        while size + incoming > maxSize, oldest < storage.count {
            size -= storage[oldest].size
            oldest += 1
        }
        if oldest > 32, oldest * 2 > storage.count {
            storage.removeFirst(oldest)
            oldest = 0
        }
        if oldest == storage.count, oldest > 0 {
            storage.removeAll(keepingCapacity: true)
            oldest = 0
        }
    }
}
