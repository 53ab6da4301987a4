import Testing

@testable import Pressroom

extension BuildReport {
    /// Checks that a diagnostic of `severity` mentioning `message` was reported in `path` at
    /// `line` (and `column`, when given), and returns it.
    @discardableResult
    func expectOne(
        _ severity: Diagnostic.Severity, in path: String, line: Int, column: Int? = nil, _ message: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Diagnostic? {
        let matching = diagnostics.filter { $0.severity == severity && $0.message.contains(message) }
        guard !matching.isEmpty else {
            Issue.record("no \(severity.rawValue) containing \"\(message)\"; got:\n\(listing)", sourceLocation: sourceLocation)
            return nil
        }
        guard let found = matching.first(where: { $0.location.path == path && $0.location.line == line }) else {
            let found = matching.map(\.description).joined(separator: "\n")
            Issue.record("expected \(path):\(line): \(severity.rawValue): …\(message)…, got:\n\(found)", sourceLocation: sourceLocation)
            return nil
        }
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
