/// The parts of a `/`-separated path such as `Content/alpha/strategy/01-introduction.md`,
/// read from its UTF-8 bytes. They give what Foundation's `NSString` path methods give for
/// such paths, which on Linux are slow and stop the program on a path with no `/`.
extension String {
    /// `01-introduction.md`: after the last `/`, or the whole path when it has none.
    var lastPathPart: String {
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return self }
        return String(self[index(after: slash)...])
    }

    /// `Content/alpha/strategy`: before the last `/`, or `""` when there is none.
    var folderPart: String {
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(self[..<slash])
    }

    /// `md`: after the last `.` of the last part; `""` when it has none, or when its only `.`
    /// starts it (`.gitkeep`).
    var nameEnding: String {
        guard let dot = endingDot else { return "" }
        return String(self[index(after: dot)...])
    }

    /// The path without its last part's ending: `Content/alpha/strategy/01-introduction`.
    var deletingNameEnding: String {
        guard let dot = endingDot else { return self }
        return String(self[..<dot])
    }

    private var endingDot: String.Index? {
        let bytes = utf8
        let start = bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
        guard let dot = bytes[start...].lastIndex(of: UInt8(ascii: ".")), dot != start else { return nil }
        return dot
    }
}
