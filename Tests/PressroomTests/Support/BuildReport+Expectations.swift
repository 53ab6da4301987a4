import Testing

@testable import Pressroom

extension BuildReport {
    /// Checks that exactly one diagnostic of `severity` in `path` mentions `message`, at `line`
    /// (and `column`, when given), and returns it.
    @discardableResult
    func expectOne(
        _ severity: Diagnostic.Severity, in path: String, line: Int, column: Int? = nil, _ message: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Diagnostic? {
        let matching = diagnostics.filter { $0.severity == severity && $0.message.contains(message) }
        guard let found = matching.first else {
            Issue.record(
                "no \(severity) containing \"\(message)\"; got:\n\(listing)", sourceLocation: sourceLocation)
            return nil
        }
        #expect(matching.count == 1, "\(matching.count) diagnostics contain \"\(message)\": \(matching)", sourceLocation: sourceLocation)
        #expect(found.location.path == path, "\(found)", sourceLocation: sourceLocation)
        #expect(found.location.line == line, "\(found)", sourceLocation: sourceLocation)
        if let column {
            #expect(found.location.column == column, "\(found)", sourceLocation: sourceLocation)
        }
        return found
    }

    @discardableResult
    func expectError(
        in path: String, line: Int, column: Int? = nil, _ message: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Diagnostic? {
        expectOne(.error, in: path, line: line, column: column, message, sourceLocation: sourceLocation)
    }

    @discardableResult
    func expectWarning(
        in path: String, line: Int, column: Int? = nil, _ message: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Diagnostic? {
        expectOne(.warning, in: path, line: line, column: column, message, sourceLocation: sourceLocation)
    }

    /// Every diagnostic, one per line, for failure messages.
    var listing: String {
        diagnostics.isEmpty ? "(none)" : diagnostics.map(\.description).joined(separator: "\n")
    }
}
