/// Something a partnership counts, such as hospital admissions for assault with a sharp object.
public struct Measure: Sendable, Hashable {
    public enum Unit: String, Sendable, CaseIterable {
        case count
        case percentage
        case ratePer1000 = "rate per 1,000"
        case ratePer100000 = "rate per 100,000"
        case rank
        case pounds
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
    public var measure: String
    public var period: String
    /// Empty for the whole partnership area.
    public var area: String
    public var value: Double
    public var national: Double?
    public var location: SourceLocation
    /// The decimals the figure was published with (`14.36` has 2), kept when it is shown.
    public var decimals = 0
    /// The decimals of the national figure.
    public var nationalDecimals = 0
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
