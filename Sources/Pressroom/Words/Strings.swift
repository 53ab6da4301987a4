/// Every word Pressroom itself puts on a page about measures and publications: English now, and
/// room for Welsh.
struct Strings: Sendable {
    /// What each kind of publication is called, in captions, cards, breadcrumbs and on covers.
    var strategy: String
    var annualReview: String
    var report: String
    var plan: String
    /// A publication's short title with its kind, when the title does not say it: "Strategy: Strategic framework".
    var kindAndTitle: @Sendable (_ kind: String, _ title: String) -> String
    var better: String
    var worse: String
    var noChange: String
    var broadlyUnchanged: String
    var noDesiredDirection: String
    var reduce: String
    var increase: String
    var monitor: String
    var up: String
    var down: String
    var notYetAvailable: String
    var noMeasuresYet: String
    var source: String
    var nationalArea: String
    var measure: String
    var earlierFigure: String
    var latestFigure: String
    var change: String
    var directionOfTravel: String
    var outcome: String
    var desiredDirection: String
    var period: String
    var measures: String
    var area: String
    var chartFigures: String
    var chartUnitCount: String
    var chartUnitRank: String
    var chartUnitScore: String
    var downloadFigures: String
    var noComparison: String
    var average: String
    var noEarlierFigure: String
    var cannotCompareLimits: String
    var noFigurePublished: String
    var periodBefore: String
    var notes: String
    var extractedOn: String
    /// "fewer than 5" (a count) or "less than 2.5%"
    var below: @Sendable (_ figure: String, _ count: Bool) -> String
    /// "more than 90%"
    var above: @Sendable (_ figure: String) -> String
    /// "no change on 2021/22"
    var noChangeOn: @Sendable (_ period: String) -> String
    /// "from 4th to 3rd on 2021/22"
    var rankChange: @Sendable (_ from: String, _ to: String, _ period: String) -> String
    /// "down 3 percentage points on 2021/22"
    var pointsChange: @Sendable (_ word: String, _ points: String, _ period: String) -> String
    /// "down 14 (−12.5%) on 2021/22", or without the percentage
    var amountChange: @Sendable (_ word: String, _ amount: String, _ percent: String?, _ period: String) -> String
    /// "up 8.4% on 2021/22": a change published without its figures
    var percentChange: @Sendable (_ word: String, _ percent: String, _ period: String) -> String
    /// "No figure for the whole area; figures for 9 areas"
    var areasOnly: @Sendable (_ count: Int) -> String
    /// "Change 2017/18 to 2019/20"
    var changeBetween: @Sendable (_ first: String, _ last: String) -> String
    var seriesCaption: @Sendable (_ title: String, _ unit: String) -> String
    var frameworkCaption: @Sendable (_ priority: String) -> String
    /// The words around tags: labels, keys and tag pages.
    var tags = TagStrings.english

    static let english = Strings(
        strategy: "Strategy", annualReview: "Annual review", report: "Report", plan: "Plan",
        kindAndTitle: { "\($0): \($1)" },
        better: "better", worse: "worse", noChange: "no change", broadlyUnchanged: "broadly unchanged",
        noDesiredDirection: "no desired direction",
        reduce: "Reduce", increase: "Increase", monitor: "Monitor (no target direction)", up: "up", down: "down",
        notYetAvailable: "Not yet available", noMeasuresYet: "No measures yet", source: "Source", nationalArea: "England and Wales",
        measure: "Measure", earlierFigure: "Earlier figure", latestFigure: "Latest figure", change: "Change",
        directionOfTravel: "Direction of travel", outcome: "Outcome", desiredDirection: "Desired direction", period: "Period",
        measures: "Measures", area: "Area", chartFigures: "Show the figures in this chart as a table",
        chartUnitCount: "Number", chartUnitRank: "Rank", chartUnitScore: "Score", downloadFigures: "Download the figures",
        noComparison: "No comparison", average: "Average", noEarlierFigure: "No earlier figure to compare with",
        cannotCompareLimits: "Cannot compare: a figure is given only as a limit",
        noFigurePublished: "Not published", periodBefore: "the period before", notes: "Notes", extractedOn: "extracted",
        below: { figure, count in (count ? "fewer than " : "less than ") + figure }, above: { "more than \($0)" },
        noChangeOn: { "no change on \($0)" },
        rankChange: { "from \($0) to \($1) on \($2)" },
        pointsChange: { word, points, period in "\(word) \(points) percentage point\(points == "1" ? "" : "s") on \(period)" },
        amountChange: { word, amount, percent, period in "\(word) \(amount)\(percent.map { " (\($0))" } ?? "") on \(period)" },
        percentChange: { word, percent, period in "\(word) \(percent) on \(period)" },
        areasOnly: { "No figure for the whole area; figures for \($0) area\($0 == 1 ? "" : "s")" },
        changeBetween: { "Change \($0) to \($1)" },
        seriesCaption: { "\($0) (\($1)), by period" },
        frameworkCaption: { "Outcome framework: \($0)" })
}

// Delivery plans and theories of change ---------------------------------------------------------

/// The words Pressroom puts in a delivery plan's matrix and a theory of change: headings, status
/// words and their meanings, and the names of the stages from activities to outcomes.
struct PlanStrings: Sendable {
    var workstream: String
    var status: String
    var activities: String
    var allLevels: String
    var none: String
    var key: String
    var tiers: [DeliveryPlan.Tier: (name: String, meaning: String)]
    var statuses: [DeliveryPlan.Status: (name: String, meaning: String)]
    var programmeRoles: [DeliveryPlan.ProgrammeRole: String]
    /// "Bold, marked “programme lead” or “programme collaboration”"
    var programmeMark: String
    /// What the programme mark means, given the programme's name.
    var programmeMeaning: @Sendable (_ programme: String) -> String
    var priority: String
    var activity: String
    var stages: [TheoryOfChange.Stage: String]

    /// "Developing or aspirational": a status the plan gives as one of several.
    func statusName(_ statuses: [DeliveryPlan.Status]) -> String {
        let names = statuses.compactMap { self.statuses[$0]?.name }
        return ([names.first ?? ""] + names.dropFirst().map { $0.lowercased() }).joined(separator: " or ")
    }

    static let english = PlanStrings(
        workstream: "Workstream", status: "Status", activities: "Services and projects",
        allLevels: "All levels of prevention", none: "None", key: "Key",
        tiers: [
            .primary: ("Primary", "Stop violence before it starts, by tackling its causes."),
            .secondary: ("Secondary", "Spot early signs and act before a problem takes hold."),
            .tertiary: ("Tertiary", "Reduce harm where violence is already happening, and stop it happening again."),
        ],
        statuses: [
            .established: ("Established", "In place and being delivered."),
            .developing: ("Developing", "Being piloted, or about to start."),
            .aspirational: ("Aspirational", "Planned: work partners mean to move towards and influence."),
        ],
        programmeRoles: [.lead: "programme lead", .collaboration: "programme collaboration"],
        programmeMark: "Bold, marked “programme lead” or “programme collaboration”",
        programmeMeaning: {
            "Work the \($0) leads, or develops with partners. Unmarked items are services and approaches across the wider system."
        },
        priority: "Priority", activity: "Activities and interventions",
        stages: [
            .outputs: "Outputs", .outputKPIs: "Output KPIs", .outcomeKPIs: "Outcome KPIs",
            .shortTerm: "Short-term outcomes", .longTerm: "Long-term outcomes",
        ])
}

// Tags -----------------------------------------------------------------------------------------

/// The words Pressroom puts around tags: the labels on commitments, the key, and the pages
/// that list what each tag marks.
struct TagStrings: Sendable {
    /// What the tags are called when `tags_title` does not say.
    var defaultTitle: String
    /// The link from a key to the page of every tag.
    var allItems: String
    /// Before the other tags of a commitment on a tag's page.
    var alsoMarked: String
    var noItems: String
    /// "12 commitments, in 4 chapters", or "none yet"
    var count: @Sendable (_ items: Int, _ chapters: Int) -> String
    /// "Tags: Partners", the title of a tag's page
    var tagTitle: @Sendable (_ title: String, _ label: String) -> String
    /// What the page of every tag is about.
    var indexSummary: @Sendable (_ publication: String) -> String

    static let english = TagStrings(
        defaultTitle: "Tags", allItems: "All commitments, grouped by tag", alsoMarked: "Also marked",
        noItems: "No commitment is marked with this tag yet.",
        count: { items, chapters in
            items == 0 ? "none yet" : "\(items) commitment\(items == 1 ? "" : "s"), in \(chapters) chapter\(chapters == 1 ? "" : "s")"
        },
        tagTitle: { "\($0): \($1)" },
        indexSummary: { "The commitments in \($0), grouped by tag." })
}
