import Foundation

/// A day written as `2024-03-14`: the one form of date Pressroom reads, in every file (front
/// matter, publication.yaml, partnership.yaml, values.csv and the names of news files).
struct CalendarDate: Hashable, Sendable {
    let year: Int
    let month: Int
    let day: Int

    /// The form every date is written in, as messages show it.
    static let example = "2024-03-14"

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// The date `text` names, or what is wrong with it: a sentence that ends with how to write it.
    static func read(_ text: String) -> Result<CalendarDate, DateProblem> {
        guard let (year, month, day) = numbers(text) else {
            let suggestion = Self.rewritten(text).map { "write it as \($0)" } ?? "write it as YYYY-MM-DD, e.g. \(example)"
            return .failure(DateProblem(reason: "is not a date", fix: suggestion))
        }
        guard year > 0 else {
            return .failure(DateProblem(reason: "is not a date: there is no year 0000", fix: "write the year in full, e.g. \(example)"))
        }
        guard (1...12).contains(month) else {
            let swapped = (1...12).contains(day) && month <= 31 ? String(format: "%04d-%02d-%02d", year, day, month) : nil
            return .failure(
                DateProblem(
                    reason: "is not a date: there is no month \(month)",
                    fix: swapped.map { "dates are written year-month-day, so perhaps \($0)" } ?? "months go from 01 to 12, e.g. \(example)")
            )
        }
        let length = days(inMonth: month, of: year)
        guard (1...length).contains(day) else {
            return .failure(
                DateProblem(
                    reason: "is not a date: \(monthNames[month - 1]) \(year) has \(length) days",
                    fix: "check the day; dates are written YYYY-MM-DD, e.g. \(example)"))
        }
        return .success(CalendarDate(year: year, month: month, day: day))
    }

    /// Whether `text` is a date written as `2024-03-14` that is on the calendar.
    static func isDate(_ text: String) -> Bool {
        if case .success = read(text) { return true }
        return false
    }

    /// Checks that `text`, the value of `name`, is a date, recording an error that says what is
    /// wrong and how to write it: `published '2023-02-30' is not a date: February 2023 has 28 days; …`.
    @discardableResult
    static func check(_ text: String, name: String, at location: SourceLocation, log: DiagnosticLog) -> CalendarDate? {
        switch read(text) {
        case .success(let date): return date
        case .failure(let problem):
            log.error(location, problem.message(name: name, text: text))
            return nil
        }
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Why a text is not a date, and how to write it.
struct DateProblem: Error, Sendable {
    var reason: String
    var fix: String

    func message(name: String, text: String) -> String {
        "\(name) '\(text)' \(reason); \(fix)"
    }
}

extension CalendarDate {
    /// Year, month and day of text shaped `NNNN-NN-NN`, whatever the numbers are.
    fileprivate static func numbers(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return (year, month, day)
    }

    /// A date written the British way (`14/03/2024`, `14.3.2024`, `14 March 2024`) in the
    /// form Pressroom reads, when it is one.
    fileprivate static func rewritten(_ text: String) -> String? {
        let words = text.split { $0 == "/" || $0 == "." || $0 == " " }.map(String.init)
        guard words.count == 3, let day = Int(words[0]), let year = Int(words[2]), words[2].count == 4 else { return nil }
        let month =
            Int(words[1])
            ?? monthNames.firstIndex { $0.lowercased().hasPrefix(words[1].lowercased()) && words[1].count >= 3 }.map { $0 + 1 }
        guard let month else { return nil }
        let date = String(format: "%04d-%02d-%02d", year, month, day)
        return isDate(date) ? date : nil
    }
}
