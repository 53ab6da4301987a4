/// A partnership's measures, their figures and its outcome framework.
public struct MeasureData: Sendable {
    public var measures: [Measure] = []
    public var values: [MeasureValue] = []
    public var priorities: [Priority] = []
    /// The files of `data/` that exist but could not be read (`measures.csv`, `values.csv`,
    /// `outcomes.yaml`): each has its error, and what depends on them is not checked again.
    public var unread: Set<String> = []

    /// Changes whenever any measure, figure or outcome changes.
    public private(set) var fingerprint = 0

    private var measuresByID: [String: Measure] = [:]
    private var valuesByMeasure: [String: [MeasureValue]] = [:]
    private var outcomesByID: [String: Outcome] = [:]

    public init(measures: [Measure] = [], values: [MeasureValue] = [], priorities: [Priority] = []) {
        self.measures = measures
        self.values = values
        self.priorities = priorities
        measuresByID = Dictionary(measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        valuesByMeasure = Dictionary(grouping: values, by: \.measure).mapValues { $0.sorted { $0.period < $1.period } }
        outcomesByID = Dictionary(
            priorities.flatMap(\.outcomes).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var hasher = Hasher()
        hasher.combine(measures)
        hasher.combine(values)
        hasher.combine(priorities)
        fingerprint = hasher.finalize()
    }

    public func measure(_ id: String) -> Measure? { measuresByID[id] }

    /// Stops a check, without a message of its own, when it needs `file`, which could not be read.
    func requireRead(_ file: String, at location: SourceLocation) throws(ContentError) {
        if unread.contains(file) { throw ContentError.followingUnreadable(location) }
    }
    public func outcome(_ id: String) -> Outcome? { outcomesByID[id] }
    public func priority(_ id: String) -> Priority? { priorities.first { $0.id == id } }
    public var outcomes: [Outcome] { priorities.flatMap(\.outcomes) }

    /// The figures of a measure for one area (empty: the whole area), oldest first.
    public func series(_ id: String, area: String = "") -> [MeasureValue] {
        (valuesByMeasure[id] ?? []).filter { $0.area == area }
    }

    /// Every area with figures for a measure, the whole area (empty name) first.
    public func areas(_ id: String) -> [String] {
        var seen = Set<String>()
        return (valuesByMeasure[id] ?? []).map(\.area).filter { seen.insert($0).inserted }
            .sorted { ($0.isEmpty ? 0 : 1, $0) < ($1.isEmpty ? 0 : 1, $1) }
    }

    public func periods(_ id: String) -> [String] {
        var seen = Set<String>()
        return (valuesByMeasure[id] ?? []).map(\.period).filter { seen.insert($0).inserted }.sorted()
    }

    /// The areas with a figure of measure `id` for `period`, when the whole area has none:
    /// figures published only for neighbourhoods or districts.
    public func areasOnly(_ id: String, period: String) -> [String] {
        let figures = (valuesByMeasure[id] ?? []).filter { $0.period == period }
        guard !figures.contains(where: { $0.area.isEmpty }) else { return [] }
        return figures.map(\.area)
    }

    /// The figure for `period` (or the latest) and the one before it.
    public func figures(_ id: String, period: String? = nil, area: String = "") -> (latest: MeasureValue, previous: MeasureValue?)? {
        let series = series(id, area: area)
        let index = period == nil ? series.indices.last : series.lastIndex { $0.period == period }
        guard let index else { return nil }
        return (series[index], index > 0 ? series[index - 1] : nil)
    }
}
