/// Something a partnership counts, such as hospital admissions for assault with a sharp object.
public struct Measure: Sendable, Hashable {
    public enum Unit: String, Sendable, CaseIterable {
        case count
        case percentage
        case ratePer1000 = "rate per 1,000"
        case ratePer100000 = "rate per 100,000"
        case rank
        case pounds
        /// A score on the source's own scale, such as a risk factor score from 1 to 10.
        case score
    }

    public enum DesiredDirection: String, Sendable, CaseIterable {
        case reduce, increase, none
    }

    /// The three measures the Serious Violence Duty asks every area to report.
    public enum DutyMeasure: String, Sendable, CaseIterable {
        case hospitalAdmissions = "hospital-admissions"
        case knifeCrime = "knife-crime"
        case homicides

        /// What the measure is, as the Duty's guidance names it.
        public var title: String {
            switch self {
            case .hospitalAdmissions: "Hospital admissions for assault with a knife or sharp object"
            case .knifeCrime: "Knife or sharp-object enabled serious violence recorded by the police"
            case .homicides: "Homicides"
            }
        }
    }

    public var id: String
    public var title: String
    public var unit: Unit
    public var desiredDirection: DesiredDirection
    public var source: String
    public var description: String?
    /// Decimals to show every figure with; `nil`: as each figure was published.
    public var decimals: Int? = nil
    /// A change smaller than this percentage of the earlier figure is "broadly unchanged".
    public var broadlyUnchangedWithin: Double? = nil
    /// Which national Serious Violence Duty measure this is, if any.
    public var dutyMeasure: DutyMeasure? = nil
    public var location: SourceLocation
}

/// One figure: a measure's value for a period, and optionally an area.
public struct MeasureValue: Sendable, Hashable {
    /// A figure published only as a limit: "fewer than 5" is `.below` 5.
    public enum Bound: String, Sendable, Hashable { case below, above }

    public var measure: String
    public var period: String
    /// Empty for the whole partnership area.
    public var area: String
    /// The figure, or its limit when `bound` is set; `nil` when only its change was published.
    public var value: Double?
    public var national: Double?
    public var location: SourceLocation
    public var bound: Bound? = nil
    /// Below the partnership's small-number threshold: only "fewer than N" is ever shown.
    public var suppressed = false
    /// The decimals the figure was published with (`14.36` has 2), kept when it is shown.
    public var decimals = 0
    /// The decimals of the national figure.
    public var nationalDecimals = 0
    /// A change published without the figures: per cent against `comparedWith`, e.g. 8.4.
    public var publishedChange: Double? = nil
    public var changeDecimals = 0
    /// The earlier period a published change compares with.
    public var comparedWith: String? = nil
    /// A footnote to the figure, its own source when it is not the measure's, and the date it
    /// was extracted: shown beside the figure and kept in the open data.
    public var note: String? = nil
    public var source: String? = nil
    public var extracted: String? = nil

    /// The figure when it is known exactly: neither a limit nor missing.
    public var exact: Double? { bound == nil ? value : nil }

    /// Whether the figure says more than its number: a note, its own source or a date.
    public var hasNotes: Bool { note != nil || source != nil || extracted != nil }
}

/// An outcome a partnership wants, judged by its measures.
public struct Outcome: Sendable, Hashable {
    public var id: String
    public var title: String
    public var measures: [String]
    public var location: SourceLocation
}

/// A priority of the strategy: a group of outcomes.
public struct Priority: Sendable, Hashable {
    public var id: String
    public var title: String
    public var summary: String?
    public var outcomes: [Outcome]
    public var location: SourceLocation
}
