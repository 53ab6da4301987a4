/// "Did you mean …?" for a misspelt key or identifier.
struct Suggestion {
    /// The names to suggest from, each in lower case, prepared once for many look-ups.
    private let names: [(name: String, scalars: [Unicode.Scalar])]

    init(_ candidates: some Sequence<String>) {
        names = candidates.map { ($0, Array($0.lowercased().unicodeScalars)) }
    }

    /// The closest name to `word`, if it is close enough to be a likely typo: the first of the
    /// nearest, within `max(2, word.count / 3)` edits. A name is given up as soon as it is
    /// further than the nearest so far, so that thousands of look-ups among hundreds of names
    /// stay quick.
    func closest(to word: String) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        var best: String?
        var bound = max(2, word.count / 3)
        var rows = (Array(repeating: 0, count: target.count + 1), Array(repeating: 0, count: target.count + 1))
        for (name, scalars) in names {
            guard let found = Self.distance(scalars, target, atMost: bound, rows: &rows) else { continue }
            best = name
            if found == 0 { break }
            bound = found - 1
        }
        return best
    }

    /// Text to append to a message: ` (did you mean 'x'?)` or nothing.
    func hint(for word: String) -> String {
        closest(to: word).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
    static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        Suggestion(candidates).closest(to: word)
    }

    /// Text to append to a message: ` (did you mean 'x'?)` or nothing.
    static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        Suggestion(candidates).hint(for: word)
    }

    /// The edit distance between `a` and `b`, or `nil` when it is more than `limit`; `rows` are
    /// two rows of `b.count + 1` numbers to work in.
    private static func distance(
        _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int, rows: inout ([Int], [Int])
    ) -> Int? {
        guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        for j in 0...b.count { rows.0[j] = j }
        for i in 1...a.count {
            rows.1[0] = i
            var smallest = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                let value = min(rows.0[j] + 1, rows.1[j - 1] + 1, rows.0[j - 1] + cost)
                rows.1[j] = value
                smallest = min(smallest, value)
            }
            if smallest > limit { return nil }
            swap(&rows.0, &rows.1)
        }
        return rows.0[b.count] <= limit ? rows.0[b.count] : nil
    }
}
