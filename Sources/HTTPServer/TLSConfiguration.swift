/// Where the server's certificate chain and private key are (PEM files).
public struct TLSConfiguration: Sendable {
    /// PEM certificate chain: the leaf first, then any intermediates.
    public var certificatePath: String
    /// PEM private key matching the leaf certificate.
    public var privateKeyPath: String

    public init(certificatePath: String, privateKeyPath: String) {
        self.certificatePath = certificatePath
        self.privateKeyPath = privateKeyPath
    }
}
