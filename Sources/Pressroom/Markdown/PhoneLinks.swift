/// UK phone numbers in running text, made into tap-to-call links as the help lines are:
/// `0800 555 111` → `<a href="tel:0800555111">0800 555 111</a>`.
///
/// Careful never to take a figure for a phone number:
/// - a number starting with 0 (10 or 11 digits in groups of 3 to 6: `0808 2000 247`,
///   `01606 364000`, `(01606) 364000`) or with +44 (`+44 20 7946 0000`) is always one;
/// - 999, 101, 111, 105, 116 xxx and 0800 1111 are one only straight after "call", "phone",
///   "ring", "dial" or "text" (`call 999`, `call NHS 111`, `call 999 or 101`), or after "on"
///   when no other word follows the number (`Samaritans are there on 116 123`, but not
///   `on 101 occasions`).
///
/// A number straight after "text" becomes an `sms:` link, so that nobody who asked to send a
/// text message starts a call. Text is read as UTF-8 bytes; a run without numbers costs one pass.
enum PhoneLinks {
    /// The word just before a number that makes a short number a phone number.
    enum CallWord {
        /// "call", "phone", "ring" or "dial".
        case call
        /// "text": the number gets an `sms:` link.
        case text
        /// "on", as in "Childline on 0800 1111": for 999, 101, 111 and 105 only when no other
        /// word follows the number.
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
                html += "<a href=\"\(number.href)\">\(written)</a>"
                start = number.range.upperBound
            }
            return html + HTMLText.escape(String(decoding: bytes[start...], as: UTF8.self))
        }
        return linked ?? HTMLText.escape(text)
    }

    /// The call word `text` ends with, with or without one space after it: "Call " in `Call **999**`.
    static func callWord(endOf text: String) -> CallWord? {
        var text = text
        return text.withUTF8 { bytes in
            guard let last = bytes.last, isLetter(last) || last == space || last == colon else { return nil }
            return word(before: bytes.count, in: bytes)?.word.callWord
        }
    }
}

private extension PhoneLinks {
    struct Number {
        var range: Range<Int>
        var digits: String
        var callWord: CallWord?

        var href: String { (callWord == .text ? "sms:" : "tel:") + digits }
    }

    static let space = UInt8(ascii: " "), colon = UInt8(ascii: ":"), zero = UInt8(ascii: "0")
    static let plus = UInt8(ascii: "+"), open = UInt8(ascii: "("), close = UInt8(ascii: ")")

    static func find(in bytes: UnsafeBufferPointer<UInt8>, after carried: CallWord?) -> [Number] {
        var numbers: [Number] = []
        var index = 0
        // "(" is 0x28, "+" 0x2B and the digits 0x30 to 0x39: every other byte is passed over, eight at a time.
        while let next = Bytes.firstIndex(from: open, through: UInt8(ascii: "9"), in: bytes, at: index) {
            index = next
            let byte = bytes[index]
            guard isDigit(byte) || byte == plus || byte == open, index == 0 || startsNumber(after: bytes[index - 1]) else {
                index += 1
                continue
            }
            let previousEnd = numbers.last?.range.upperBound
            if var number = long(in: bytes, at: index) {
                number.callWord = callWord(before: index, in: bytes, carried: carried, previousEnd: previousEnd, allowsNHS: false)
                numbers.append(number)
                index = number.range.upperBound
            } else if let number = short(in: bytes, at: index, carried: carried, previousEnd: previousEnd) {
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
        var digits = ""
        var groups: [(end: Int, count: Int)] = []
        let international = bytes[index] == plus
        if international {
            guard text("+44", in: bytes, at: index) else { return nil }
            index += 3
            if index < bytes.count, bytes[index] == space, text("(0)", in: bytes, at: index + 1) { index += 1 }
            if text("(0)", in: bytes, at: index) { index += 3 }
            index = skipSeparator(in: bytes, at: index)
            guard index < bytes.count, isDigit(bytes[index]), bytes[index] != zero else { return nil }
            digits = "+44"
        } else if bytes[index] == open {
            let end = digitRun(in: bytes, from: index + 1)
            guard end < bytes.count, bytes[end] == close, (4...6).contains(end - index), startsAreaCode(in: bytes, at: index + 1) else {
                return nil
            }
            digits = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            groups.append((end + 1, end - index - 1))
            index = skipSeparator(in: bytes, at: end + 1)
            guard index > end + 1 else { return nil }
        } else if !startsAreaCode(in: bytes, at: index) {
            return nil
        }
        var total = groups.first?.count ?? 0
        while index < bytes.count, isDigit(bytes[index]), groups.count < 5, total <= 11 {
            let end = digitRun(in: bytes, from: index)
            digits += String(decoding: bytes[index..<end], as: UTF8.self)
            total += end - index
            groups.append((end, end - index))
            let next = skipSeparator(in: bytes, at: end)
            guard next > end else { break }
            index = next
        }
        // The most groups that make a whole number: 0 and 9 or 10 more digits, or +44 and 9 or 10.
        let wanted = international ? 9...10 : 10...11
        var count = 0
        var best: (end: Int, count: Int)?
        for (offset, group) in groups.enumerated() {
            let fits =
                offset == 0
                ? groups.count == 1 || (group.count >= (international ? 1 : 3) && group.count <= 6) : group.count >= 3
            guard fits else { break }
            count += group.count
            if wanted.contains(count) { best = (group.end, count) }
        }
        guard let best, endsNumber(in: bytes, at: best.end) else { return nil }
        return Number(range: start..<best.end, digits: String(digits.prefix(best.count + (international ? 3 : 0))))
    }

    /// 999, 101, 111, 105, 116 xxx or 0800 1111 at `start`, straight after a call word.
    static func short(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, carried: CallWord?, previousEnd: Int?) -> Number? {
        guard isDigit(bytes[start]) else { return nil }
        var end = digitRun(in: bytes, from: start)
        func spells(_ digits: StaticString) -> Bool {
            digitRun(in: bytes, from: start) - start == digits.utf8CodeUnitCount && text(digits, in: bytes, at: start)
        }
        let isShort = end - start == 3 && (spells("999") || spells("101") || spells("111") || spells("105"))
        if !isShort {
            let groupLength = spells("116") ? 3 : spells("0800") || spells("0808") ? 4 : 0
            let next = skipSeparator(in: bytes, at: end)
            if groupLength > 0, next > end, digitRun(in: bytes, from: next) - next == groupLength {
                end = next + groupLength
            } else if !(end - start == 6 && text("116", in: bytes, at: start)) {
                return nil
            }
        }
        guard endsNumber(in: bytes, at: end),
            let callWord = callWord(before: start, in: bytes, carried: carried, previousEnd: previousEnd, allowsNHS: spells("111"))
        else { return nil }
        if callWord == .on, isShort, !mayFollowOn(in: bytes, at: end) { return nil }
        let digits = String(decoding: bytes[start..<end].filter(isDigit), as: UTF8.self)
        return Number(range: start..<end, digits: digits, callWord: callWord)
    }

    /// The call word just before `start`: in this text ("call 999", "call NHS 111", "call 999 or 101"),
    /// or carried from the text before when the number starts this text.
    static func callWord(
        before start: Int, in bytes: UnsafeBufferPointer<UInt8>, carried: CallWord?, previousEnd: Int?, allowsNHS: Bool
    ) -> CallWord? {
        if startsText(bytes, at: start) { return carried }
        guard var (wordStart, word) = word(before: start, in: bytes) else { return nil }
        if let previousEnd, wordStart == previousEnd + 1, word == .or || word == .and { return .call }
        if allowsNHS, word == .nhs {
            if startsText(bytes, at: wordStart) { return carried }
            guard let before = Self.word(before: wordStart, in: bytes) else { return nil }
            (wordStart, word) = before
        }
        return word.callWord
    }

    /// The words that matter just before a number, spelt in lower case.
    enum Word: CaseIterable {
        case call, phone, ring, dial, text, on, or, and, nhs

        var spelling: StaticString {
            switch self {
            case .call: "call"
            case .phone: "phone"
            case .ring: "ring"
            case .dial: "dial"
            case .text: "text"
            case .on: "on"
            case .or: "or"
            case .and: "and"
            case .nhs: "nhs"
            }
        }

        var callWord: CallWord? {
            switch self {
            case .call, .phone, .ring, .dial: .call
            case .text: .text
            case .on: .on
            case .or, .and, .nhs: nil
            }
        }
    }

    /// At the start of the text, or after one space there.
    static func startsText(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index == 0 || (index == 1 && bytes[0] == space)
    }

    /// The word that ends right before `end` or one space (or no-break space) before it, allowing
    /// a colon after it (`Phone: 116 123`), when it is one that matters.
    static func word(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, word: Word)? {
        var end = end
        if end > 0, bytes[end - 1] == space {
            end -= 1
        } else if end > 1, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 {
            end -= 2
        }
        if end > 0, bytes[end - 1] == colon { end -= 1 }
        var start = end
        while start > 0, isLetter(bytes[start - 1]), end - start < 6 { start -= 1 }
        guard start < end, start == 0 || !isLetter(bytes[start - 1]),
            let word = Word.allCases.first(where: { spelt($0.spelling, in: bytes, from: start, to: end) })
        else { return nil }
        return (start, word)
    }

    /// After "on 101", only punctuation, the end of the text or a small word may follow
    /// ("on 101 if", "on 111."), never a noun as in "on 101 occasions".
    static func mayFollowOn(in bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        guard end < bytes.count, bytes[end] == space else { return true }
        var wordEnd = end + 1
        while wordEnd < bytes.count, isLetter(bytes[wordEnd]) { wordEnd += 1 }
        guard wordEnd > end + 1 else { return true }
        let words: [StaticString] = ["if", "or", "and", "to", "for", "when", "from", "at", "any", "free", "as", "who"]
        return words.contains { spelt($0, in: bytes, from: end + 1, to: wordEnd) }
    }

    /// Whether the letters from `start` to `end` spell `word` (lower case), in any case.
    static func spelt(_ word: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard end - start == word.utf8CodeUnitCount else { return false }
        return (0..<(end - start)).allSatisfy { bytes[start + $0] | 0x20 == word.utf8Start[$0] }
    }

    /// A 0 and a digit other than 0: the start of a UK number written without +44.
    static func startsAreaCode(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 1 < bytes.count && bytes[index] == zero && isDigit(bytes[index + 1]) && bytes[index + 1] != zero
    }

    /// Whether a number may start after `byte`: not inside a word, a figure or an address.
    static func startsNumber(after byte: UInt8) -> Bool {
        byte == space || byte == open || byte >= 0x80 || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == colon
    }

    /// Whether a number may end at `end`: not followed by a letter, a digit, %, / or a decimal part.
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

    /// Past one space or no-break space at `index` when a digit follows it; otherwise `index`.
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
        guard index >= 0, index + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[index + $0] == expected.utf8Start[$0] }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }
}
