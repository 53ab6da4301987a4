import Foundation
import Yams

/// A YAML mapping read from a project file, that knows where each key was written.
struct YAMLMap {
    let mapping: Node.Mapping
    let path: String
    /// Lines before the YAML text in its file (front matter starts after `---`).
    let lineOffset: Int

    /// Parses `text` as a YAML mapping; an empty document is an empty mapping. Values that YAML
    /// reads differently from how they look (`YAMLWriting`) are recorded in `log`.
    static func parse(_ text: String, path: String, lineOffset: Int = 0, log: DiagnosticLog) throws(ContentError) -> YAMLMap {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw Self.describe(error, text: text, path: path, lineOffset: lineOffset)
        } catch {
            throw ContentError(SourceLocation(path: path, line: lineOffset + 1), "cannot read YAML: \(error)")
        }
        guard let node else { return YAMLMap(mapping: Node.Mapping([]), path: path, lineOffset: lineOffset) }
        YAMLWriting(text: text, path: path, lineOffset: lineOffset, log: log)
            .check(node)
        guard let mapping = node.mapping else {
            throw ContentError(
                Self.location(node.mark, path: path, lineOffset: lineOffset),
                "expected keys and values (`title: My page`), found a \(node.kindName)")
        }
        return YAMLMap(mapping: mapping, path: path, lineOffset: lineOffset)
    }

    var start: SourceLocation { Self.location(mapping.mark, path: path, lineOffset: lineOffset) }
    var keys: [String] { mapping.keys.compactMap(\.string) }

    func node(_ key: String) -> Node? { mapping[key] }

    /// Where `key` was written, or where the mapping starts when it is missing.
    func location(_ key: String) -> SourceLocation {
        guard let keyNode = mapping.keys.first(where: { $0.string == key }) else { return start }
        return Self.location(keyNode.mark, path: path, lineOffset: lineOffset)
    }

    func location(of node: Node) -> SourceLocation {
        Self.location(node.mark, path: path, lineOffset: lineOffset)
    }

    /// A text value; numbers and dates are read as the text that was written.
    func string(_ key: String) throws(ContentError) -> String? {
        guard let node = mapping[key] else { return nil }
        guard let scalar = node.scalar else {
            throw ContentError(location(key), "'\(key)' should be a single value, not a \(node.kindName)")
        }
        let value = scalar.string.trimmingSpacesAndNewlines
        return value.isEmpty || value == "~" || value == "null" ? nil : value
    }

    func requiredString(_ key: String) throws(ContentError) -> String {
        guard let value = try string(key), !value.isEmpty else {
            throw ContentError(start, "missing required key '\(key)'; add `\(key): …`")
        }
        return value
    }

    func bool(_ key: String) throws(ContentError) -> Bool? {
        guard let text = try string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw ContentError(location(key), "'\(key)' should be true or false, not '\(text)'")
        }
    }

    func int(_ key: String) throws(ContentError) -> Int? {
        guard let text = try string(key) else { return nil }
        guard let number = Int(text) else {
            throw ContentError(location(key), "'\(key)' should be a whole number, not '\(text)'")
        }
        return number
    }

    /// A list of text values; a single value counts as a list of one.
    func strings(_ key: String) throws(ContentError) -> [String] {
        guard let node = mapping[key] else { return [] }
        if let scalar = node.scalar { return scalar.string.isEmpty ? [] : [scalar.string] }
        guard let sequence = node.sequence else {
            throw ContentError(location(key), "'\(key)' should be a list (`- item` on each line)")
        }
        var values: [String] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                throw ContentError(location(of: item), "each item of '\(key)' should be a single value")
            }
            values.append(scalar.string)
        }
        return values
    }

    func map(_ key: String) throws(ContentError) -> YAMLMap? {
        guard let node = mapping[key] else { return nil }
        guard let inner = node.mapping else {
            throw ContentError(location(key), "'\(key)' should hold keys and values, indented below it")
        }
        return YAMLMap(mapping: inner, path: path, lineOffset: lineOffset)
    }

    /// A list of mappings, such as `social:` or `priorities:`.
    func maps(_ key: String) throws(ContentError) -> [YAMLMap] {
        guard let node = mapping[key] else { return [] }
        guard let sequence = node.sequence else {
            throw ContentError(location(key), "'\(key)' should be a list of items, each starting with `- `")
        }
        var maps: [YAMLMap] = []
        for item in sequence {
            guard let inner = item.mapping else {
                throw ContentError(location(of: item), "each item of '\(key)' should hold keys and values")
            }
            maps.append(YAMLMap(mapping: inner, path: path, lineOffset: lineOffset))
        }
        return maps
    }

    /// Warns about every key that is not one of `known`, suggesting the closest known key.
    func warnUnknownKeys(_ known: [String], log: DiagnosticLog) {
        for keyNode in mapping.keys {
            guard let key = keyNode.string, !known.contains(key) else { continue }
            log.warning(
                Self.location(keyNode.mark, path: path, lineOffset: lineOffset),
                "unknown key '\(key)'\(Suggestion.hint(for: key, in: known)); it is ignored")
        }
    }
}

extension YAMLMap {
    fileprivate static func location(_ mark: Mark?, path: String, lineOffset: Int) -> SourceLocation {
        SourceLocation(path: path, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    fileprivate static func describe(_ error: YamlError, text: String, path: String, lineOffset: Int) -> ContentError {
        switch error {
        case let .reader(problem, offset, value, _):
            let (line, column) = position(ofByte: offset ?? 0, in: text)
            let character = value >= 0 ? " (U+\(String(format: "%04X", value)))" : ""
            return ContentError(
                SourceLocation(path: path, line: line + lineOffset, column: column),
                "this file has a character YAML does not allow here\(character): \(problem); delete it or retype the words around it")
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return ContentError(
                location(mark, path: path, lineOffset: lineOffset),
                "malformed YAML: \(problem); check the indentation and quote values that contain ': ' or '#'")
        case let .duplicatedKeysInMapping(duplicates, context):
            return ContentError(
                location(context.mark, path: path, lineOffset: lineOffset),
                "the key '\(duplicates.joined(separator: "', '"))' is written twice; keep one")
        default:
            let summary = "\(error)".split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            return ContentError(SourceLocation(path: path, line: lineOffset + 1), "malformed YAML: \(summary)")
        }
    }

    /// The 1-based line and column of the byte at `offset` of `text`'s UTF-8.
    fileprivate static func position(ofByte offset: Int, in text: String) -> (Int, Int) {
        let bytes = text.utf8.prefix(max(offset, 0))
        let line = bytes.count { $0 == UInt8(ascii: "\n") } + 1
        let lineStart = bytes.lastIndex(of: UInt8(ascii: "\n")).map { bytes.index(after: $0) } ?? bytes.startIndex
        return (line, String(decoding: bytes[lineStart...], as: UTF8.self).count + 1)
    }
}

extension Node {
    fileprivate var kindName: String {
        switch self {
        case .scalar: "single value"
        case .mapping: "set of keys"
        case .sequence: "list"
        case .alias: "alias"
        }
    }
}
