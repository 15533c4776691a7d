import CMemfd
import Glibc
import HTTPCore

/// An anonymous memory file (`memfd_create`) holding response bodies that never change, so that a
/// plain socket can send them with `sendfile(2)`: the kernel then references the file's pages
/// instead of copying the body out of our memory, as nginx does for static files.
///
/// Bodies are only appended (by ``BodyFileStore``, under its lock), never rewritten. The file is
/// sealed against shrinking from the start and against writes and growth once it is full, so a
/// region handed out always holds the bytes it was given. The descriptor closes when the last
/// region that refers to the file is gone (a data reload drops the old bodies, then their file).
final class BodyFile: BodyFileOwner, @unchecked Sendable {
    let descriptor: Int32
    private let capacity: Int
    /// Bytes written so far (changed only by `append`, which the store calls under its lock).
    private var size = 0

    init?(capacity: Int) {
        let fd = rights_memfd_create_sealable("rights-api-bodies")
        guard fd >= 0 else { return nil }
        guard rights_memfd_add_seals(fd, rights_seal_shrink()) == 0 else {
            Glibc.close(fd)
            return nil
        }
        descriptor = fd
        self.capacity = capacity
    }

    deinit { Glibc.close(descriptor) }

    /// Writes `bytes` at the end; nil when they do not fit or the write fails.
    func append(_ bytes: [UInt8]) -> BodyFileRegion? {
        guard size + bytes.count <= capacity else { return nil }
        let offset = size
        var done = 0
        while done < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                pwrite(descriptor, raw.baseAddress! + done, bytes.count - done, off_t(offset + done))
            }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return nil }
            done += written
        }
        size += bytes.count
        return BodyFileRegion(owner: self, offset: offset, count: bytes.count)
    }

    /// No more appends: forbid writes and growth from now on.
    func seal() {
        _ = rights_memfd_add_seals(descriptor, rights_seal_grow_and_write())
    }
}
