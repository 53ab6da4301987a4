import Foundation
import Testing

/// Whole files compared with a recorded copy in `Tests/PressroomTests/Goldens/`.
///
/// A golden that is missing is recorded; `PRESSROOM_RECORD_GOLDENS=1` re-records every golden.
/// Either way the test fails, so that a person looks at the new file before it is trusted.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // PressroomTests
        .appendingPathComponent("Goldens")

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["PRESSROOM_RECORD_GOLDENS"] == "1"
    }

    static func expect(_ actual: String, matches name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name)
        let existing = try? String(contentsOf: file, encoding: .utf8)
        if isRecording || existing == nil {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            Issue.record(
                "recorded the golden file \(file.path); look at it, then run the tests again without PRESSROOM_RECORD_GOLDENS",
                sourceLocation: sourceLocation)
            return
        }
        guard let existing, existing != actual else { return }
        let expectedLines = existing.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        let index =
            zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let line = { (lines: [String]) in index < lines.count ? lines[index] : "(end of file)" }
        Issue.record(
            """
            \(name) differs from its golden at line \(index + 1):
              golden: \(line(expectedLines))
              actual: \(line(actualLines))
            If the change is intended, re-record with PRESSROOM_RECORD_GOLDENS=1 and look at the diff.
            """,
            sourceLocation: sourceLocation)
    }
}
