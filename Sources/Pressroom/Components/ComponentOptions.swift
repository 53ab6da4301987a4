import Foundation
import Yams

/// The options written inside a component block (YAML) or after a figure's name in a sentence.
struct ComponentOptions {
    var values: [String: String]
    var lists: [String: [String]]
    var location: SourceLocation
    /// Where each option of a block was written.
    var keyLocations: [String: SourceLocation] = [:]

    /// Options of a fenced block: a YAML mapping whose first line is at `location`.
    static func block(_ text: String, at location: SourceLocation, log: DiagnosticLog) throws(ContentError) -> ComponentOptions {
        let yaml = try YAMLMap.parse(text, path: location.path, lineOffset: location.line - 1, log: log)
        var options = ComponentOptions(values: [:], lists: [:], location: location)
        for key in yaml.keys {
            options.keyLocations[key] = yaml.location(key)
            if let node = yaml.node(key), node.sequence != nil {
                options.lists[key] = try yaml.strings(key)
            } else if let value = try yaml.string(key) {
                options.values[key] = value
            }
        }
        return options
    }

    /// Options of `{{value knife-crime period=2022/23 area="Cheshire East"}}`: the first word is the measure.
    static func inline(_ text: String, at location: SourceLocation) -> ComponentOptions {
        var options = ComponentOptions(values: [:], lists: [:], location: location)
        let regex = Self.inlinePattern
        let range = NSRange(text.startIndex..., in: text)
        for match in regex.matches(in: text, range: range) {
            let group = { (index: Int) in Range(match.range(at: index), in: text).map { String(text[$0]) } }
            if let key = group(1) {
                options.values[key] = group(2) ?? group(3) ?? ""
            } else if let word = group(4), options.values["measure"] == nil {
                options.values["measure"] = word
            } else if let word = group(4) {
                options.values["unexpected \(word)"] = word
            }
        }
        return options
    }

    private static let inlinePattern = try! NSRegularExpression(
        pattern: #"([A-Za-z_]+)=(?:["“”']([^"“”']*)["“”’']|(\S+))|(\S+)"#)

    func value(_ key: String) -> String? { values[key] }

    /// Where option `key` was written, or where the options start.
    func location(of key: String) -> SourceLocation { keyLocations[key] ?? location }

    func list(_ key: String) -> [String] { lists[key] ?? values[key].map { [$0] } ?? [] }

    func required(_ key: String) throws(ContentError) -> String {
        guard let value = values[key], !value.isEmpty else {
            throw ContentError(location(of: key), "missing option '\(key)'; add `\(key): …`")
        }
        return value
    }

    /// Fails on any option this component does not take.
    func allow(_ known: [String]) throws(ContentError) {
        for key in (Array(values.keys) + Array(lists.keys)).sorted() where !known.contains(key) {
            throw ContentError(
                location(of: key),
                "unknown option '\(key)'\(Suggestion.hint(for: key, in: known)); this component takes \(known.joined(separator: ", "))")
        }
    }
}
