public import Foundation

// OWNER: the "store" helper. This file fixes the public surface other modules compile against;
// the implementation behind it (validation, indexes, search, resolver) lives in this module.

/// A unit together with its place in the document tree.
public struct UnitRecord: Sendable {
    public let document: String
    public let unit: Unit
    /// eIds of the ancestors, outermost first (empty for a top-level unit).
    public let ancestors: [String]
    public let parent: String?
    public let previous: String?
    public let next: String?

    public init(document: String, unit: Unit, ancestors: [String], parent: String?, previous: String?, next: String?) {
        self.document = document
        self.unit = unit
        self.ancestors = ancestors
        self.parent = parent
        self.previous = previous
        self.next = next
    }
}

/// Why the data directory could not be loaded. The message names the file and the JSON path.
public struct RepositoryError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let jsonPath: String
    public let message: String

    public init(file: String, jsonPath: String, message: String) {
        self.file = file
        self.jsonPath = jsonPath
        self.message = message
    }

    public var description: String { "\(file): \(jsonPath): \(message)" }
}
