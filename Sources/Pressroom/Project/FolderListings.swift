import Foundation

/// The entries of folders as last read, each with the folder's stamp. A folder's stamp changes
/// whenever an entry is added to it, removed or renamed, so while it is unchanged reading the
/// folder again would find the same entries, and they are reused: a rebuild then reads a
/// hundred folder stamps rather than every folder's entries.
final class FolderListings: @unchecked Sendable {
    private struct Entries {
        var stamp: FileStamp
        var files: [String]
        var folders: [String]
    }

    private var kept: [String: Entries] = [:]
    private let lock = NSLock()
    /// How long a folder must have been left alone for its entries to be kept, in nanoseconds:
    /// a change in the same tick of the clock that stamps folders would not show.
    private let settled: Int64
    /// How many folders were read, rather than their entries reused.
    private(set) var reads = 0

    init(settled: Int64 = 1_000_000_000) {
        self.settled = settled
    }

    /// Every file below the folder at the absolute `path`, skipping hidden ones.
    func files(below path: String) -> [String] {
        var files: [String] = []
        list(path, settledBefore: Self.now - settled, into: &files)
        return files
    }

    private func list(_ path: String, settledBefore: Int64, into files: inout [String]) {
        // The stamp is taken first: a change made while the folder is read shows next time.
        guard let stamp = FileStamp.of(path: path) else { return }
        var entries = lock.withLock { kept[path] }
        if entries?.stamp != stamp {
            guard let read = Self.read(path, stamp: stamp) else { return }
            entries = read.entries
            lock.withLock {
                reads += 1
                kept[path] = read.keep && max(stamp.modified, stamp.changed) <= settledBefore ? read.entries : nil
            }
        }
        guard let entries else { return }
        files += entries.files
        for folder in entries.folders { list(folder, settledBefore: settledBefore, into: &files) }
    }

    /// The entries of `path`, read with `readdir`, which says what each is without a further
    /// call for most of them; `keep` is false when there is a symbolic link, whose target may
    /// change without the folder changing.
    private static func read(_ path: String, stamp: FileStamp) -> (entries: Entries, keep: Bool)? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var entries = Entries(stamp: stamp, files: [], folders: [])
        var keep = true
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix(".") else { continue }
            let full = path + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
                keep = false
                var info = stat()
                guard stat(full, &info) == 0 else { continue }
                type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : 0
                if type == Int32(DT_DIR) && Int32(entry.pointee.d_type) == Int32(DT_LNK) { continue }
            }
            if type == Int32(DT_DIR) {
                entries.folders.append(full)
            } else if type == Int32(DT_REG) {
                entries.files.append(full)
            }
        }
        return (entries, keep)
    }

    /// Nanoseconds since 1970, as file times are written.
    private static var now: Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
