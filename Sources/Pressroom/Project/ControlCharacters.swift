import Foundation

/// Invisible control characters in a text file (a zero byte, an escape, a form feed, U+0080 to
/// U+009F): they come from damaged files or text copied out of other programs, show as nothing
/// or as garbage, and break YAML and CSV. Tab, line feed and carriage return are allowed.
enum ControlCharacters {
    /// The first control character of `text`, as an error at its line and column.
    static func check(_ text: String, path: String) throws(ContentError) {
        var text = text
        let found = text.withUTF8 { bytes -> (line: Int, column: Int, scalar: UInt32, count: Int)? in
            guard let first = next(in: bytes, from: 0) else { return nil }
            var count = 1
            var after = first.index + 1
            while let more = next(in: bytes, from: after) {
                count += 1
                after = more.index + 1
            }
            let before = UnsafeBufferPointer(rebasing: bytes[..<first.index])
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let line = before.count { $0 == 0x0A } + 1
            let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<first.index]), as: UTF8.self).count + 1
            return (line, column, first.scalar, count)
        }
        guard let found else { return }
        let more = found.count > 1 ? " (and \(found.count - 1) more in this file)" : ""
        throw ContentError(
            SourceLocation(path: path, line: found.line, column: found.column),
            "this file has an invisible control character here, \(name(found.scalar))\(more); such characters come from "
                + "damaged files or text copied out of other programs, so delete it (retype the words around it if your editor does not show it)"
        )
    }

    /// The next control character from `start`: where it starts, and which it is. Most files
    /// have none, and each byte is looked at once; a £ or a no-break space starts with the same
    /// byte as U+0080 to U+009F, and only the byte after it tells them apart.
    private static func next(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (index: Int, scalar: UInt32)? {
        var index = start
        // Space to `~`, most of any text, is passed over eight bytes at a time.
        while let next = Bytes.firstIndex(outside: 0x20, through: 0x7E, in: bytes, at: index) {
            index = next
            let byte = bytes[index]
            if byte < 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D || byte == 0x7F {
                return (index, UInt32(byte))
            }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F {
                return (index, UInt32(bytes[index + 1]))
            }
            index += 1
        }
        return nil
    }

    private static func name(_ scalar: UInt32) -> String {
        let code = "U+" + String(format: "%04X", scalar)
        switch scalar {
        case 0x00: return "\(code), a zero byte (NUL)"
        case 0x0B: return "\(code), a vertical tab"
        case 0x0C: return "\(code), a form feed (page break)"
        case 0x1B: return "\(code), an escape"
        case 0x7F: return "\(code), a delete"
        default: return code
        }
    }
}
