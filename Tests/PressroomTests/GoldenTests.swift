import Foundation
import Testing

@testable import Pressroom

/// Three whole pages of a small, fixed partnership compared byte for byte with recorded copies
/// in `Goldens/`. Re-record on purpose with `PRESSROOM_RECORD_GOLDENS=1 swift test …`.
@Suite struct GoldenTests {
    static let fixture = """
        -- Content/gamma/partnership.yaml --
        name: Gamma Violence Reduction Partnership
        short_name: Gamma
        area: Gammashire and Deltaton
        summary: Police, councils, health and youth justice services working together to prevent serious violence.
        convener: Police and Crime Commissioner for Gammashire
        members:
          - Gammashire Police
          - Gammashire Council
          - Deltaton Borough Council
        brand_colour: "#0b4f6c"
        contact:
          address: |
            Gamma House
            Gammaton GA1 2BC
          phone: 01000 100200
          email: vrp@gamma.example.org
          website: https://gamma.example.org
        help_lines:
          - name: Emergency
            phone: "999"
            description: If you or someone else is in immediate danger.
          - name: Crimestoppers
            phone: 0800 555 111
            description: Tell us about crime without giving your name.
        alternative_formats: |
          Email vrp@gamma.example.org for large print, easy read or another language.
        accessibility:
          reviewed: 2025-02-03

        -- Content/gamma/review/publication.yaml --
        title: Annual Review
        period: 2023/24
        kind: annual-review
        summary: What the partnership did in its first year.
        published: 2024-07-01

        -- Content/gamma/review/01-summary.md --
        ---
        title: Summary
        summary: The year in brief.
        ---

        In {{period knife-crime}} the police recorded {{value knife-crime}} knife crimes.

        -- Content/gamma/review/02-findings.md --
        ---
        title: What we found
        summary: The figures, and what they tell us.
        ---

        ## Knife crime

        Knife crime fell for the second year[^police], {{change knife-crime}}.

        ```measure-table
        outcome: less-knife-crime
        ```

        ## Young people

        "Mentoring works," said one youth worker -- and the figures agree[^survey].

        [^police]: Gammashire Police recorded crime.
        [^survey]: Youth Justice Service survey, 2024.

        -- Content/gamma/pages/help.md --
        ---
        title: Help and advice
        summary: Where to get help now.
        ---

        ## In an emergency

        Call **999** if you or someone else is in danger.

        ## Other help

        - Call 101 to report a crime that is not an emergency.
        - Read our [annual review](../review/01-summary.md).

        -- Content/gamma/news/2024-07-01-review-published.md --
        ---
        title: Annual review published
        date: 2024-07-01
        summary: Our first annual review is out.
        ---

        Read the [summary](../review/01-summary.md).

        -- Content/gamma/data/measures.csv --
        id,title,unit,desired_direction,source
        knife-crime,Knife crime offences,count,reduce,Gammashire Police
        mentored,Young people mentored,count,increase,Youth Justice Service

        -- Content/gamma/data/values.csv --
        measure,period,area,value,national
        knife-crime,2021/22,,1610,
        knife-crime,2022/23,,1502,
        knife-crime,2023/24,,1388,
        mentored,2022/23,,120,
        mentored,2023/24,,184,

        -- Content/gamma/data/outcomes.yaml --
        priorities:
          - id: prevention
            title: Prevention
            outcomes:
              - id: less-knife-crime
                title: Less knife crime, and more young people supported
                measures: [knife-crime, mentored]

        """

    /// Builds the fixture, which must have no problems, and returns the page at `path`.
    private func page(_ path: String) throws -> String {
        let project = try TestProject(Self.fixture)
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "the golden fixture has problems:\n\(report.listing)")
        return try project.read("Output/" + path)
    }

    @Test func homePage() throws {
        try Golden.expect(page("gamma/index.html"), matches: "home.html")
    }

    @Test func chapterWithMeasureTableAndFootnotes() throws {
        try Golden.expect(page("gamma/review/findings/index.html"), matches: "chapter.html")
    }

    @Test func helpPage() throws {
        try Golden.expect(page("gamma/help/index.html"), matches: "help.html")
    }
}
