import Foundation
import Testing

@testable import Pressroom

/// Dates are read in one form, `2024-03-14`, in every file: a day that is not on the calendar,
/// or text that is not a date, is an error at its file, line and column saying how to write it.
@Suite struct DateCheckTests {
    static let partnership = "Content/alpha/partnership.yaml"
    static let publication = "Content/alpha/strategy/publication.yaml"
    static let news = "Content/alpha/news/2024-03-14-strategy-published.md"

    private func project() throws -> TestProject {
        try TestProject(TestProject.minimalPartnership())
    }

    @Test func daysThatAreNotOnTheCalendar() {
        for text in ["2023-02-29", "1900-02-29", "2024-02-30", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "0000-01-01"] {
            #expect(!CalendarDate.isDate(text), "\(text)")
        }
        for text in ["2024-02-29", "2000-02-29", "2024-12-31", "2023-02-28"] {
            #expect(CalendarDate.isDate(text), "\(text)")
        }
        for text in ["2024-3-14", "14/03/2024", "2024-03-14T10:00", "２０２４-03-14", "next spring", ""] {
            #expect(!CalendarDate.isDate(text), "\(text)")
        }
    }

    @Test(arguments: [
        (
            publication, "published: 2024-01-31", "published: 2023-02-30", 1,
            "published '2023-02-30' is not a date: February 2023 has 28 days; check the day; dates are written YYYY-MM-DD, e.g. 2024-03-14"
        ),
        (
            partnership, "reviewed: 2024-11-01", "reviewed: 2024-13-01", 3,
            "reviewed '2024-13-01' is not a date: there is no month 13; dates are written year-month-day, so perhaps 2024-01-13"
        ),
        (
            partnership, "reviewed: 2024-11-01", "reviewed: last November", 3,
            "reviewed 'last November' is not a date; write it as YYYY-MM-DD, e.g. 2024-03-14"
        ),
        (news, "date: 2024-03-14", "date: 14/03/2024", 1, "date '14/03/2024' is not a date; write it as 2024-03-14"),
        (news, "date: 2024-03-14", "date: 2024-04-31", 1, "date '2024-04-31' is not a date: April 2024 has 30 days"),
    ])
    func aDateNotOnTheCalendarOrNotWrittenAsADateIsAnError(
        path: String, original: String, replacement: String, column: Int, message: String
    ) throws {
        let project = try project()
        let report = try project.buildFailsAfter { try $0.edit(path) { $0.replacingOccurrences(of: original, with: replacement) } }
        report.expectError(in: path, line: try project.line(of: replacement, in: path), column: column, message)
    }

    @Test func anImpossibleExtractedDateInValuesCSV() throws {
        let project = try project()
        let values = "Content/alpha/data/values.csv"
        let report = try project.buildFailsAfter(
            """
            -- \(values) --
            measure,period,area,value,national,extracted
            knife-crime,2021/22,,1400,,2022-08-01
            knife-crime,2022/23,,1234,,2023-02-29

            """)
        report.expectError(in: values, line: 3, "extracted '2023-02-29' is not a date: February 2023 has 28 days")
    }

    // MARK: News file names

    @Test func aNewsFileWhoseNameDoesNotStartWithADate() throws {
        let project = try project()
        let path = "Content/alpha/news/news-without-date.md"
        let report = try project.buildFailsAfter("-- \(path) --\n---\ntitle: Our news\ndate: 2024-06-12\n---\n\nNews.")
        report.expectError(in: path, line: 1, "rename it to '2024-06-12-news-without-date.md'")
        #expect(!project.exists("Output/alpha/news/news-without-date"))
    }

    @Test func aNewsFileWithoutADateAnywhereIsToldBoth() throws {
        let project = try project()
        let path = "Content/alpha/news/launch.md"
        let report = try project.buildFailsAfter("-- \(path) --\n---\ntitle: Launch\n---\n\nNews.")
        report.expectError(in: path, line: 2, "missing required key 'date' for a news item")
        report.expectError(in: path, line: 1, "rename it with the day of the news item first, e.g. '2024-03-14-launch.md'")
    }

    @Test func aNewsFileNamedWithAnImpossibleDate() throws {
        let project = try project()
        let path = "Content/alpha/news/2024-02-30-launch.md"
        let report = try project.buildFailsAfter("-- \(path) --\n---\ntitle: Launch\ndate: 2024-02-29\n---\n\nNews.")
        report.expectError(
            in: path, line: 1,
            "the date '2024-02-30' at the start of the file name is not a date: February 2024 has 29 days; rename it to '2024-02-29-launch.md'"
        )
    }

    @Test func aNewsDateThatDiffersFromTheFileNameIsAWarning() throws {
        let project = try project()
        try project.edit(Self.news) { $0.replacingOccurrences(of: "date: 2024-03-14", with: "date: 2024-03-15") }
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        report.expectWarning(
            in: Self.news, line: 3, column: 1, "date 2024-03-15 is not the date in the file name (2024-03-14-strategy-published.md)")
    }
}
