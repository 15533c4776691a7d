#ifndef RIGHTSAPI_COPENSSL_SHIM_H
#define RIGHTSAPI_COPENSSL_SHIM_H

#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/pem.h>

/* Macros Swift cannot import, wrapped as functions. */
static inline long rights_SSL_CTX_set_min_proto_version(SSL_CTX *ctx, int version) {
    return SSL_CTX_set_min_proto_version(ctx, version);
}
static inline long rights_SSL_CTX_set_max_proto_version(SSL_CTX *ctx, int version) {
    return SSL_CTX_set_max_proto_version(ctx, version);
}
static inline long rights_SSL_CTX_set_options(SSL_CTX *ctx, unsigned long options) {
    return (long)SSL_CTX_set_options(ctx, options);
}
static inline long rights_SSL_CTX_set_mode(SSL_CTX *ctx, long mode) {
    return SSL_CTX_set_mode(ctx, mode);
}

/* SSL_CTX_set_read_ahead is a macro (SSL_CTX_ctrl), which Swift cannot call. */
static inline long rights_SSL_CTX_set_read_ahead(SSL_CTX *ctx, long yes) {
    return SSL_CTX_ctrl(ctx, SSL_CTRL_SET_READ_AHEAD, yes, NULL);
}

static inline long rights_SSL_set_mode(SSL *ssl, long mode) {
    return SSL_set_mode(ssl, mode);
}

/* The server's fixed TLS options (each one a macro Swift cannot import):
   server cipher order, no TLS compression (CRIME), no renegotiation at all, and a peer that
   closes without close_notify reads as end of stream rather than as an error. */
static inline long rights_SSL_CTX_set_server_options(SSL_CTX *ctx) {
    return (long)SSL_CTX_set_options(ctx, SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_COMPRESSION
                                          | SSL_OP_NO_RENEGOTIATION | SSL_OP_IGNORE_UNEXPECTED_EOF);
}

/* ALPN: the server offers h2 first, then http/1.1 (its preference wins, RFC 7301 §3.2): a client
   that offers h2 gets HTTP/2, one that offers only http/1.1 gets HTTP/1.1. The wire form is
   length-prefixed. */
static const unsigned char rights_alpn_protocols[] = { 2, 'h', '2', 8, 'h', 't', 't', 'p', '/', '1', '.', '1' };

static inline int rights_alpn_select(SSL *ssl, const unsigned char **out, unsigned char *outlen,
                                     const unsigned char *in, unsigned int inlen, void *arg) {
    (void)ssl; (void)arg;
    unsigned char *selected = NULL;
    if (SSL_select_next_proto(&selected, outlen, rights_alpn_protocols, sizeof(rights_alpn_protocols), in, inlen)
            == OPENSSL_NPN_NEGOTIATED) {
        *out = selected;
        return SSL_TLSEXT_ERR_OK;
    }
    return SSL_TLSEXT_ERR_NOACK;   /* client offered only other protocols: continue without ALPN */
}

static inline void rights_SSL_CTX_select_alpn(SSL_CTX *ctx) {
    SSL_CTX_set_alpn_select_cb(ctx, rights_alpn_select, NULL);
}

#endif
