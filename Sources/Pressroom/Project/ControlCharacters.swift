import Foundation

/// Invisible control characters in a text file (a zero byte, an escape, a form feed, U+0080 to
/// U+009F): they come from damaged files or text copied out of other programs, show as nothing
/// or as garbage, and break YAML and CSV. Tab, line feed and carriage return are allowed.
enum ControlCharacters {
    /// The first control character of `text`, as an error at its line and column.
    static func check(_ text: String, path: String) throws(ContentError) {
        var text = text
        let found = text.withUTF8 { bytes -> (line: Int, column: Int, scalar: UInt32, count: Int)? in
            // Most files have none: one quick look at each byte for anything that could start one.
            guard bytes.contains(where: couldStartOne) else { return nil }
            var first: (line: Int, column: Int, scalar: UInt32)?
            var count = 0
            var line = 1
            var lineStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == 0x0A {
                    line += 1
                    lineStart = index + 1
                    continue
                }
                guard couldStartOne(byte) else { continue }
                let scalar: UInt32
                if byte != 0xC2 {
                    scalar = UInt32(byte)
                } else if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                    scalar = UInt32(bytes[index + 1])
                } else {
                    continue
                }
                count += 1
                if first == nil {
                    let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<index]), as: UTF8.self).count + 1
                    first = (line, column, scalar)
                }
            }
            return first.map { ($0.line, $0.column, $0.scalar, count) }
        }
        guard let found else { return }
        let more = found.count > 1 ? " (and \(found.count - 1) more in this file)" : ""
        throw ContentError(
            SourceLocation(path: path, line: found.line, column: found.column),
            "this file has an invisible control character here, \(name(found.scalar))\(more); such characters come from "
                + "damaged files or text copied out of other programs, so delete it (retype the words around it if your editor does not show it)"
        )
    }

    /// A control character itself, other than tab, line feed and carriage return, or the first
    /// byte of U+0080 to U+00FF, among which are U+0080 to U+009F.
    private static func couldStartOne(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D || byte == 0x7F || byte == 0xC2
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
