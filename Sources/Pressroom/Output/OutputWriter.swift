import Foundation

/// Writes a finished build into `Output/` all at once: everything goes into a staging folder
/// beside it, which replaces `Output/` only when every file was written.
struct OutputWriter {
    let destination: URL

    func write(files: [String: Data], copies: [String: URL]) throws {
        let manager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).staging-\(getpid())")
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            let folders = Set((Array(files.keys) + Array(copies.keys)).map { ($0 as NSString).deletingLastPathComponent })
            for folder in folders.sorted() where !folder.isEmpty {
                try Self.makeFolder(staging.appendingPathComponent(folder).path)
            }
            let entries = Array(files)
            let failure = FirstError()
            DispatchQueue.concurrentPerform(iterations: entries.count) { index in
                let (path, data) = entries[index]
                do { try Self.writeFile(staging.appendingPathComponent(path).path, data) } catch { failure.set(error) }
            }
            if let error = failure.error { throw error }
            for (path, source) in copies {
                try manager.copyItem(at: source, to: staging.appendingPathComponent(path))
            }
            try swap(staging, into: destination)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }

    private func swap(_ staging: URL, into destination: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: destination.path) else {
            try manager.moveItem(at: staging, to: destination)
            return
        }
        let old = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).old-\(getpid())")
        try? manager.removeItem(at: old)
        try manager.moveItem(at: destination, to: old)
        do {
            try manager.moveItem(at: staging, to: destination)
        } catch {
            try? manager.moveItem(at: old, to: destination)
            throw error
        }
        try? manager.removeItem(at: old)
    }
}

extension OutputWriter {
    /// Creates one folder whose parent exists; an existing folder is fine.
    fileprivate static func makeFolder(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    fileprivate static func writeFile(_ path: String, _ data: Data) throws {
        guard let file = fopen(path, "wb") else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        let written = data.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard fclose(file) == 0, written == data.count else {
            throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: path])
        }
    }
}

/// The first error reported by any of several threads.
final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var error: Error?

    func set(_ error: Error) {
        lock.lock()
        defer { lock.unlock() }
        if self.error == nil { self.error = error }
    }
}
