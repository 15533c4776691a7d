import ArgumentParser
import Foundation

/// Reads `RIGHTS_API_*` environment variables, the fallback for options not given on the command line.
enum EnvironmentFallback {
    static func string(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }

    static func integer(_ name: String) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text) else {
            throw ValidationError("environment variable \(name)=\(text) is not an integer")
        }
        return value
    }

    static func seconds(_ name: String) throws -> Double? {
        guard let text = string(name) else { return nil }
        guard let value = Double(text), value > 0 else {
            throw ValidationError("environment variable \(name)=\(text) is not a positive number of seconds")
        }
        return value
    }
}
