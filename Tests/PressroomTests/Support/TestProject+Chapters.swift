import Testing

@testable import Pressroom

extension TestProject {
    /// Path of the minimal partnership's first chapter, whose body starts on line 5.
    static let introductionSource = "Content/alpha/strategy/01-introduction.md"
    /// The print document of the minimal partnership's strategy.
    static let strategyPrint = "Output/alpha/strategy/print/index.html"

    /// The minimal partnership with the first chapter's body replaced, and its build.
    static func buildingIntroduction(_ body: String, extra: String = "") throws -> (TestProject, BuildReport) {
        let project = try TestProject(minimalPartnership() + chapter(body) + extra)
        return (project, project.build())
    }

    /// Builds the minimal partnership, then replaces the first chapter's body; the second build
    /// must fail and leave `Output/` as it was. Returns its report.
    static func failingIntroduction(
        _ body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> BuildReport {
        let project = try TestProject(minimalPartnership())
        return try project.buildFailsAfter(chapter(body), sourceLocation: sourceLocation)
    }
}
