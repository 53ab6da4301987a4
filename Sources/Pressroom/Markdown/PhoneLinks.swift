/// UK phone numbers in running text, made into tap-to-call links as the help lines are:
/// `0800 555 111` → `<a href="tel:0800555111">0800 555 111</a>`.
///
/// Careful never to take a figure for a phone number:
/// - a number starting with 0 (10 or 11 digits, in groups of 3 to 6: `0808 2000 247`,
///   `01606 364000`, `(01606) 364000`) or with +44 (`+44 20 7946 0000`) is always one;
/// - 999, 101, 111, 105, 116 xxx and 0800 1111 are one only straight after "call", "phone",
///   "ring", "dial" or "text" (`call 999`, `ring NHS 111`, `call 999 or 101`), or after "on"
///   when no other word follows the number (`Samaritans are there on 116 123`, not
///   `on 101 occasions`).
///
/// Text is read as UTF-8 bytes, and a run with no digit costs one pass.
enum PhoneLinks {
    /// The word just before a number that makes a short number a phone number.
    enum CallWord {
        /// "call", "phone", "ring", "dial" or "text".
        case call
        /// "on", as in "Childline on 0800 1111": only with no other word after the number.
        case on
    }

    /// Whether text here may have phone links, and the call word the text before ended with.
    struct Context {
        var enabled = true
        var callWord: CallWord?
    }

    /// `text` as HTML, escaped, with its phone numbers as links. `callWord` is the word that
    /// ended the text just before this run, as in `Call **999**`.
    static func html(_ text: String, after callWord: CallWord? = nil) -> String {
        var text = text
        let linked = text.withUTF8 { bytes -> String? in
            let numbers = find(in: bytes, after: callWord)
            guard !numbers.isEmpty else { return nil }
            var html = ""
            var start = 0
            for number in numbers {
                html += HTMLText.escape(String(decoding: bytes[start..<number.range.lowerBound], as: UTF8.self))
                let written = HTMLText.escape(String(decoding: bytes[number.range], as: UTF8.self))
                html += "<a href=\"tel:\(number.dialled)\">\(written)</a>"
                start = number.range.upperBound
            }
            return html + HTMLText.escape(String(decoding: bytes[start...], as: UTF8.self))
        }
        return linked ?? HTMLText.escape(text)
    }

    /// The call word `text` ends with, allowing one space after it: "Call " in `Call **999**`.
    static func callWord(endOf text: String) -> CallWord? {
        var text = text
        return text.withUTF8 { bytes in
            guard let last = bytes.last, isLetter(last) || last == space || last == colon else { return nil }
            return word(before: bytes.count, in: bytes).flatMap { Self.callWord($0.word, in: bytes) }
        }
    }
}

private extension PhoneLinks {
    struct Number {
        var range: Range<Int>
        var dialled: String
    }

    static let space = UInt8(ascii: " "), colon = UInt8(ascii: ":"), zero = UInt8(ascii: "0")
    static let plus = UInt8(ascii: "+"), open = UInt8(ascii: "("), close = UInt8(ascii: ")")

    static func find(in bytes: UnsafeBufferPointer<UInt8>, after callWord: CallWord?) -> [Number] {
        var numbers: [Number] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard isDigit(byte) || byte == plus || byte == open, index == 0 || startsNumber(after: bytes[index - 1]) else {
                index += 1
                continue
            }
            let previousEnd = numbers.last?.range.upperBound
            if let number = long(in: bytes, at: index)
                ?? short(in: bytes, at: index, after: index <= 1 ? callWord : nil, previousEnd: previousEnd)
            {
                numbers.append(number)
                index = number.range.upperBound
            } else {
                index += 1
            }
        }
        return numbers
    }

    /// A number starting with 0 or +44 at `start`.
    static func long(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Number? {
        var index = start
        var dialled = ""
        var digits = 0
        var groups: [(end: Int, digits: Int)] = []
        if bytes[index] == plus {
            guard text("+44", in: bytes, at: index) else { return nil }
            index = skipSeparator(in: bytes, at: index + 3)
            if text("(0)", in: bytes, at: index) { index = skipSeparator(in: bytes, at: index + 3) }
            guard index < bytes.count, isDigit(bytes[index]), bytes[index] != zero else { return nil }
            dialled = "+44"
        } else if bytes[index] == open {
            let end = digitRun(in: bytes, from: index + 1)
            guard end < bytes.count, bytes[end] == close, (4...6).contains(end - index), text("0", in: bytes, at: index + 1) else {
                return nil
            }
            dialled = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            digits = end - index - 1
            groups.append((end + 1, digits))
            index = skipSeparator(in: bytes, at: end + 1)
        } else if bytes[index] != zero || index + 1 >= bytes.count || !isDigit(bytes[index + 1]) || bytes[index + 1] == zero {
            return nil
        }
        while index < bytes.count, isDigit(bytes[index]), groups.count < 5, digits <= 11 {
            let end = digitRun(in: bytes, from: index)
            dialled += String(decoding: bytes[index..<end], as: UTF8.self)
            digits += end - index
            groups.append((end, end - index))
            let next = skipSeparator(in: bytes, at: end)
            guard next > end else { break }
            index = next
        }
        // The longest run of groups that makes a whole number: 0 and 9 or 10 digits, or +44 and 9 or 10.
        let wanted = dialled.hasPrefix("+") ? 9...10 : 10...11
        var total = 0
        var best: (end: Int, digits: Int)?
        for (offset, group) in groups.enumerated() {
            let first = offset == 0
            guard first ? (group.digits <= 6 || groups.count == 1) : group.digits >= 3 else { break }
            total += group.digits
            if wanted.contains(total) { best = (group.end, total) }
        }
        guard let best, endsNumber(in: bytes, at: best.end) else { return nil }
        let plusDigits = dialled.hasPrefix("+") ? 3 : 0
        return Number(range: start..<best.end, dialled: String(dialled.prefix(best.digits + plusDigits)))
    }

    /// 999, 101, 111, 105, 116 xxx or 0800 1111 at `start`, straight after a call word.
    static func short(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, after carried: CallWord?, previousEnd: Int?) -> Number? {
        guard isDigit(bytes[start]) else { return nil }
        let end = digitRun(in: bytes, from: start)
        var last = end
        let digits = String(decoding: bytes[start..<end], as: UTF8.self)
        var dialled = digits
        switch digits {
        case "999", "101", "111", "105": break
        case "116", "0800", "0808":
            let next = skipSeparator(in: bytes, at: end)
            let nextEnd = digitRun(in: bytes, from: next)
            guard next > end, nextEnd - next == (digits == "116" ? 3 : 4) else { return nil }
            dialled += String(decoding: bytes[next..<nextEnd], as: UTF8.self)
            last = nextEnd
        default:
            guard digits.count == 6, digits.hasPrefix("116") else { return nil }
        }
        guard endsNumber(in: bytes, at: last),
            let callWord = callWord(before: start, in: bytes, carried: carried, previousEnd: previousEnd, isEmergency: digits == "111")
        else { return nil }
        if callWord == .on, dialled.count == 3, !endsSentenceAfterOn(in: bytes, at: last) { return nil }
        return Number(range: start..<last, dialled: dialled)
    }

    /// The call word just before `start`: in this text ("call 999", "ring NHS 111", "call 999 or 101"),
    /// or carried from the text before when the number starts this text.
    static func callWord(
        before start: Int, in bytes: UnsafeBufferPointer<UInt8>, carried: CallWord?, previousEnd: Int?, isEmergency: Bool
    ) -> CallWord? {
        if start == 0 || (start == 1 && bytes[0] == space) { return carried }
        guard var (wordStart, word) = word(before: start, in: bytes) else { return nil }
        if let previousEnd, wordStart == previousEnd + 1, word == "or" || word == "and" { return .call }
        if isEmergency, word == "nhs" {
            if wordStart == 0 || (wordStart == 1 && bytes[0] == space) { return carried }
            guard let before = Self.word(before: wordStart, in: bytes) else { return nil }
            (wordStart, word) = before
        }
        return callWord(word, in: bytes)
    }

    static func callWord(_ word: String, in bytes: UnsafeBufferPointer<UInt8>) -> CallWord? {
        switch word {
        case "call", "phone", "ring", "dial", "text", "call:", "phone:", "text:": .call
        case "on": .on
        default: nil
        }
    }

    /// The word (lower case, with a colon after it if there is one) that ends one space before `end`,
    /// or right at `end`.
    static func word(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, word: String)? {
        var wordEnd = end
        if wordEnd > 0, bytes[wordEnd - 1] == space { wordEnd -= 1 }
        var wordStart = wordEnd
        if wordStart > 0, bytes[wordStart - 1] == colon { wordStart -= 1 }
        while wordStart > 0, isLetter(bytes[wordStart - 1]), wordEnd - wordStart < 8 { wordStart -= 1 }
        guard wordStart < wordEnd, wordStart == 0 || !isLetter(bytes[wordStart - 1]), isLetter(bytes[wordStart]) else { return nil }
        return (wordStart, String(decoding: bytes[wordStart..<wordEnd].map { $0 | 0x20 }, as: UTF8.self).replacingColon())
    }

    /// After "on 101", only punctuation, the end of the text or a small word may follow
    /// ("on 101 if", "on 111."), never a noun as in "on 101 occasions".
    static func endsSentenceAfterOn(in bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        guard end < bytes.count, bytes[end] == space else { return true }
        var wordEnd = end + 1
        while wordEnd < bytes.count, isLetter(bytes[wordEnd]) { wordEnd += 1 }
        guard wordEnd > end + 1 else { return true }
        let word = String(decoding: bytes[(end + 1)..<wordEnd].map { $0 | 0x20 }, as: UTF8.self)
        return ["if", "or", "and", "to", "for", "when", "from", "at", "any", "free", "as", "who", "which"].contains(word)
    }

    /// Whether a number may start after `byte`: not inside a word, a figure or an address.
    static func startsNumber(after byte: UInt8) -> Bool {
        byte == space || byte == open || byte >= 0x80 || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == colon
    }

    /// Whether a number may end at `end`: not followed by a letter, digit, %, /, or a decimal part.
    static func endsNumber(in bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        guard end < bytes.count else { return true }
        let byte = bytes[end]
        if isDigit(byte) || isLetter(byte) || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "_") {
            return false
        }
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "-") {
            return end + 1 >= bytes.count || !isDigit(bytes[end + 1])
        }
        return true
    }

    /// Past one space or no-break space at `index` if a digit follows it; otherwise `index`.
    static func skipSeparator(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        if index + 1 < bytes.count, bytes[index] == space, isDigit(bytes[index + 1]) { return index + 1 }
        if index + 2 < bytes.count, bytes[index] == 0xC2, bytes[index + 1] == 0xA0, isDigit(bytes[index + 2]) { return index + 2 }
        return index
    }

    static func digitRun(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        return end
    }

    static func text(_ expected: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = expected.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[index + $0] == expected.utf8Start[$0] }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }
}

private extension String {
    /// "call:" is "call"; the colon only allows `Phone: 116 123`.
    func replacingColon() -> String { hasSuffix(":") ? String(dropLast()) : self }
}
