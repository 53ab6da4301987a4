import Foundation

/// What reading each file gave, kept between builds of one workspace and keyed by the file's
/// bytes: a file that has not changed is not read again, and its messages are reported again
/// exactly as the first time.
final class FileCache<Value: Sendable>: @unchecked Sendable {
    private struct Entry {
        var hash: Int
        var value: Value
        var diagnostics: [Diagnostic]
    }

    private var entries: [String: Entry] = [:]
    private let lock = NSLock()

    init() {}

    /// The value for `path` read from bytes with `hash`: the kept one, or a new one from `read`,
    /// which records its problems in the log it is given.
    func value(for path: String, hash: Int, log: DiagnosticLog, read: (DiagnosticLog) -> Value) -> Value {
        lock.lock()
        let kept = entries[path]
        lock.unlock()
        if let kept, kept.hash == hash {
            log.add(contentsOf: kept.diagnostics)
            return kept.value
        }
        let fileLog = DiagnosticLog()
        let value = read(fileLog)
        let diagnostics = fileLog.recorded
        lock.lock()
        entries[path] = Entry(hash: hash, value: value, diagnostics: diagnostics)
        lock.unlock()
        log.add(contentsOf: diagnostics)
        return value
    }

    /// Forgets every file not in `paths`, such as files that were deleted or renamed.
    func keep(only paths: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        entries = entries.filter { paths.contains($0.key) }
    }
}

/// A fingerprint of bytes or values, for knowing within one process whether something changed.
struct Fingerprint: Hashable, Sendable {
    private var hasher = Hasher()

    init() {}

    static func of(_ data: Data) -> Int {
        var hasher = Hasher()
        data.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }

    mutating func add(_ value: some Hashable) { hasher.combine(value) }

    var value: Int { hasher.finalize() }

    static func == (a: Fingerprint, b: Fingerprint) -> Bool { a.value == b.value }
    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
