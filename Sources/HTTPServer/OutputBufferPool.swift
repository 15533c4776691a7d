/// One spare byte buffer per event loop, lent to whichever connection is queuing copied output and
/// returned when that output has been written: answering needs no allocation, and an idle
/// connection holds no buffer. Confined to its loop's thread.
final class OutputBufferPool {
    private var spare: [UInt8] = []
    /// Larger buffers are dropped when returned rather than kept for the next borrower.
    static let largestKeptBuffer = 1 << 20

    /// Swaps the spare buffer (empty, with capacity) into `buffer`, which must be empty.
    func lend(to buffer: inout [UInt8]) {
        swap(&buffer, &spare)
    }

    /// Takes `buffer` back (emptied; kept when it is the largest seen so far) and leaves `buffer` empty
    /// without capacity.
    func recycle(_ buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        if buffer.capacity > spare.capacity, buffer.capacity <= Self.largestKeptBuffer {
            swap(&buffer, &spare)
        }
        buffer = []
    }
}
