import Foundation

extension String {
    /// The text without leading and trailing spaces (Unicode's, as Foundation's `.whitespaces`).
    var trimmingSpaces: String { trimmed(.whitespaces) { $0 == 0x20 || $0 == 0x09 } }

    /// The text without leading and trailing spaces and line breaks (as `.whitespacesAndNewlines`).
    var trimmingSpacesAndNewlines: String { trimmed(.whitespacesAndNewlines) { $0 == 0x20 || (0x09...0x0D).contains($0) } }

    /// The text without leading and trailing line breaks (as `.newlines`).
    var trimmingNewlines: String { trimmed(.newlines) { (0x0A...0x0D).contains($0) } }

    /// Most text has nothing to trim, or only ASCII spaces and line breaks, so both ends are
    /// looked at as UTF-8 bytes; only text that ends in other Unicode goes to Foundation.
    /// The character set is made only when needed: fetching one costs more than trimming.
    private func trimmed(_ characters: @autoclosure () -> CharacterSet, ascii isTrimmed: (UInt8) -> Bool) -> String {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { !isTrimmed($0) }), let last = bytes.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        if bytes[first] >= 0x80 || bytes[last] >= 0x80 { return trimmingCharacters(in: characters()) }
        if first == startIndex, bytes.index(after: last) == endIndex { return self }
        return String(self[first...last])
    }
}

extension String {
    /// `nil` for the empty string: an empty cell of a data file is a value not given.
    var nonEmpty: String? { isEmpty ? nil : self }
}

extension Substring {
    /// The text without leading and trailing spaces, as `String.trimmingSpaces`.
    var trimmingSpaces: String { String(self).trimmingSpaces }
}
