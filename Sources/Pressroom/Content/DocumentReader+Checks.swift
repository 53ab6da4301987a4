import Foundation

/// The name of a news file: the day of the news item, then the words of its address
/// (`2024-06-12-youth-diversion.md`).
enum NewsFileName {
    /// `2024-06-12-youth-diversion` → (`2024-06-12`, `youth-diversion`), when the name starts
    /// with something shaped like a date (which may still not be on the calendar).
    static func split(_ name: String) -> (String, String)? {
        let prefix = name.prefix(10)
        guard name.count > 11, name.dropFirst(10).first == "-",
            prefix.enumerated().allSatisfy({ index, character in
                index == 4 || index == 7 ? character == "-" : character.isASCII && character.isNumber
            })
        else { return nil }
        return (String(prefix), String(name.dropFirst(11)))
    }
}

extension DocumentReader {
    /// A news file's name must start with a date on the calendar (`2024-06-12-`), and that date
    /// should be the item's `date:` (`nil` when it has none that is a date).
    func checkNewsFileName(_ fileName: String, date: String?, at dateLocation: SourceLocation, path: String, log: DiagnosticLog) {
        let name = fileName.deletingNameEnding
        let file = SourceLocation(path: path)
        let renamed = { (rest: String) in
            date.map { "rename it to '\($0)-\(rest).md'" }
                ?? "rename it with the day of the news item first, e.g. '\(CalendarDate.example)-\(rest).md'"
        }
        guard let (prefix, rest) = NewsFileName.split(name) else {
            log.error(file, "the name of a news file starts with the day of the news item (YYYY-MM-DD-); \(renamed(name))")
            return
        }
        if case .failure(let problem) = CalendarDate.read(prefix) {
            log.error(file, "the date '\(prefix)' at the start of the file name \(problem.reason); \(renamed(rest))")
        } else if let date, prefix != date {
            log.warning(
                dateLocation,
                "date \(date) is not the date in the file name (\(fileName)); make them the same, e.g. rename the file to '\(date)-\(rest).md'"
            )
        }
    }

    /// Two chapters of a publication with the same number (`03-a.md` and `03-b.md`, or the
    /// same `order:`) have no clear order: each after the first is an error naming the other.
    func checkChapterNumbers(_ chapters: [Document]) {
        var first: [Int: String] = [:]
        // Sorted by path alone, so that sorting moves no document.
        for (source, order) in chapters.map({ ($0.source, $0.order) }).sorted(by: { $0.0 < $1.0 }) {
            guard order != 0 || Self.slug(fromFileName: source.lastPathPart.deletingNameEnding, kind: .chapter).0 != nil else {
                continue
            }
            guard let earlier = first[order] else {
                first[order] = source
                continue
            }
            log.error(
                SourceLocation(path: source),
                "this chapter and \(earlier.lastPathPart) both have the number \(order), "
                    + "so their order is not clear; give each chapter its own number (at the start of the file name, or `order:`)")
        }
    }
}
