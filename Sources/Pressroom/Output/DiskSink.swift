import Foundation

/// A build's files on disk. They go into a staging folder beside the destination, named for
/// this build alone, that replaces the destination only on `commit`: a failed or interrupted
/// build leaves the previous output exactly as it was. Staging folders left by interrupted
/// builds are removed by the next build.
public final class DiskSink: OutputSink, @unchecked Sendable {
    public let destination: URL
    private let staging: URL
    /// `staging`'s path, made once: building a path from a URL is slow on Linux.
    private let stagingPath: String
    private var folders: Set<String> = [""]
    private let lock = NSLock()
    private var failure: (any Error)?

    public init(destination: URL) throws {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        Self.removeAbandoned(beside: self.destination)
        staging = parent.appendingPathComponent(Self.stagingName(for: self.destination, process: getpid()) + UUID().uuidString)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        stagingPath = staging.path
    }

    public func write(_ route: Route, _ data: Data) {
        do {
            try makeFolders(for: route)
            try data.withUnsafeBytes { bytes throws in try Self.writeFile(stagingPath + "/" + route.path, bytes) }
        } catch {
            record(error)
        }
    }

    /// Writes the text's own bytes, with no copy of them made first.
    public func write(_ route: Route, text: String) {
        do {
            try makeFolders(for: route)
            var text = text
            try text.withUTF8 { bytes throws in try Self.writeFile(stagingPath + "/" + route.path, UnsafeRawBufferPointer(bytes)) }
        } catch {
            record(error)
        }
    }

    public func copy(_ file: URL, to route: Route) {
        do {
            try makeFolders(for: route)
            try FileManager.default.copyItem(at: file, to: staging.appendingPathComponent(route.path))
        } catch {
            record(error)
        }
    }

    /// Where `route` is written before the build is committed, for programs that read it.
    func staged(_ route: Route) -> URL {
        staging.appendingPathComponent(route.path)
    }

    public func commit() throws {
        if let failure {
            discard()
            throw failure
        }
        let manager = FileManager.default
        guard manager.fileExists(atPath: destination.path) else {
            try manager.moveItem(at: staging, to: destination)
            return
        }
        let old = URL(fileURLWithPath: staging.path + ".old")
        try manager.moveItem(at: destination, to: old)
        do {
            try manager.moveItem(at: staging, to: destination)
        } catch {
            try? manager.moveItem(at: old, to: destination)
            throw error
        }
        try? FolderRemoval.remove(old.path)
    }

    public func discard() {
        try? FolderRemoval.remove(staging.path)
    }
}

extension DiskSink {
    /// `.Output.staging-1234-`: the folder name's start for builds of process 1234.
    static func stagingName(for destination: URL, process: Int32) -> String {
        ".\(destination.lastPathComponent).staging-\(process)-"
    }

    /// Removes staging folders of processes that are no longer running.
    fileprivate static func removeAbandoned(beside destination: URL) {
        let parent = destination.deletingLastPathComponent()
        let prefix = ".\(destination.lastPathComponent).staging-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            let process = name.dropFirst(prefix.count).prefix { $0.isNumber }
            guard let pid = Int32(process), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FolderRemoval.remove(parent.appendingPathComponent(name).path)
        }
    }

    fileprivate func record(_ error: any Error) {
        lock.lock()
        defer { lock.unlock() }
        failure = failure ?? error
    }

    /// Creates the folders above `route` that do not exist yet. Folders are made outside the
    /// lock, so that two pages' folders are made at once; two threads making the same folder
    /// is harmless, since it exists once either has made it.
    fileprivate func makeFolders(for route: Route) throws {
        var folder = ""
        for part in route.folders {
            folder += folder.isEmpty ? part : "/\(part)"
            guard !lock.withLock({ folders.contains(folder) }) else { continue }
            if mkdir(stagingPath + "/" + folder, 0o755) != 0, errno != EEXIST {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder])
            }
            lock.withLock { _ = folders.insert(folder) }
        }
    }

    /// Writes `bytes` to a new file at `path` with one `write` for most files: no buffer of the
    /// C library's between, which would copy the bytes and split them into two writes.
    fileprivate static func writeFile(_ path: String, _ bytes: UnsafeRawBufferPointer) throws {
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard file >= 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        var written = 0
        while written < bytes.count {
            let count = Glibc.write(file, bytes.baseAddress! + written, bytes.count - written)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            written += count
        }
        guard close(file) == 0, written == bytes.count else {
            throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: path])
        }
    }
}
