import Foundation

/// A place in a project file: a path relative to the project folder, with a 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = max(line, 1)
        self.column = max(column, 1)
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}

/// One problem found in a project, printed on one line as `path:line:col: error: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = Self.oneLine(message)
    }

    public var description: String {
        "\(location.path):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }

    /// `message` with every line break (and the spaces around it) made one space, so that each
    /// problem is one line that editors and terminals can jump to.
    static func oneLine(_ message: String) -> String {
        guard message.contains(where: \.isNewline) else { return message }
        return message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// An error that stops the current file but not the build: it is recorded as a diagnostic.
struct ContentError: Error {
    var location: SourceLocation
    var message: String
    /// Further problems found in the same block, reported with this one.
    var others: [ContentError] = []
    /// Whether this only follows from a file that could not be read, which has its own error:
    /// the check that found it stops, and nothing more is reported.
    var followsFromUnreadableFile = false

    init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    /// A check that cannot be made because a file it needs could not be read.
    static func followingUnreadable(_ location: SourceLocation) -> ContentError {
        var error = ContentError(location, "")
        error.followsFromUnreadableFile = true
        return error
    }

    /// One error standing for all of `errors` (at least one), so that a block with several
    /// problems reports every one of them.
    init(all errors: [ContentError]) {
        precondition(!errors.isEmpty, "an error needs at least one problem")
        let each = errors.flatMap { error in [ContentError(error.location, error.message)] + error.others }
        self.init(each[0].location, each[0].message)
        others = Array(each.dropFirst())
    }
}
