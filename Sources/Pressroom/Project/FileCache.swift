import Foundation

/// What reading each file gave, kept between builds of one workspace and keyed by the file's
/// stamp: a file that has not changed is not read again, and its messages are reported again
/// exactly as the first time.
final class FileCache<Value: Sendable>: @unchecked Sendable {
    private struct Entry {
        var key: Int
        var value: Value
        var diagnostics: [Diagnostic]
        /// Other files the value depends on, such as a logo named in `partnership.yaml`, and their stamps.
        var dependencies: [URL]
        var dependencyStamps: Int
    }

    private var entries: [String: Entry] = [:]
    private let lock = NSLock()

    init() {}

    /// The value for `path` when it has `key` (its stamp, or the stamps of the files it is read
    /// from): the kept one, or a new one from `read`, which records its problems in the log it is given.
    /// `dependencies` names the other files a value was made from, whose stamps must not change either.
    func value(
        for path: String, key: Int, log: DiagnosticLog, project: ProjectFolder, dependencies: (Value) -> [URL] = { _ in [] },
        read: (DiagnosticLog) -> Value
    ) -> Value {
        lock.lock()
        let kept = entries[path]
        lock.unlock()
        if let kept, kept.key == key, project.stamps(kept.dependencies) == kept.dependencyStamps {
            log.add(contentsOf: kept.diagnostics)
            return kept.value
        }
        let fileLog = DiagnosticLog()
        let value = read(fileLog)
        let diagnostics = fileLog.recorded
        let files = dependencies(value)
        lock.lock()
        entries[path] = Entry(
            key: key, value: value, diagnostics: diagnostics, dependencies: files, dependencyStamps: project.stamps(files))
        lock.unlock()
        log.add(contentsOf: diagnostics)
        return value
    }

}

/// Everything read from `Content/` that a workspace keeps between builds.
final class ContentCache: Sendable {
    let documents = FileCache<Document?>()
    let partnerships = FileCache<Partnership?>()
    let publications = FileCache<Publication>()
    let measures = FileCache<MeasureData>()
    let settings = FileCache<Site>()
    let templates = FileCache<TemplateSet>()

    init() {}
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

    /// A fingerprint of text's UTF-8 bytes: far quicker than hashing the `String`, which
    /// compares text as Unicode and so normalises it first.
    static func of(text: String) -> Int {
        var hasher = Hasher()
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        return hasher.finalize()
    }

    mutating func add(_ value: some Hashable) { hasher.combine(value) }

    var value: Int { hasher.finalize() }

    static func == (a: Fingerprint, b: Fingerprint) -> Bool { a.value == b.value }
    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
