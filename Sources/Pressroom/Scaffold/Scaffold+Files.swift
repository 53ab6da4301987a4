extension Scaffold {
    /// The contact details the skeleton is written with, which are warned about until replaced:
    /// key in `contact:` → the placeholder. The phone number is one Ofcom keeps for drama.
    static let placeholderContact = [
        "phone": "01632 960000", "email": "contact@example.org", "address": "Your office\nStreet\nTown AB1 2CD",
    ]

    static func files(title: String, today: String) -> [String: String] {
        [
            "partnership.yaml": """
            name: \(title)
            area: Replace with the area you serve
            summary: Partners working together to prevent serious violence. Replace this with one or two sentences about your partnership.
            members:
              - Police
              - Council
              - Integrated care board
              - Fire and rescue service
              - Probation service
              - Youth justice service
            brand_colour: "#1d4f91"
            contact:
              address: |
                Your office
                Street
                Town AB1 2CD
              phone: 01632 960000
              email: contact@example.org
            help_lines:
              - name: Emergency
                phone: "999"
                description: If you or someone else is in immediate danger.
              - name: Police non-emergency
                phone: "101"
            alternative_formats: |
              If you need this information in another format, such as large print, easy read or another language, email us and we will reply within 10 working days.
            accessibility:
              reviewed: \(today)

            """,
            "strategy/publication.yaml": """
            title: Serious Violence Strategy
            period: 2025–2030
            kind: strategy
            summary: How partners will prevent and reduce serious violence.
            published: \(today)

            """,
            "strategy/01-introduction.md": """
            ---
            title: Introduction
            summary: What this strategy is for.
            ---

            ## Why we have a strategy

            The Serious Violence Duty asks partners to work together to prevent serious violence.
            In {{period hospital-admissions}}, there were {{value hospital-admissions}} hospital admissions for assault with a sharp object.

            ```measure-callout
            measure: hospital-admissions
            ```

            ## What we will measure

            ```outcome-framework
            priority: prevention
            ```

            """,
            "news/\(today)-welcome.md": """
            ---
            title: Our new website
            date: \(today)
            summary: Our strategy and advice are now online.
            ---

            Our strategy and [help and advice](../pages/help.md) are now on this website.

            """,
            "pages/help.md": """
            ---
            title: Help and advice
            summary: Where to get help now.
            ---

            ## In an emergency

            If you or someone else is in immediate danger, call 999.

            ## Other help

            Call 101 to report a crime that is not an emergency.

            """,
            "data/measures.csv": """
            id,title,unit,desired_direction,source
            hospital-admissions,Hospital admissions for assault with a sharp object,count,reduce,NHS Hospital Episode Statistics

            """,
            "data/values.csv": """
            measure,period,area,value,national
            hospital-admissions,2022/23,,120,
            hospital-admissions,2023/24,,104,

            """,
            "data/outcomes.yaml": """
            priorities:
              - id: prevention
                title: Prevention and early intervention
                outcomes:
                  - id: fewer-injuries
                    title: Fewer people are injured with a knife or sharp object
                    measures: [hospital-admissions]

            """,
        ]
    }
}
