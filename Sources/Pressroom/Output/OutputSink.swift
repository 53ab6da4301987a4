import Foundation

/// Where a build's files go: a folder on disk, or memory for a preview. Rendering never knows
/// which. Nothing written is visible until `commit`, and then all of it is, at once.
public protocol OutputSink: AnyObject, Sendable {
    /// Writes one file; safe to call from many threads at once.
    func write(_ route: Route, _ data: Data)
    /// Writes one file of text as UTF-8; safe to call from many threads at once.
    func write(_ route: Route, text: String)
    /// Publishes `file` as it is.
    func copy(_ file: URL, to route: Route)
    /// Makes everything written visible at once; on failure nothing changes.
    func commit() throws
    /// Throws away everything written; what was visible before stays as it was.
    func discard()
}

extension OutputSink {
    public func write(_ route: Route, text: String) {
        write(route, Data(text.utf8))
    }
}

/// A build's files in memory, for a preview server: after `commit`, `files` holds the new site.
public final class MemorySink: OutputSink, @unchecked Sendable {
    private var pending: [String: Data] = [:]
    private var published: [String: Data] = [:]
    /// Files copied by earlier builds, read again only when their stamp changes.
    private var copied: [String: (stamp: FileStamp, data: Data)] = [:]
    private var failure: (any Error)?
    private let lock = NSLock()

    public init() {}

    /// Every file of the last committed build, by its path in the site.
    public var files: [String: Data] {
        lock.lock()
        defer { lock.unlock() }
        return published
    }

    public func write(_ route: Route, _ data: Data) {
        lock.lock()
        defer { lock.unlock() }
        pending[route.path] = data
    }

    public func copy(_ file: URL, to route: Route) {
        do {
            let stamp = FileStamp.of(path: file.path)
            lock.lock()
            let kept = copied[file.path]
            lock.unlock()
            if let kept, kept.stamp == stamp { return write(route, kept.data) }
            let data = try Data(contentsOf: file)
            lock.lock()
            copied[file.path] = stamp.map { ($0, data) }
            lock.unlock()
            write(route, data)
        } catch {
            lock.lock()
            defer { lock.unlock() }
            failure = failure ?? error
        }
    }

    public func commit() throws {
        lock.lock()
        defer { lock.unlock() }
        if let failure {
            self.failure = nil
            pending = [:]
            throw failure
        }
        published = pending
        pending = [:]
    }

    public func discard() {
        lock.lock()
        defer { lock.unlock() }
        pending = [:]
        failure = nil
    }
}
