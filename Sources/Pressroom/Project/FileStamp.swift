import Foundation

/// What a file looked like when a build began: enough to tell, without reading it, whether it
/// has changed since (its size, inode, and times of last change to the nanosecond).
struct FileStamp: Hashable, Sendable {
    var size: Int64
    var inode: UInt64
    var modified: Int64
    var changed: Int64

    /// The stamp of the file at the absolute `path` (following symbolic links), or `nil` when there is none.
    static func of(path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(
            size: Int64(info.st_size), inode: UInt64(info.st_ino),
            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec))
    }
}

extension ProjectFolder {
    /// The stamp of the file at `url` (following symbolic links), or `nil` when there is none.
    func stamp(_ url: URL) -> FileStamp? {
        stamp(path: url.path)
    }

    /// The stamp of the file at the absolute `path`.
    func stamp(path: String) -> FileStamp? {
        FileStamp.of(path: path)
    }

    /// One key for the stamps of several files (a missing file counts too).
    func stamps(_ urls: [URL]) -> Int {
        var hasher = Hasher()
        for url in urls { hasher.combine(stamp(url)) }
        return hasher.finalize()
    }
}
