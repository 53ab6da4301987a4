import Foundation

/// Collects every problem of a build, from any thread, so that all of them are reported at once.
public final class DiagnosticLog: @unchecked Sendable {
    private var items: [Diagnostic] = []
    private var counted = 0
    private let lock = NSLock()

    public init() {}

    public func error(_ location: SourceLocation, _ message: String) {
        add(Diagnostic(.error, location, message))
    }

    public func warning(_ location: SourceLocation, _ message: String) {
        add(Diagnostic(.warning, location, message))
    }

    func record(_ error: any Error) {
        if let error = error as? ContentError {
            guard !error.followsFromUnreadableFile else { return }
            self.error(error.location, error.message)
            for other in error.others { self.error(other.location, other.message) }
        } else {
            self.error(SourceLocation(path: "pressroom"), "\(error)")
        }
    }

    public func add(_ diagnostic: Diagnostic) {
        lock.lock()
        defer { lock.unlock() }
        items.append(diagnostic)
        if diagnostic.severity == .error { counted += 1 }
    }

    /// The value `read` gives, or `fallback` when it throws, recording the error: a reader
    /// goes on to the next key or row instead of stopping at the first problem of a file.
    func recovering<T>(_ fallback: T, _ read: () throws(ContentError) -> T) -> T {
        do {
            return try read()
        } catch {
            record(error)
            return fallback
        }
    }

    func add(contentsOf diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        items += diagnostics
        counted += diagnostics.count { $0.severity == .error }
    }

    /// Every diagnostic in the order it was recorded.
    var recorded: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }

    /// Every diagnostic, sorted by file, line and column, without repeats; problems at the same
    /// place keep the order in which they were found.
    public var all: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return Self.sorted(items)
    }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    public var hasErrors: Bool { errorCount > 0 }

    /// The files with at least one error so far.
    var pathsWithErrors: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return Set(items.lazy.filter { $0.severity == .error }.map(\.location.path))
    }

    /// How many errors have been recorded so far.
    var errorCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return counted
    }

    /// `diagnostics` without repeats, sorted by file, line and column, and at the same place in
    /// their first order (a stable sort, in O(n log n)).
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
    }
}
