import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches folders, and every folder that appears inside them, and reports which files changed:
/// a burst of writes (an editor saving, a spreadsheet exporting, a `git checkout`) arrives as
/// one batch once the folders have been quiet for a moment. Editors' swap, backup and
/// temporary files are ignored; a save made by writing a new file and renaming it over the old
/// one is seen as a change of that file.
///
/// On Linux it uses inotify. Where inotify cannot be used, or the system's limit on watches is
/// reached, it compares the folders' listings every half second instead.
public final class FileWatcher: @unchecked Sendable {
    public enum Method: Sendable { case inotify, polling }

    /// Whether changes are announced by the system (`inotify`) or found by looking (`polling`).
    public private(set) var method: Method
    private let folders: [URL]
    private let quietPeriod: Double
    private let onChange: @Sendable ([String]) -> Void
    private var inotify: Inotify?
    private var stopped = false
    private let lock = NSLock()
    private var thread: Thread?

    /// - Parameters:
    ///   - folders: the folders to watch, with everything below them.
    ///   - quietPeriod: how long the folders must be quiet before a batch is reported.
    ///   - method: `.polling` to compare listings even where inotify works.
    ///   - onChange: called on the watcher's own thread with the absolute paths that changed.
    public init(
        folders: [URL], quietPeriod: Double = 0.015, method: Method = .inotify,
        onChange: @escaping @Sendable ([String]) -> Void
    ) {
        self.folders = folders.map(\.standardizedFileURL)
        self.quietPeriod = quietPeriod
        self.onChange = onChange
        self.method = method
        if method == .inotify {
            inotify = Inotify(folders: self.folders)
            if inotify == nil { self.method = .polling }
        }
    }

    /// Starts watching on a thread of its own.
    public func start() {
        let thread = Thread { [self] in
            if let inotify { watch(inotify) } else { poll() }
        }
        thread.name = "pressroom file watcher"
        self.thread = thread
        thread.start()
    }

    /// Stops watching; no batch is reported after this returns.
    public func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func report(_ paths: Set<String>) {
        let wanted = paths.filter { !Self.isScratchFile($0) }
        lock.lock()
        defer { lock.unlock() }
        if !wanted.isEmpty, !stopped { onChange(wanted.sorted()) }
    }

    private func watch(_ inotify: Inotify) {
        while !isStopped {
            guard inotify.wait(seconds: 0.25) else { continue }
            var changed = inotify.read()
            // Gather the rest of the burst: everything until the folders are quiet.
            let deadline = Date().addingTimeInterval(0.5)
            while Date() < deadline, inotify.wait(seconds: quietPeriod) {
                changed.formUnion(inotify.read())
            }
            if inotify.overflowed {
                // Too many changes at once to list: fall back to polling from here on.
                method = .polling
                report(Set(folders.map(\.path)))
                return poll()
            }
            report(changed)
        }
    }

    private func poll() {
        var before = Listing(folders: folders)
        while !isStopped {
            Thread.sleep(forTimeInterval: 0.5)
            let now = Listing(folders: folders)
            report(now.differences(from: before))
            before = now
        }
    }

    /// Files that editors and tools write beside the real one and then remove: vim's `.x.swp`,
    /// `4913` and `x~`, Emacs's `#x#` and `.#x`, GNOME's `.goutputstream-…`, `*.tmp`, and any
    /// other hidden file.
    static func isScratchFile(_ path: String) -> Bool {
        let name = path.lastPathPart
        return name.hasPrefix(".") || name.hasSuffix("~") || name.hasPrefix("#") || name == "4913"
            || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix(".tmp") || name.hasSuffix(".crdownload")
    }
}

/// The files below some folders, with their stamps, for polling.
private struct Listing {
    var stamps: [String: FileStamp] = [:]

    init(folders: [URL]) {
        for folder in folders {
            let project = ProjectFolder(folder)
            for file in project.files(in: folder) {
                stamps[file.path] = FileStamp.of(path: file.path)
            }
        }
    }

    func differences(from other: Listing) -> Set<String> {
        var changed = Set<String>()
        for (path, stamp) in stamps where other.stamps[path] != stamp { changed.insert(path) }
        for path in other.stamps.keys where stamps[path] == nil { changed.insert(path) }
        return changed
    }
}
