import Foundation

/// Collects every problem of a build, from any thread, so that all of them are reported at once.
public final class DiagnosticLog: @unchecked Sendable {
    private var items: [Diagnostic] = []
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
    }

    func add(contentsOf diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        items += diagnostics
    }

    /// Every diagnostic in the order it was recorded.
    var recorded: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }

    /// Every diagnostic, sorted by file, line and column, without repeats.
    public var all: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        var seen = Set<Diagnostic>()
        return items.sorted { $0.location < $1.location }.filter { seen.insert($0).inserted }
    }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }
}
