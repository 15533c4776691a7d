/// The `Client` module: `Client`, `Components` and `Operations` are generated at build time by the
/// OpenAPIGenerator plugin from `openapi.yaml` (a symlink to the repository's description).
public enum ClientModule {
    /// The API version the description declares.
    public static let apiVersion = "1.0.0"
}
