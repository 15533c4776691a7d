import Dispatch

/// `map` spread over the cores with `DispatchQueue.concurrentPerform`: used only at startup, to
/// render the precomputed bodies in parallel. Results keep the input order.
enum ConcurrentMap {
    static func map<Element, Result: Sendable>(_ elements: [Element], _ transform: (Element) -> Result) -> [Result] {
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: elements.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        elements.withUnsafeBufferPointer { input in
            // Each iteration writes only its own slot, so the iterations never share memory.
            nonisolated(unsafe) let output = results
            nonisolated(unsafe) let source = input
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let work = transform
                DispatchQueue.concurrentPerform(iterations: source.count) { index in
                    output[index] = work(source[index])
                }
            }
        }
        return results.compactMap { $0 }
    }
}
