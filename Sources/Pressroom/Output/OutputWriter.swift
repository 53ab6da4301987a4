import Foundation

/// Where a build writes: a staging folder beside `Output/` that files go into as they are made,
/// and that replaces `Output/` only when the whole build succeeded. A failed build discards it,
/// leaving the previous `Output/` exactly as it was.
final class OutputWriter: @unchecked Sendable {
    let destination: URL
    private let staging: URL
    private var folders: Set<String> = [""]
    private let lock = NSLock()
    private let failure = FirstError()

    init(destination: URL) throws {
        self.destination = destination
        staging = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).staging-\(getpid())")
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    /// Writes one file (path relative to `Output/`); safe to call from many threads at once.
    func write(_ path: String, _ data: Data) {
        do {
            try makeFolders(for: path)
            try Self.writeFile(staging.appendingPathComponent(path).path, data)
        } catch {
            failure.set(error)
        }
    }

    func copy(_ source: URL, to path: String) {
        do {
            try makeFolders(for: path)
            try FileManager.default.copyItem(at: source, to: staging.appendingPathComponent(path))
        } catch {
            failure.set(error)
        }
    }

    /// Puts the staging folder in the place of `Output/`.
    func commit() throws {
        if let error = failure.error {
            discard()
            throw error
        }
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

    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}

extension OutputWriter {
    /// Creates the folders above `path` that do not exist yet, each once.
    fileprivate func makeFolders(for path: String) throws {
        var folder = ""
        for part in path.split(separator: "/").dropLast() {
            folder += folder.isEmpty ? String(part) : "/\(part)"
            lock.lock()
            let isNew = folders.insert(folder).inserted
            defer { lock.unlock() }
            if isNew, mkdir(staging.appendingPathComponent(folder).path, 0o755) != 0, errno != EEXIST {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder])
            }
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
