import Foundation
import Yams

/// The blocks that lay out what a partnership plans to do, rather than its figures: a delivery
/// plan's matrix (`delivery-plan`) and a theory of change (`theory-of-change`). Each is written
/// in its chapter as YAML, read whole, and reports every problem it finds where it was written.
enum PlanBlocks {
    /// HTML for a plan block, or `nil` when `name` is not one.
    static func html(
        _ name: String, _ body: String, at location: SourceLocation, tableID: String, log: DiagnosticLog
    ) throws(ContentError) -> String? {
        switch name {
        case DeliveryPlan.blockName: try DeliveryPlan.read(body, at: location, log: log).html(id: tableID)
        case TheoryOfChange.blockName: try TheoryOfChange.read(body, at: location, log: log).html(id: tableID)
        default: nil
        }
    }
}

/// The problems found in one block, kept so that all of them are reported together.
struct BlockProblems {
    private(set) var errors: [ContentError] = []
    /// Where warnings about the block's YAML go.
    let log: DiagnosticLog

    /// Reads a block's YAML, whose first line is at `location`, and checks its options.
    mutating func open(_ text: String, at location: SourceLocation, options: [String], of what: String) throws(ContentError) -> YAMLMap {
        let yaml = try YAMLMap.parse(text, path: location.path, lineOffset: location.line - 1, log: log)
        checkKeys(yaml, options, of: what)
        return yaml
    }

    mutating func add(_ location: SourceLocation, _ message: String) {
        errors.append(ContentError(location, message))
    }

    /// The value `read` gives, or `nil` with its error kept.
    mutating func attempt<Value>(_ read: () throws(ContentError) -> Value) -> Value? {
        do {
            return try read()
        } catch {
            errors += [ContentError(error.location, error.message)] + error.others
            return nil
        }
    }

    /// The single value written for `key`; `nil` when it is missing, or (kept as a problem) a list.
    mutating func text(_ map: YAMLMap, _ key: String) -> String? {
        attempt { () throws(ContentError) in try map.string(key) } ?? nil
    }

    /// Keeps an error for every key of `map` that is not one of `known`.
    mutating func checkKeys(_ map: YAMLMap, _ known: [String], of what: String) {
        for key in map.keys where !known.contains(key) {
            add(
                map.location(key),
                "unknown key '\(key)'\(Suggestion.hint(for: key, in: known)) in \(what); it takes \(known.joined(separator: ", "))")
        }
    }

    /// The items listed under `key`, each with where it was written: a list, or a single value.
    mutating func items(_ map: YAMLMap, _ key: String) -> [(node: Node, location: SourceLocation)] {
        guard let node = map.node(key) else { return [] }
        if node.scalar != nil { return [(node, map.location(key))] }
        guard let sequence = node.sequence else {
            add(map.location(key), "'\(key)' should be a list, one `- item` on each line")
            return []
        }
        return sequence.map { ($0, map.location(of: $0)) }
    }

    /// Fails with every problem kept, if there is any.
    func check() throws(ContentError) {
        if !errors.isEmpty { throw ContentError(all: errors) }
    }
}

extension Node {
    /// The text of a single value, trimmed; `nil` for a list, a set of keys or an empty value.
    var text: String? {
        guard let scalar else { return nil }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
