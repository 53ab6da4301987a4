import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Linux's inotify, watching a tree of folders: each folder needs a watch of its own, so new
/// folders are watched as they appear. `nil` when inotify cannot be used here, or when the
/// system's limit on watches (`fs.inotify.max_user_watches`) is reached.
final class Inotify {
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    /// The kernel dropped events (its queue was full), so the changes are not all known.
    private(set) var overflowed = false

    private static let mask = UInt32(
        IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF
            | IN_MOVE_SELF | IN_ONLYDIR)

    init?(folders: [URL]) {
        #if os(Linux)
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            for folder in folders where !watchTree(folder.path) {
                close(descriptor)
                return nil
            }
        #else
            return nil
        #endif
    }

    deinit { close(descriptor) }

    /// Waits up to `seconds` for something to read.
    func wait(seconds: Double) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return Glibc.poll(&request, 1, Int32(seconds * 1000)) > 0
    }

    /// The paths named by the events waiting to be read; new folders are watched, with what
    /// was already written inside them.
    func read() -> Set<String> {
        var changed = Set<String>()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset < count {
                let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let nameBytes = buffer[nameStart..<nameStart + Int(event.len)].prefix { $0 != 0 }
                offset = nameStart + Int(event.len)
                handle(event, name: String(decoding: nameBytes, as: UTF8.self), into: &changed)
            }
        }
        return changed
    }

    private func handle(_ event: inotify_event, name: String, into changed: inout Set<String>) {
        if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { overflowed = true }
        if event.mask & UInt32(IN_IGNORED) != 0 { folders[event.wd] = nil }
        guard let folder = folders[event.wd] else { return }
        let path = name.isEmpty ? folder : folder + "/" + name
        changed.insert(path)
        let isFolder = event.mask & UInt32(IN_ISDIR) != 0
        if isFolder, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            if !watchTree(path) { overflowed = true }
            // Files written before the watch began would be missed: report them now.
            changed.formUnion(ProjectFolder(URL(fileURLWithPath: path)).files(in: URL(fileURLWithPath: path)).map(\.path))
        }
    }

    /// Watches `path` and every folder below it; `false` when the limit on watches is reached.
    private func watchTree(_ path: String) -> Bool {
        let watch = inotify_add_watch(descriptor, path, Self.mask)
        guard watch >= 0 else { return errno != ENOSPC }
        folders[watch] = path
        let project = ProjectFolder(URL(fileURLWithPath: path))
        for sub in project.subfolders(of: URL(fileURLWithPath: path)) where !watchTree(sub.path) {
            return false
        }
        return true
    }
}
