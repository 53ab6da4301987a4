/// The marker at the start of a line of a written list (`a.`, `(ii)`, `B)`, `(3)`), followed
/// by a space and some words. See `WrittenList`.
struct WrittenMarker {
    enum Punctuation {
        /// `a.`: small letters and numerals only.
        case dot
        /// `a)`
        case bracket
        /// `(a)`
        case brackets
    }

    /// As written, such as `(ii)`.
    var text: String
    /// The letters or digits inside it, such as `ii`.
    var token: Substring
    var punctuation: Punctuation
    /// How many characters the marker and the spaces after it take.
    private var length: Int

    /// The marker that starts `line`, or `nil` when it starts with none, or nothing follows it.
    init?(starting line: [MarkdownInline]) {
        guard case .text(let first, _)? = line.first, Self.mayStartWithMarker(first.utf8) else { return nil }
        var rest = Substring(first)
        if rest.first == "(" {
            rest = rest.dropFirst()
            token = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            rest = rest.dropFirst(token.count)
            guard rest.first == ")" else { return nil }
            punctuation = .brackets
        } else {
            token = rest.prefix { $0.isASCII && $0.isLetter }
            rest = rest.dropFirst(token.count)
            switch rest.first {
            case ".": punctuation = .dot
            case ")": punctuation = .bracket
            default: return nil
            }
        }
        rest = rest.dropFirst()
        let spaces = rest.prefix { $0 == " " || $0 == "\u{A0}" }
        guard (1...7).contains(token.count), !spaces.isEmpty else { return nil }
        text = String(first.prefix(first.count - rest.count))
        length = text.count + spaces.count
        guard !styles.isEmpty, !(punctuation == .dot && token.first?.isUppercase == true) else { return nil }
        guard !self.rest(of: line).plainText.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
    }

    /// The bytes a marker takes at most: `(`, seven letters or digits, and `)`.
    static let longest = 9

    /// Whether `text` starts as a marker must: an optional `(`, one to seven ASCII letters or
    /// digits, then `.` or `)`. Most paragraphs fail this at their first word, on bytes.
    static func mayStartWithMarker(_ text: String.UTF8View) -> Bool {
        var bytes = text.prefix(longest)
        if bytes.first == UInt8(ascii: "(") { bytes = bytes.dropFirst() }
        let token = bytes.prefix { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
        guard (1...7).contains(token.count) else { return false }
        let after = bytes.dropFirst(token.count).first
        return after == UInt8(ascii: ".") || after == UInt8(ascii: ")")
    }

    /// The styles its token can be read as: `i` is a roman one or the ninth letter.
    var styles: [WrittenList.Style] {
        if token.allSatisfy(\.isNumber) {
            return punctuation == .brackets && token.count <= 3 ? [.decimal] : []
        }
        let small = token.allSatisfy(\.isLowercase)
        guard small || token.allSatisfy(\.isUppercase) else { return [] }
        var styles: [WrittenList.Style] = []
        if token.count == 1 { styles.append(small ? .lowerAlpha : .upperAlpha) }
        if Self.roman(token.lowercased()) != nil { styles.append(small ? .lowerRoman : .upperRoman) }
        return styles
    }

    /// The number the marker stands for when read in `style`: 4 for `d`, `iv` or `(4)`.
    func value(in style: WrittenList.Style) -> Int? {
        guard styles.contains(style) else { return nil }
        switch style {
        case .lowerAlpha, .upperAlpha: return token.lowercased().unicodeScalars.first.map { Int($0.value) - 96 }
        case .lowerRoman, .upperRoman: return Self.roman(token.lowercased())
        case .decimal: return Int(token)
        }
    }

    /// Whether this is the marker for `value` in a list of `style` written with `punctuation`.
    func `is`(_ value: Int, _ style: WrittenList.Style, _ punctuation: Punctuation) -> Bool {
        punctuation == self.punctuation && self.value(in: style) == value
    }

    /// `line` without the marker and the spaces after it.
    func rest(of line: [MarkdownInline]) -> [MarkdownInline] {
        guard case .text(let first, var position)? = line.first else { return line }
        position.column += length
        let text = String(first.dropFirst(length))
        return (text.isEmpty ? [] : [.text(text, position)]) + line.dropFirst()
    }

    /// The value of a roman numeral written the usual way (`iv`, not `iiii`), up to 3999.
    static func roman(_ text: String) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000]
        let digits = text.compactMap { values[$0] }
        guard !digits.isEmpty, digits.count == text.count else { return nil }
        var total = 0
        for (index, digit) in digits.enumerated() {
            total += index + 1 < digits.count && digit < digits[index + 1] ? -digit : digit
        }
        return (1...3999).contains(total) && numeral(total) == text ? total : nil
    }

    private static func numeral(_ value: Int) -> String {
        let parts: [(Int, String)] = [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"),
            (5, "v"), (4, "iv"), (1, "i"),
        ]
        var rest = value
        var text = ""
        for (amount, letters) in parts {
            while rest >= amount {
                text += letters
                rest -= amount
            }
        }
        return text
    }
}
