import Foundation

/// The web reader's files (`Web/`: HTML shell, CSS, ES modules, icon), read once at startup like
/// `Data/`. Paths are relative to the directory, with `/` separators (`views/unit.js`).
///
/// Limits keep a misconfigured `--web` from loading a home directory: at most `maximumFiles`
/// files of at most `maximumFileBytes` each, names of ASCII letters, digits, `.`, `-`, `_`, no
/// hidden files, and an `index.html` at the top.
public struct WebAssets: Sendable {
    public static let maximumFiles = 128
    public static let maximumFileBytes = 1 << 20
    public static let shellName = "index.html"

    /// Relative path → contents.
    public let files: [String: [UInt8]]

    public init(files: [String: [UInt8]]) {
        self.files = files
    }

    public enum LoadError: Error, CustomStringConvertible {
        case notADirectory(String)
        case missingShell(String)
        case tooManyFiles(String, limit: Int)
        case fileTooLarge(String, limit: Int)
        case unreadable(String)

        public var description: String {
            switch self {
            case .notADirectory(let path): "\(path) is not a directory"
            case .missingShell(let path): "\(path) has no \(WebAssets.shellName)"
            case .tooManyFiles(let path, let limit): "\(path) holds more than \(limit) files"
            case .fileTooLarge(let path, let limit): "\(path) is larger than \(limit) bytes"
            case .unreadable(let path): "cannot read \(path)"
            }
        }
    }

    /// Reads every regular, non-hidden file under `directory` (recursively).
    public static func load(directory: String) throws(LoadError) -> WebAssets {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .notADirectory(directory)
        }
        guard let enumerator = manager.enumerator(atPath: directory) else { throw .unreadable(directory) }
        var files: [String: [UInt8]] = [:]
        while let relative = enumerator.nextObject() as? String {
            let full = directory + "/" + relative
            var nestedDirectory: ObjCBool = false
            guard manager.fileExists(atPath: full, isDirectory: &nestedDirectory), !nestedDirectory.boolValue,
                  isServableName(relative) else { continue }
            guard files.count < maximumFiles else { throw .tooManyFiles(directory, limit: maximumFiles) }
            let size = (try? manager.attributesOfItem(atPath: full)[.size] as? Int) ?? nil
            guard let size else { throw .unreadable(full) }
            guard size <= maximumFileBytes else { throw .fileTooLarge(full, limit: maximumFileBytes) }
            guard let data = manager.contents(atPath: full) else { throw .unreadable(full) }
            files[relative] = Array(data)
        }
        guard files[shellName] != nil else { throw .missingShell(directory) }
        return WebAssets(files: files)
    }

    /// Whether a relative path may be served: segments of `[A-Za-z0-9._-]`, none hidden.
    static func isServableName(_ relative: String) -> Bool {
        let segments = relative.split(separator: "/", omittingEmptySubsequences: false)
        return !segments.isEmpty && segments.allSatisfy { segment in
            !segment.isEmpty && segment.first != "." && segment.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            }
        }
    }
}
