import Foundation
import Yams

/// Values that YAML reads differently from how they look: `brand_colour: #1D4F91` is a key with
/// no value (YAML reads `#` and what follows as a comment), and `title: “Our strategy”` keeps
/// its typographic quotes as part of the title.
struct YAMLWriting {
    /// The YAML as written, split into lines only when a value needs looking at.
    let text: String
    let path: String
    let lineOffset: Int
    let log: DiagnosticLog

    /// Checks every value in `node` and below it.
    func check(_ node: Node, key: String? = nil) {
        switch node {
        case .mapping(let mapping):
            for (keyNode, value) in mapping {
                if case .scalar(let scalar) = value, scalar.style == .plain, scalar.string.isEmpty {
                    checkComment(after: keyNode)
                }
                check(value, key: keyNode.string ?? key)
            }
        case .sequence(let sequence):
            for item in sequence { check(item, key: key) }
        case .scalar(let scalar):
            checkQuotes(scalar, key: key)
        case .alias:
            break
        }
    }

    /// A key whose value is empty because what follows it on the line starts with `#`.
    private func checkComment(after keyNode: Node) {
        guard let mark = keyNode.mark, mark.line >= 1, let line = line(mark.line) else { return }
        let keyStart = line.index(line.startIndex, offsetBy: min(max(mark.column - 1, 0), line.count))
        guard let colon = line[keyStart...].firstIndex(of: ":") else { return }
        let rest = line[line.index(after: colon)...]
        guard let hash = rest.firstIndex(where: { $0 != " " && $0 != "\t" }), rest[hash] == "#", hash > rest.startIndex else { return }
        let comment = String(line[hash...]).trimmingCharacters(in: .whitespaces)
        let key = keyNode.string ?? "this key"
        let location = SourceLocation(path: path, line: mark.line + lineOffset, column: line.distance(from: line.startIndex, to: hash) + 1)
        if Self.isColour(comment) {
            log.error(
                location,
                "'\(key)' has no value: YAML reads '#' and what follows as a comment; put the colour in quotes: \(key): \"\(comment)\"")
        } else {
            log.warning(
                location,
                "'\(key)' has no value: YAML reads '#' and what follows as a comment; to write a value that starts with '#', "
                    + "put it in quotes (\(key): \"\(comment)\"), or delete the comment")
        }
    }

    /// Line `number` of the text, counting from 1.
    private func line(_ number: Int) -> Substring? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return number <= lines.count ? lines[number - 1] : nil
    }

    /// A value written between typographic quotes, which YAML keeps as part of it.
    private func checkQuotes(_ scalar: Node.Scalar, key: String?) {
        guard scalar.style == .plain, let first = scalar.string.first, let last = scalar.string.last, scalar.string.count >= 2,
            "“‘„".contains(first), "”’“".contains(last)
        else { return }
        let mark = scalar.mark
        let inner = String(scalar.string.dropFirst().dropLast())
        let name = key.map { "'\($0)' is" } ?? "this value is"
        log.warning(
            SourceLocation(path: path, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1),
            "\(name) written between typographic quotes (\(first)…\(last)), which YAML keeps as part of the text; "
                + "use straight quotes or none: \(key.map { "\($0): " } ?? "")\"\(inner)\"")
    }

    private static func isColour(_ text: String) -> Bool {
        let digits = text.dropFirst()
        return text.hasPrefix("#") && [3, 4, 6, 8].contains(digits.count) && digits.allSatisfy(\.isHexDigit)
    }
}
