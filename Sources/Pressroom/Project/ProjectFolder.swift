import Foundation

/// The folder a partnership team works in: `Content/`, `Templates/`, and where `Output/` goes.
public struct ProjectFolder: Sendable {
    public let root: URL
    /// `root`'s path, made once: building a path from a URL is slow on Linux.
    let rootPath: String
    /// `rootPath` ending in `/`, which every path inside the project starts with.
    private let rootPrefix: String
    /// The root with every symbolic link resolved: nothing outside it is ever read.
    let realRoot: String

    /// The theme: `Templates/` in the project, or the templates installed with Pressroom when
    /// the project has none.
    public let templates: URL
    /// The templates with every symbolic link resolved, when they are outside the project.
    let realTemplates: String?
    /// The files below folders as last listed, shared by every copy of this value.
    let listings = FolderListings()

    /// The project at `root`, whose theme is its own `Templates/` folder or, when it has none,
    /// `installedTemplates`.
    public init(_ root: URL, installedTemplates: URL? = nil) {
        self.root = root.standardizedFileURL
        rootPath = self.root.path
        rootPrefix = rootPath.hasSuffix("/") ? rootPath : rootPath + "/"
        realRoot = Self.realPath(self.root.path) ?? self.root.path
        let own = self.root.appendingPathComponent("Templates")
        var info = stat()
        if let installedTemplates, stat(own.path, &info) != 0 {
            templates = installedTemplates.standardizedFileURL
            realTemplates = Self.realPath(templates.path) ?? templates.path
        } else {
            templates = own
            realTemplates = nil
        }
    }

    public var content: URL { root.appendingPathComponent("Content") }
    public var output: URL { root.appendingPathComponent("Output") }

    /// The path of `url` relative to the project folder, as shown in messages.
    public func relativePath(_ url: URL) -> String {
        var full = url.path
        if Bytes.contains(full, "/.") || Bytes.contains(full, "//") { full = url.standardizedFileURL.path }
        if realTemplates != nil, full.hasPrefix(templates.path + "/") {
            return "Templates/" + full.dropFirst(templates.path.count + 1)
        }
        return full.hasPrefix(rootPrefix) ? String(Substring(full.utf8.dropFirst(rootPrefix.utf8.count))) : full
    }

    /// Every file below `folder` with a name ending in `suffix`, as paths relative to the project.
    func relativePaths(in folder: URL, endingWith suffix: String) -> [String] {
        let found = listings.files(below: folder.standardizedFileURL.path)
        let skipped = rootPrefix.utf8.count
        return found.filter { $0.hasSuffix(suffix) && $0.hasPrefix(rootPrefix) }.map { String(Substring($0.utf8.dropFirst(skipped))) }
    }

    /// Reads a text file, which must be UTF-8; reports the line and column of the first bad byte.
    func readText(_ url: URL) throws(ContentError) -> String {
        try text(of: readData(url), path: relativePath(url))
    }

    /// Reads a file inside the project.
    func readData(_ url: URL) throws(ContentError) -> Data {
        try checkInside(url)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ContentError(SourceLocation(path: relativePath(url)), "cannot read this file; check that it exists and is readable")
        }
        return data
    }

    /// The text of a file's bytes, which must be UTF-8 without control characters, with Windows
    /// line endings made plain.
    func text(of data: Data, path: String) throws(ContentError) -> String {
        let hasBOM =
            data.count >= 3 && data[data.startIndex] == 0xEF && data[data.startIndex + 1] == 0xBB && data[data.startIndex + 2] == 0xBF
        var bytes = hasBOM ? data.dropFirst(3) : data[...]
        if Bytes.contains(bytes, 0x0D) { bytes = Self.withoutCarriageReturns(bytes)[...] }
        if let text = String(data: bytes, encoding: .utf8) {
            try ControlCharacters.check(text, path: path)
            return text
        }
        let (line, column) = Self.firstInvalidUTF8(in: data)
        throw ContentError(
            SourceLocation(path: path, line: line, column: column),
            "this file is not valid UTF-8 text; save it as UTF-8 in your editor")
    }

    /// Files below `folder` (recursively), sorted by path, skipping hidden files. Symbolic links
    /// to files are listed too, so that reading one that leads out of the project is reported.
    func files(in folder: URL) -> [URL] {
        listings.files(below: folder.standardizedFileURL.path).sorted().map { URL(fileURLWithPath: $0) }
    }

    /// Folders directly inside `folder`, sorted by name, skipping hidden ones.
    func subfolders(of folder: URL) -> [URL] {
        names(in: folder).map { folder.appendingPathComponent($0) }.filter { isFolder($0) }
    }

    /// The names of the entries of `folder`, sorted, skipping hidden ones.
    func names(in folder: URL) -> [String] {
        guard let handle = opendir(folder.path) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    func isFolder(_ url: URL) -> Bool {
        var info = stat()
        return stat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Fails when `url` is, or passes through, a symbolic link to somewhere outside the project.
    func checkInside(_ url: URL) throws(ContentError) {
        guard let real = Self.realPath(url.path) else { return }
        guard real != realRoot && !real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else { return }
        if let realTemplates, real.hasPrefix(realTemplates + "/") { return }
        throw ContentError(
            SourceLocation(path: relativePath(url)),
            "this is a symbolic link to \(real), outside the project folder; Pressroom reads only files inside the project, so copy the file in instead"
        )
    }

    func exists(_ url: URL) -> Bool {
        var info = stat()
        return stat(url.path, &info) == 0
    }

    /// Resolves `reference` relative to `folder`, refusing any path that leaves `boundary`.
    /// A target that exists must still be inside once every symbolic link on the way is followed.
    func resolve(_ reference: String, from folder: URL, within boundary: URL) -> URL? {
        guard !reference.hasPrefix("/") else { return nil }
        let (target, targetPath) = Self.standardized(folder.appendingPathComponent(reference))
        let limit = Self.standardized(boundary).path
        let inside = { (path: String) in path == limit || path.hasPrefix(limit + "/") }
        guard inside(targetPath) else { return nil }
        if let real = Self.realPath(targetPath) { return inside(real) ? target : nil }
        return exists(target) ? nil : target
    }

    /// `url` with `.` and `..` taken out, and its path; Foundation's way only for a path that
    /// has any, as it is slow on Linux.
    private static func standardized(_ url: URL) -> (url: URL, path: String) {
        let path = url.path
        guard Bytes.contains(path, "/.") || Bytes.contains(path, "//") || path.hasSuffix("/") else { return (url, path) }
        let standard = url.standardizedFileURL
        return (standard, standard.path)
    }
}

extension ProjectFolder {
    /// `\r\n` → `\n`, so Windows files read like any other.
    fileprivate static func withoutCarriageReturns(_ bytes: Data) -> Data {
        var result = Data(capacity: bytes.count)
        var previous: UInt8?
        for byte in bytes {
            if let held = previous, !(held == 0x0D && byte == 0x0A) { result.append(held) }
            previous = byte
        }
        if let last = previous { result.append(last) }
        return result
    }

    fileprivate static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    fileprivate static func firstInvalidUTF8(in data: Data) -> (Int, Int) {
        let bytes = [UInt8](data)
        var line = 1, lineStart = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            let valid =
                length > 0 && index + length <= bytes.count
                && (1..<max(length, 1)).allSatisfy { bytes[index + $0] >> 6 == 0b10 }
            if !valid {
                let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
                return (line, column)
            }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return (line, 1)
    }
}
