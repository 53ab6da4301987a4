extension TestProject {
    /// A small, valid partnership that builds with no errors and no warnings: partnership.yaml
    /// with a logo, a strategy with two chapters (`introduction`, `priorities`), measures,
    /// values and outcomes, a help page and one news item. Tests append sections to override files.
    static func minimalPartnership(slug: String = "alpha", name: String = "Alpha Community Safety Partnership") -> String {
        """
        -- Content/\(slug)/partnership.yaml --
        name: \(name)
        short_name: Alpha
        area: Alphashire
        summary: Partners in Alphashire working together to prevent serious violence.
        convener: Police and Crime Commissioner for Alphashire
        members:
          - Alphashire Police
          - Alphashire County Council
        brand_colour: "#1d4f91"
        logo: logo.svg
        logo_alt: Alpha Community Safety Partnership
        contact:
          address: |
            1 High Street
            Alphaton AL1 1AA
          phone: 01234 567890
          email: safety@alpha.example.org
        help_lines:
          - name: Emergency
            phone: "999"
            description: If you or someone else is in immediate danger.
        alternative_formats: |
          Email us for large print, easy read or another language.
        accessibility:
          reviewed: 2024-11-01

        -- Content/\(slug)/logo.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>

        -- Content/\(slug)/strategy/publication.yaml --
        title: Serious Violence Strategy
        period: 2024–2029
        kind: strategy
        summary: How partners in Alphashire will prevent serious violence.
        published: 2024-01-31

        -- Content/\(slug)/strategy/01-introduction.md --
        ---
        title: Introduction
        summary: Why this strategy matters.
        ---

        ## Why we have a strategy

        Partners work together to prevent serious violence.

        ## How to read it

        Start with [our priorities](02-priorities.md).

        -- Content/\(slug)/strategy/02-priorities.md --
        ---
        title: Our priorities
        summary: What we will do.
        ---

        ## Prevention

        We will stop violence before it starts.

        ## Enforcement

        We will tackle the people who cause most harm.

        -- Content/\(slug)/data/measures.csv --
        id,title,unit,desired_direction,source
        knife-crime,Knife crime offences,count,reduce,Alphashire Police
        admissions,Hospital admissions for assault with a sharp object,count,reduce,NHS Hospital Episode Statistics

        -- Content/\(slug)/data/values.csv --
        measure,period,area,value,national
        knife-crime,2021/22,,1400,
        knife-crime,2022/23,,1234,
        admissions,2022/23,,98,
        admissions,2023/24,,112,

        -- Content/\(slug)/data/outcomes.yaml --
        priorities:
          - id: prevention
            title: Prevention and early intervention
            outcomes:
              - id: fewer-knife-crimes
                title: Fewer knife crimes
                measures: [knife-crime, admissions]

        -- Content/\(slug)/pages/help.md --
        ---
        title: Help and advice
        summary: Where to get help now.
        ---

        ## In an emergency

        If you or someone else is in danger, call 999.

        ## Other help

        Call 101 to report a crime that is not an emergency.

        -- Content/\(slug)/news/2024-03-14-strategy-published.md --
        ---
        title: Strategy published
        date: 2024-03-14
        summary: Our first strategy is out.
        ---

        Read our [strategy introduction](../strategy/01-introduction.md).

        """
    }

    /// A chapter of the minimal partnership with the given Markdown body (front matter is
    /// four lines, so the body starts on line 5 of the file).
    static func chapter(_ body: String, file: String = "Content/alpha/strategy/01-introduction.md", title: String = "Introduction")
        -> String
    {
        """

        -- \(file) --
        ---
        title: \(title)
        summary: Why this strategy matters.
        ---
        \(body)

        """
    }

    /// Output path of the first chapter of the minimal partnership.
    static let introduction = "Output/alpha/strategy/introduction/index.html"
}
