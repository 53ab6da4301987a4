import Foundation
import Testing

/// Runs the built `pressroom` executable, as a person would from a terminal.
enum Executable {
    struct Result {
        var status: Int32
        /// The command was still running after the time allowed, and was stopped.
        var timedOut: Bool
        var stdout: String
        var stderr: String
    }

    /// `pressroom` beside the test bundle (`<scratch>/debug/`), or in the scratch folder the
    /// repository's instructions use.
    static let executable: URL? = {
        var candidates: [URL] = []
        if let test = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(test)
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(TestProject.repositoryRoot.appendingPathComponent(".build-tests/debug"))
        return candidates.map { $0.appendingPathComponent("pressroom") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static func run(
        _ arguments: [String], in folder: URL, environment: [String: String] = [:], program: URL? = nil,
        timeout: TimeInterval = 60
    ) throws -> Result {
        guard let executable = program ?? executable else {
            throw TestProjectError("the pressroom executable was not found; run `swift build --scratch-path .build-tests` first")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-out-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-err-\(UUID().uuidString)")
        try Data().write(to: out)
        try Data().write(to: err)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
        }
        let timedOut = process.isRunning
        if timedOut {
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, timedOut: timedOut,
            stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }
}
