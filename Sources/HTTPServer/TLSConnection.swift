import COpenSSL
import Glibc

/// One TLS session over a non-blocking socket, driven by the event loop: every call returns at
/// once with `wantRead`/`wantWrite` when it needs the socket to become ready.
///
/// Confined to its connection's event-loop thread. OpenSSL reads and writes the socket itself
/// (`SSL_set_fd`); SIGPIPE is ignored process-wide by the server, so a write to a closed peer
/// becomes an error, not a signal.
final class TLSConnection {
    private let ssl: OpaquePointer

    init?(context: TLSContext, fd: Int32) {
        ERR_clear_error()
        guard let ssl = SSL_new(context.context) else { return nil }
        self.ssl = ssl
        SSL_set_fd(ssl, fd)
        SSL_set_accept_state(ssl)
    }

    deinit { SSL_free(ssl) }

    func handshake() -> IOResult {
        ERR_clear_error()
        let status = SSL_do_handshake(ssl)
        return status == 1 ? .done(0) : classify(status)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> IOResult {
        ERR_clear_error()
        let count = SSL_read(ssl, buffer.baseAddress, Int32(min(buffer.count, Int(Int32.max))))
        return count > 0 ? .done(Int(count)) : classify(count)
    }

    func write(_ bytes: UnsafeRawBufferPointer) -> IOResult {
        ERR_clear_error()
        let count = SSL_write(ssl, bytes.baseAddress, Int32(min(bytes.count, Int(Int32.max))))
        return count > 0 ? .done(Int(count)) : classify(count)
    }

    /// Sends close_notify (once, best effort; the loop then half-closes the socket).
    func sendCloseNotify() {
        ERR_clear_error()
        _ = SSL_shutdown(ssl)
        ERR_clear_error()
    }

    /// The protocol ALPN selected (`h2`, `http/1.1`), or nil when the client offered none the
    /// server speaks (or no ALPN at all). Meaningful once the handshake is done.
    var negotiatedProtocol: String? {
        var data: UnsafePointer<UInt8>?
        var length: UInt32 = 0
        SSL_get0_alpn_selected(ssl, &data, &length)
        guard let data, length > 0 else { return nil }
        return String(decoding: UnsafeBufferPointer(start: data, count: Int(length)), as: UTF8.self)
    }

    private func classify(_ status: Int32) -> IOResult {
        let code = SSL_get_error(ssl, status)
        switch code {
        case SSL_ERROR_WANT_READ: return .wantRead
        case SSL_ERROR_WANT_WRITE: return .wantWrite
        case SSL_ERROR_ZERO_RETURN: return .closed
        case SSL_ERROR_SYSCALL:
            let systemError = errno
            let queued = TLSError.drainQueue()
            if queued.isEmpty && (systemError == 0 || systemError == ECONNRESET || systemError == EPIPE) { return .closed }
            return .failed(queued.isEmpty ? String(cString: strerror(systemError)) : queued.joined(separator: "; "))
        default:
            let queued = TLSError.drainQueue()
            return .failed(queued.isEmpty ? "SSL error \(code)" : queued.joined(separator: "; "))
        }
    }
}
