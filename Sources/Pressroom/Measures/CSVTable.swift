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
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        var rows: [Row] = []
        var line = 2
        while let fields = reader.next() {
            defer { line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" }.count } }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard fields.count == header.count else {
                log.error(
                    SourceLocation(path: path, line: line),
                    "this row has \(fields.count) values but the header has \(header.count) columns "
                        + "(\(header.joined(separator: ", "))); add or remove commas so they match")
                continue
            }
            rows.append(
                Row(
                    line: line,
                    fields: Dictionary(
                        uniqueKeysWithValues: zip(
                            header,
                            fields.map {
                                $0.trimmingCharacters(in: .whitespaces)
                            }))))
        }
        if let error = reader.error {
            throw ContentError(SourceLocation(path: path, line: line), "cannot read this CSV file: \(error)")
        }
        return CSVTable(header: header, rows: rows)
    }

    /// Checks the header has every required column; warns about columns Pressroom does not use.
    func checkColumns(required: [String], optional: [String], path: String, log: DiagnosticLog) -> Bool {
        let known = required + optional
        for column in header where !known.contains(column) {
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
