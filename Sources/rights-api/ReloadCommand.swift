import ArgumentParser
import Foundation
import Glibc

/// `rights-api reload`: asks a running server (started with `--pid-file`) to reload its data,
/// by sending it SIGHUP. The outcome is logged by the server and shown by `/readyz` and `/metrics`.
struct ReloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reload",
        abstract: "Make a running server re-read, validate and swap in its data (SIGHUP through its pid file)."
    )

    @Option(help: "The pid file the server was started with (env: RIGHTS_API_PID_FILE; default: rights-api.pid).")
    var pidFile: String?

    func run() throws {
        let path = pidFile ?? EnvironmentFallback.string("RIGHTS_API_PID_FILE") ?? "rights-api.pid"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ValidationError("cannot read pid file \(path); start the server with --pid-file \(path)")
        }
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0 else {
            throw ValidationError("pid file \(path) does not hold a process id")
        }
        guard kill(pid, SIGHUP) == 0 else {
            throw ValidationError("cannot signal process \(pid) from \(path): \(String(cString: strerror(errno)))")
        }
        print("asked process \(pid) to reload its data; the outcome is in its log and at /readyz")
    }
}
