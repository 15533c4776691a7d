import Foundation
import HTTPServer
import Logging
import Testing

/// A self-signed certificate and key generated for one test, in a temporary directory.
struct TestCertificate {
    let directory: URL
    var certificatePath: String { directory.appendingPathComponent("cert.pem").path }
    var keyPath: String { directory.appendingPathComponent("key.pem").path }

    init(fileNamePrefix: String = "") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let result = try runProcess(
            "/usr/bin/openssl",
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
             "-keyout", keyPath, "-out", certificatePath]
        )
        guard result.status == 0 else { throw RawClient.ClientError(description: "openssl failed: \(result.output)") }
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// Runs a program to completion; returns its exit status and standard output + error.
func runProcess(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Suite("TLS with real clients", .timeLimit(.minutes(1)))
struct TLSTests {
    @Test func curlFetchesOverHTTPS() throws {
        let certificate = try TestCertificate()
        defer { certificate.remove() }
        let server = try TestServer { $0.tls = TLSConfiguration(certificatePath: certificate.certificatePath, privateKeyPath: certificate.keyPath) }
        defer { server.stop() }
        let result = try runProcess(
            "/usr/bin/curl",
            ["-sS", "-k", "--http1.1", "--max-time", "10", "https://127.0.0.1:\(server.port)/over/tls",
             "https://127.0.0.1:\(server.port)/second"]   // two requests: the second reuses the connection
        )
        #expect(result.status == 0)
        #expect(result.output == "GET /over/tls\nGET /second\n")
    }

    @Test func pythonNegotiatesTLS13AndALPNHTTP11() throws {
        let certificate = try TestCertificate()
        defer { certificate.remove() }
        let server = try TestServer { $0.tls = TLSConfiguration(certificatePath: certificate.certificatePath, privateKeyPath: certificate.keyPath) }
        defer { server.stop() }
        let script = """
            import ssl, socket
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            context.set_alpn_protocols(["http/1.1"])   # a client offering h2 gets HTTP/2 (HTTP2SessionTests)
            with socket.create_connection(("127.0.0.1", \(server.port)), timeout=10) as raw:
                with context.wrap_socket(raw, server_hostname="localhost") as tls:
                    tls.sendall(b"GET /py HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n")
                    data = b""
                    while True:
                        chunk = tls.recv(4096)
                        if not chunk:
                            break
                        data += chunk
                    print(tls.version(), tls.selected_alpn_protocol(), data.split(b"\\r\\n")[0].decode(), data.endswith(b"GET /py\\n"))
            """
        let result = try runProcess("/usr/bin/env", ["python3", "-c", script])
        #expect(result.status == 0)
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "TLSv1.3 http/1.1 HTTP/1.1 200 OK True")
    }

    @Test func pythonCannotNegotiateTLS11() throws {
        let certificate = try TestCertificate()
        defer { certificate.remove() }
        let server = try TestServer { $0.tls = TLSConfiguration(certificatePath: certificate.certificatePath, privateKeyPath: certificate.keyPath) }
        defer { server.stop() }
        let script = """
            import ssl, socket
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            context.minimum_version = ssl.TLSVersion.TLSv1
            context.maximum_version = ssl.TLSVersion.TLSv1_1
            context.set_ciphers("ALL:@SECLEVEL=0")
            try:
                with socket.create_connection(("127.0.0.1", \(server.port)), timeout=10) as raw:
                    with context.wrap_socket(raw, server_hostname="localhost") as tls:
                        print("negotiated", tls.version())
            except (ssl.SSLError, ConnectionError) as error:
                print("refused")
            """
        let result = try runProcess("/usr/bin/env", ["python3", "-W", "ignore", "-c", script])
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "refused")
    }

    @Test func plaintextOnTheTLSPortClosesOnlyThatConnection() throws {
        let certificate = try TestCertificate()
        defer { certificate.remove() }
        let server = try TestServer { $0.tls = TLSConfiguration(certificatePath: certificate.certificatePath, privateKeyPath: certificate.keyPath) }
        defer { server.stop() }
        let plaintext = try server.client()
        try plaintext.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(plaintext.isClosedByServer())
        let garbage = try server.client()
        try garbage.send((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })
        #expect(garbage.isClosedByServer())

        let result = try runProcess("/usr/bin/curl", ["-sS", "-k", "--http1.1", "--max-time", "10", "https://127.0.0.1:\(server.port)/after"])
        #expect(result.output == "GET /after\n")
    }

    @Test func stalledHandshakeIsClosedAfterTheHandshakeTimeout() throws {
        let certificate = try TestCertificate()
        defer { certificate.remove() }
        let server = try TestServer {
            $0.tls = TLSConfiguration(certificatePath: certificate.certificatePath, privateKeyPath: certificate.keyPath)
            $0.handshakeTimeout = .seconds(1)
        }
        defer { server.stop() }
        let silent = try server.client()
        let started = Date()
        #expect(silent.isClosedByServer())
        #expect(Date().timeIntervalSince(started) < 10)   // the 1 s handshake timeout fired (loose bound: busy machines)
    }

    @Test func mismatchedKeyIsAStartupErrorNamingTheKeyFile() throws {
        let first = try TestCertificate()
        let second = try TestCertificate()
        defer { first.remove(); second.remove() }
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.tls = TLSConfiguration(certificatePath: first.certificatePath, privateKeyPath: second.keyPath)
        do {
            _ = try HTTPServer(configuration: configuration, handler: EchoHandler(), logger: Logger(label: "test"))
            Issue.record("a key that does not match the certificate was accepted")
        } catch {
            #expect("\(error)".contains(second.keyPath))
        }
    }

    @Test func missingCertificateIsAStartupErrorNamingTheFile() throws {
        let missing = "/nonexistent/\(UUID().uuidString)/cert.pem"
        var configuration = ServerConfiguration()
        configuration.tls = TLSConfiguration(certificatePath: missing, privateKeyPath: "/nonexistent/key.pem")
        do {
            _ = try HTTPServer(configuration: configuration, handler: EchoHandler(), logger: Logger(label: "test"))
            Issue.record("a missing certificate was accepted")
        } catch {
            #expect("\(error)".contains(missing))
        }
    }
}
