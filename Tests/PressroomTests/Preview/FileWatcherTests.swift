import Foundation
import Testing

@testable import Pressroom

/// The watcher reports saved, new, deleted and renamed files, in folders made after it started
/// too, merges a burst of writes into one batch, and ignores editors' scratch files; polling,
/// where inotify cannot be used, reports the same.
@Suite(.timeLimit(.minutes(1))) struct FileWatcherTests {
    /// Batches reported by a watcher, for a test to wait on.
    final class Batches: @unchecked Sendable {
        private var batches: [[String]] = []
        private let lock = NSLock()

        func add(_ batch: [String]) {
            lock.lock()
            batches.append(batch)
            lock.unlock()
        }

        var all: [[String]] {
            lock.lock()
            defer { lock.unlock() }
            return batches
        }

        /// Waits until a batch names `path` (or `seconds` pass); the batches so far.
        func wait(for path: String, seconds: Double = 5) -> [[String]] {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline, !all.joined().contains(path) { Thread.sleep(forTimeInterval: 0.01) }
            return all
        }
    }

    private func watching(
        _ method: FileWatcher.Method, quietPeriod: Double = 0.015, _ test: (URL, Batches) throws -> Void
    ) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("strategy"), withIntermediateDirectories: true)
        try Data("a".utf8).write(to: folder.appendingPathComponent("strategy/01-introduction.md"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let batches = Batches()
        let watcher = FileWatcher(folders: [folder], quietPeriod: quietPeriod, method: method) { batches.add($0) }
        #expect(watcher.method == method)
        watcher.start()
        defer { watcher.stop() }
        if method == .polling { Thread.sleep(forTimeInterval: 0.1) }
        try test(folder.standardizedFileURL, batches)
    }

    @Test(arguments: [FileWatcher.Method.inotify, .polling])
    func aSavedFileIsReported(method: FileWatcher.Method) throws {
        try watching(method) { folder, batches in
            let chapter = folder.appendingPathComponent("strategy/01-introduction.md")
            try Data("changed".utf8).write(to: chapter)
            #expect(batches.wait(for: chapter.path).joined().contains(chapter.path))
        }
    }

    @Test(arguments: [FileWatcher.Method.inotify, .polling])
    func aSaveByRenameIsReportedAsTheFileAndTheScratchFileIsNot(method: FileWatcher.Method) throws {
        try watching(method) { folder, batches in
            let chapter = folder.appendingPathComponent("strategy/01-introduction.md")
            let scratch = folder.appendingPathComponent("strategy/.01-introduction.md.swp")
            try Data("swap".utf8).write(to: scratch)
            let temporary = folder.appendingPathComponent("strategy/01-introduction.md~")
            try Data("saved".utf8).write(to: temporary)
            #expect(rename(temporary.path, chapter.path) == 0)
            let seen = batches.wait(for: chapter.path).joined()
            #expect(seen.contains(chapter.path))
            #expect(!seen.contains(scratch.path))
            #expect(!seen.contains(temporary.path))
        }
    }

    @Test(arguments: [FileWatcher.Method.inotify, .polling])
    func aFileInANewFolderIsReported(method: FileWatcher.Method) throws {
        try watching(method) { folder, batches in
            let review = folder.appendingPathComponent("annual-review-2024-25")
            try FileManager.default.createDirectory(at: review, withIntermediateDirectories: false)
            let first = review.appendingPathComponent("01-summary.md")
            try Data("one".utf8).write(to: first)
            #expect(batches.wait(for: first.path).joined().contains(first.path))
            // The new folder is watched from now on.
            let second = review.appendingPathComponent("02-progress.md")
            try Data("two".utf8).write(to: second)
            #expect(batches.wait(for: second.path).joined().contains(second.path))
        }
    }

    @Test(arguments: [FileWatcher.Method.inotify, .polling])
    func deletedAndRenamedFilesAreReported(method: FileWatcher.Method) throws {
        try watching(method) { folder, batches in
            let chapter = folder.appendingPathComponent("strategy/01-introduction.md")
            let renamed = folder.appendingPathComponent("strategy/01-foreword.md")
            try FileManager.default.moveItem(at: chapter, to: renamed)
            let seen = batches.wait(for: renamed.path).joined()
            #expect(seen.contains(renamed.path))
            #expect(batches.wait(for: chapter.path).joined().contains(chapter.path), "the old name is reported gone")
            try FileManager.default.removeItem(at: renamed)
            let count = batches.all.count
            let deadline = Date().addingTimeInterval(5)
            while Date() < deadline, batches.all.count == count { Thread.sleep(forTimeInterval: 0.01) }
            #expect(batches.all.dropFirst(count).joined().contains(renamed.path))
        }
    }

    /// A longer quiet period than an editor needs, so that a busy test machine pausing between
    /// two writes does not split the burst.
    @Test func aBurstOfWritesArrivesAsOneBatch() throws {
        try watching(.inotify, quietPeriod: 0.25) { folder, batches in
            let files = (1...20).map { folder.appendingPathComponent("strategy/\($0)-chapter.md") }
            for file in files { try Data("x".utf8).write(to: file) }
            _ = batches.wait(for: files.last!.path)
            Thread.sleep(forTimeInterval: 0.2)
            #expect(batches.all.count == 1, "\(batches.all.map(\.count))")
            #expect(Set(batches.all.joined()).isSuperset(of: files.map(\.path)))
        }
    }

    @Test func scratchFilesAreRecognised() {
        for name in [".intro.md.swp", ".#intro.md", "#intro.md#", "intro.md~", "4913", "intro.md.tmp", ".goutputstream-XYZ"] {
            #expect(FileWatcher.isScratchFile("/p/Content/\(name)"), "\(name)")
        }
        for name in ["01-introduction.md", "values.csv", "partnership.yaml", "logo.svg"] {
            #expect(!FileWatcher.isScratchFile("/p/Content/\(name)"), "\(name)")
        }
    }
}
