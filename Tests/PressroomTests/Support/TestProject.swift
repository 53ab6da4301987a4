import Foundation
import Testing

@testable import Pressroom

/// A project folder written from an inline file tree, Hugo-style:
///
///     -- Content/alpha/pages/help.md --
///     ---
///     title: Help
///     ---
///
/// The repository's real `Templates/` folder is copied in first; a `Templates/…` file in the
/// tree replaces the copy of that file. A later section for the same path replaces an earlier
/// one, so a test can start from `minimalPartnership()` and override single files.
/// The folder is deleted when the value goes away.
final class TestProject {
    let root: URL

    var folder: ProjectFolder { ProjectFolder(root) }
    var output: URL { root.appendingPathComponent("Output") }

    init(_ tree: String, templates: Bool = true) throws {
        root =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("pressroom-tests-\(UUID().uuidString)")
            .standardizedFileURL
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if templates {
            try FileManager.default.copyItem(
                at: Self.repositoryRoot.appendingPathComponent("Templates"),
                to: root.appendingPathComponent("Templates"))
        }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("Content"), withIntermediateDirectories: true)
        for (path, text) in Self.files(in: tree) {
            try write(path, text)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// The folder holding Package.swift, found from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // PressroomTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    // MARK: Building

    @discardableResult
    func build(drafts: Bool = false) -> BuildReport {
        Pipeline.build(folder, options: BuildOptions(includeDrafts: drafts))
    }

    /// Builds the project as it is (which must succeed), writes the files of `changes` (a tree),
    /// builds again, and checks that the second build failed and left `Output/` exactly as the
    /// first one wrote it. Returns the report of the failed build.
    func buildFailsAfter(
        _ changes: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> BuildReport {
        try buildFailsAfter(sourceLocation: sourceLocation) { project in
            for (path, text) in Self.files(in: changes) {
                try project.write(path, text)
            }
        }
    }

    /// As `buildFailsAfter(_:)`, with any change made by `change`.
    func buildFailsAfter(
        sourceLocation: Testing.SourceLocation = #_sourceLocation, _ change: (TestProject) throws -> Void
    ) throws -> BuildReport {
        let good = build()
        #expect(good.errors.isEmpty, "the project should build before the change: \(good.listing)", sourceLocation: sourceLocation)
        let before = try outputSnapshot()
        #expect(!before.isEmpty, "the good build wrote nothing", sourceLocation: sourceLocation)
        try change(self)
        let report = build()
        #expect(!report.errors.isEmpty, "the build should fail after the change", sourceLocation: sourceLocation)
        #expect(!report.wroteOutput, "a failed build must not write Output/", sourceLocation: sourceLocation)
        let after = try outputSnapshot()
        #expect(after == before, "Output/ changed after a failed build: \(Self.difference(before, after))", sourceLocation: sourceLocation)
        return report
    }

    // MARK: Files

    func write(_ path: String, _ text: String) throws {
        try write(path, data: Data(text.utf8))
    }

    func write(_ path: String, data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let before = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        let after = change(before)
        precondition(after != before, "edit of \(path) changed nothing")
        try write(path, after)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func data(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// The 1-based line of the first line of `path` that contains `text`.
    func line(of text: String, in path: String) throws -> Int {
        let lines = try read(path).split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { $0.contains(text) }) else {
            throw TestProjectError("'\(text)' is not in \(path)")
        }
        return index + 1
    }

    /// Checks that this project and `other`, both built, wrote the same files byte for byte;
    /// `change` says how the other was made, for failures.
    func expectSameOutput(as other: TestProject, _ change: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let expected = try outputSnapshot()
        let actual = try other.outputSnapshot()
        #expect(expected.count > 20, sourceLocation: sourceLocation)
        #expect(Set(expected.keys) == Set(actual.keys), sourceLocation: sourceLocation)
        for (path, bytes) in expected where actual[path] != bytes {
            Issue.record("\(path) differs when \(change)", sourceLocation: sourceLocation)
        }
    }

    /// Every file under `Output/`: path relative to `Output/` → bytes.
    func outputSnapshot() throws -> [String: Data] {
        guard let walker = FileManager.default.enumerator(at: output, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return [:]
        }
        var files: [String: Data] = [:]
        let base = output.standardizedFileURL.path + "/"
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
    }

    // MARK: Assertions on output files

    /// Checks that each line appears in the file, trimmed of surrounding spaces; a line written
    /// `! text` must not appear anywhere in the file.
    func expect(
        _ path: String, _ lines: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let text = try? read(path) else {
            Issue.record("\(path) was not written", sourceLocation: sourceLocation)
            return
        }
        for line in lines {
            if line.hasPrefix("! ") {
                let absent = String(line.dropFirst(2))
                #expect(!text.contains(absent), "\(path) should not contain \(absent)", sourceLocation: sourceLocation)
            } else {
                #expect(text.contains(line), "\(path) should contain \(line)", sourceLocation: sourceLocation)
            }
        }
    }

    // MARK: Parsing the tree

    /// `-- path --` sections in order; a repeated path keeps its last content. Blank lines at
    /// the start and end of a section are dropped, and every file ends with one line break.
    static func files(in tree: String) -> [(String, String)] {
        var files: [(String, String)] = []
        var path: String?
        var lines: [Substring] = []
        func finish() {
            guard let path else { return }
            let text = lines.joined(separator: "\n").trimmingCharacters(in: .newlines) + "\n"
            files.removeAll { $0.0 == path }
            files.append((path, text))
        }
        for line in tree.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("-- "), trimmed.hasSuffix(" --"), trimmed.count > 6 {
                finish()
                path = String(trimmed.dropFirst(3).dropLast(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        finish()
        return files
    }

    private static func difference(_ before: [String: Data], _ after: [String: Data]) -> String {
        let added = Set(after.keys).subtracting(before.keys).sorted()
        let removed = Set(before.keys).subtracting(after.keys).sorted()
        let changed = before.keys.filter { after[$0] != nil && after[$0] != before[$0] }.sorted()
        return "added \(added.prefix(5)), removed \(removed.prefix(5)), changed \(changed.prefix(5))"
    }
}

struct TestProjectError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
