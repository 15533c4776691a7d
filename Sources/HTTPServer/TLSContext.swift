import COpenSSL
import Glibc

/// The server's TLS settings, built once at startup: an OpenSSL `SSL_CTX` with the certificate
/// and key loaded and checked, TLS 1.2–1.3, forward-secret AEAD ciphers, server cipher order,
/// ALPN `h2` then `http/1.1`, no compression, no renegotiation, session tickets on, read-ahead.
///
/// `@unchecked Sendable`: after `init` the context is never modified, and OpenSSL allows one
/// `SSL_CTX` to create connections (`SSL_new`) on many threads at once.
final class TLSContext: @unchecked Sendable {
    let context: OpaquePointer

    /// TLS 1.2 suites: ECDHE key exchange (forward secrecy) with AES-GCM or ChaCha20-Poly1305.
    /// TLS 1.3 suites are OpenSSL's defaults, which are all AEAD.
    static let tls12Ciphers = "ECDHE+AESGCM:ECDHE+CHACHA20"

    init(configuration: TLSConfiguration) throws(TLSError) {
        ERR_clear_error()
        guard let context = SSL_CTX_new(TLS_server_method()) else {
            throw TLSError("cannot create a TLS context")
        }
        self.context = context
        guard rights_SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION) == 1,
              rights_SSL_CTX_set_max_proto_version(context, TLS1_3_VERSION) == 1
        else { throw TLSError("cannot restrict protocol versions to TLS 1.2–1.3") }
        guard SSL_CTX_set_cipher_list(context, Self.tls12Ciphers) == 1 else {
            throw TLSError("cannot set cipher list \(Self.tls12Ciphers)")
        }
        _ = rights_SSL_CTX_set_server_options(context)
        _ = rights_SSL_CTX_set_mode(context, Int(SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_RELEASE_BUFFERS))
        // Read all the socket holds in one system call (a record's header and body; several
        // pipelined records) instead of one call for the 5-byte header and one for the body.
        _ = rights_SSL_CTX_set_read_ahead(context, 1)
        rights_SSL_CTX_select_alpn(context)

        let certificate = configuration.certificatePath
        let key = configuration.privateKeyPath
        try Self.checkReadable(certificate, role: "certificate")
        try Self.checkReadable(key, role: "private key")
        guard SSL_CTX_use_certificate_chain_file(context, certificate) == 1 else {
            throw TLSError("cannot load certificate file \(certificate): not a PEM certificate chain")
        }
        guard SSL_CTX_use_PrivateKey_file(context, key, SSL_FILETYPE_PEM) == 1 else {
            throw TLSError("cannot load private key file \(key): not a PEM private key, or it does not match certificate \(certificate)")
        }
        guard SSL_CTX_check_private_key(context) == 1 else {
            throw TLSError("private key file \(key) does not match certificate file \(certificate)")
        }
    }

    deinit { SSL_CTX_free(context) }

    private static func checkReadable(_ path: String, role: String) throws(TLSError) {
        guard access(path, R_OK) == 0 else {
            let reason = String(cString: strerror(errno))
            throw TLSError("cannot read \(role) file \(path): \(reason)", drainingQueue: false)
        }
    }
}
