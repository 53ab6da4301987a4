import Foundation

extension String {
    /// The text without leading and trailing spaces (Unicode's, as Foundation's
    /// `.whitespaces`). Most fields of data files have none, so that case is checked on the
    /// UTF-8 bytes alone, without Foundation's character sets.
    var trimmingSpaces: String {
        guard let first = utf8.first, let last = utf8.last else { return "" }
        if Self.isPlain(first), Self.isPlain(last) { return self }
        return trimmingCharacters(in: .whitespaces)
    }

    /// A byte that cannot start or end a space: ASCII other than space and tab.
    private static func isPlain(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x20 && byte != 0x09
    }
}

extension String {
    /// `nil` for the empty string: an empty cell of a data file is a value not given.
    var nonEmpty: String? { isEmpty ? nil : self }
}
