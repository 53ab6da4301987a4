import CSV
import Foundation

/// A CSV file read with its header, each row knowing the line it starts on.
struct CSVTable {
    struct Row {
        var line: Int
        var fields: [String: String]
    }

    var header: [String]
    var rows: [Row]

    /// Reads `text`, reporting ragged rows in the log and leaving them out.
    static func read(_ text: String, path: String, log: DiagnosticLog) throws(ContentError) -> CSVTable {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw ContentError(SourceLocation(path: path), "cannot read this CSV file: \(error)")
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingSpaces }
        let named = try namedColumns(header, path: path)
        var rows: [Row] = []
        var line = 2
        while let fields = reader.next() {
            defer { line += 1 + fields.reduce(0) { lines, field in lines + field.utf8.count { $0 == UInt8(ascii: "\n") } } }
            if fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            guard fields.count == header.count else {
                log.error(
                    SourceLocation(path: path, line: line),
                    "this row has \(fields.count) values but the header has \(header.count) columns "
                        + "(\(header.joined(separator: ", "))); add or remove commas so they match")
                continue
            }
            for (column, field) in fields.enumerated() where header[column].isEmpty && !field.trimmingSpaces.isEmpty {
                log.warning(
                    SourceLocation(path: path, line: line),
                    "value '\(field)' is in column \(column + 1), which has no name in the header; it is ignored, so name the column or delete the value"
                )
            }
            var values: [String: String] = Dictionary(minimumCapacity: named.count)
            for (name, column) in named { values[name] = fields[column].trimmingSpaces }
            rows.append(Row(line: line, fields: values))
        }
        if let error = reader.error {
            throw ContentError(SourceLocation(path: path, line: line), "cannot read this CSV file: \(error)")
        }
        return CSVTable(header: header, rows: rows)
    }

    /// Each column name and its position. Columns without a name (a spreadsheet's trailing
    /// commas) are left out; a name written twice is an error.
    private static func namedColumns(_ header: [String], path: String) throws(ContentError) -> [(String, Int)] {
        var first: [String: Int] = [:]
        var named: [(String, Int)] = []
        for (column, name) in header.enumerated() where !name.isEmpty {
            if let earlier = first[name] {
                throw ContentError(
                    SourceLocation(path: path, line: 1),
                    "column '\(name)' is named twice in the header (columns \(earlier + 1) and \(column + 1)); rename or delete one")
            }
            first[name] = column
            named.append((name, column))
        }
        return named
    }

    /// Checks the header has every required column; warns about columns Pressroom does not use.
    func checkColumns(required: [String], optional: [String], path: String, log: DiagnosticLog) -> Bool {
        let known = required + optional
        for column in header where !column.isEmpty && !known.contains(column) {
            log.warning(
                SourceLocation(path: path, line: 1),
                "unknown column '\(column)'\(Suggestion.hint(for: column, in: known)); it is ignored")
        }
        let missing = required.filter { !header.contains($0) }
        for column in missing {
            log.error(
                SourceLocation(path: path, line: 1),
                "missing column '\(column)'; the first line must name the columns \(required.joined(separator: ","))")
        }
        return missing.isEmpty
    }
}
