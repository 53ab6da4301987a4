import Foundation

/// Removes a folder and everything in it, as the previous output is once a build has replaced
/// it: for a 10,000-page site that is 25,000 files and folders, which took as long as the build.
/// Each entry is removed relative to its open folder, with what it is taken from `readdir`, and
/// the folders two levels down (a partnership's publications) are shared among threads, because
/// removing is mostly waiting for the file system. A symbolic link is removed, never followed.
enum FolderRemoval {
    /// Removes the folder at `path`; whatever cannot be removed this way is left to
    /// `FileManager`, which throws when it cannot remove it either.
    static func remove(_ path: String) throws {
        guard !removeQuickly(path) else { return }
        try FileManager.default.removeItem(atPath: path)
    }

    /// Removes the folder at `path` with `unlinkat`; returns whether it is gone.
    static func removeQuickly(_ path: String) -> Bool {
        var outer: [String] = []
        var inner: [String] = []
        for folder in removingFiles(in: path) {
            outer.append(folder)
            inner += removingFiles(in: folder)
        }
        let folders = inner
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            let fd = open(folders[index], O_RDONLY | O_DIRECTORY | O_NOFOLLOW)
            if fd >= 0 { empty(fd) }
            rmdir(folders[index])
        }
        for folder in outer { rmdir(folder) }
        return rmdir(path) == 0 || errno == ENOENT
    }

    /// Removes the files directly inside the folder at `path`; returns the folders in it.
    private static func removingFiles(in path: String) -> [String] {
        guard let folder = opendir(path) else { return [] }
        defer { closedir(folder) }
        let fd = dirfd(folder)
        var folders: [String] = []
        for (name, isFolder) in entries(of: folder) {
            if isFolder {
                folders.append(path + "/" + name)
            } else {
                unlinkat(fd, name, 0)
            }
        }
        return folders
    }

    /// Removes everything inside the open folder `fd`, and closes it.
    private static func empty(_ fd: Int32) {
        guard let folder = fdopendir(fd) else {
            close(fd)
            return
        }
        defer { closedir(folder) }
        for (name, isFolder) in entries(of: folder) {
            if isFolder {
                let inner = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW)
                if inner >= 0 { empty(inner) }
            }
            unlinkat(fd, name, isFolder ? AT_REMOVEDIR : 0)
        }
    }

    /// Every entry of the folder, read before any is removed, and whether each is a folder
    /// itself rather than a symbolic link to one.
    private static func entries(of folder: OpaquePointer) -> [(name: String, isFolder: Bool)] {
        let fd = dirfd(folder)
        var entries: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(folder) {
            guard let name = name(entry) else { continue }
            entries.append((name, isFolder(entry, name, in: fd)))
        }
        return entries
    }

    /// The entry's name; `nil` for `.` and `..`.
    private static func name(_ entry: UnsafeMutablePointer<dirent>) -> String? {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return name == "." || name == ".." ? nil : name
    }

    /// Whether the entry is a folder itself, not a symbolic link to one.
    private static func isFolder(_ entry: UnsafeMutablePointer<dirent>, _ name: String, in fd: Int32) -> Bool {
        let type = Int32(entry.pointee.d_type)
        guard type == Int32(DT_UNKNOWN) else { return type == Int32(DT_DIR) }
        var info = stat()
        return fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
