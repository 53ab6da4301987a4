import Foundation

/// Reads a partnership's `data/` folder: measures.csv, values.csv and outcomes.yaml.
struct MeasureReader {
    let project: ProjectFolder
    let log: DiagnosticLog

    /// Counts below this are shown only as "fewer than N", everywhere (`suppress_below` in
    /// partnership.yaml); the exact figure is dropped as it is read.
    var suppressBelow: Double? = nil

    func read(partnershipFolder: URL) -> MeasureData {
        let folder = partnershipFolder.appendingPathComponent("data")
        var unread = Set<String>()
        let measuresFile = folder.appendingPathComponent("measures.csv")
        let measures = readMeasures(measuresFile, unread: &unread)
        if !project.exists(measuresFile),
            let user = ["values.csv", "outcomes.yaml"].first(where: { project.exists(folder.appendingPathComponent($0)) })
        {
            log.error(
                SourceLocation(path: project.relativePath(folder.appendingPathComponent(user))),
                "\(user) names measures, but there is no measures.csv beside it to define them; create \(project.relativePath(measuresFile)) "
                    + "with the columns id,title,unit,desired_direction,source (see Content/README.md)")
            unread.insert("measures.csv")
        }
        let measuresKnown = !unread.contains("measures.csv")
        let ids = Set(measures.map(\.id))
        let units = Dictionary(measures.map { ($0.id, $0.unit) }, uniquingKeysWith: { first, _ in first })
        let values = readValues(folder.appendingPathComponent("values.csv"), units: units, measuresKnown: measuresKnown, unread: &unread)
        let outcomes = folder.appendingPathComponent("outcomes.yaml")
        let priorities = OutcomeReader(project: project, log: log).read(outcomes, measureIDs: ids, measuresKnown: measuresKnown)
        if priorities == nil { unread.insert("outcomes.yaml") }
        var data = MeasureData(measures: measures, values: values, priorities: priorities ?? [])
        data.unread = unread
        return data
    }

    /// The table of a CSV file and its path; `nil` when there is no such file, or (adding its
    /// name to `unread`) when it cannot be read or lacks a required column.
    private func table(_ url: URL, required: [String], optional: [String], unread: inout Set<String>) -> (CSVTable, String)? {
        guard project.exists(url) else { return nil }
        let path = project.relativePath(url)
        do {
            let table = try CSVTable.read(project.readText(url), path: path, log: log)
            if table.checkColumns(required: required, optional: optional, path: path, log: log) { return (table, path) }
        } catch {
            log.record(error)
        }
        unread.insert(url.lastPathComponent)
        return nil
    }

    private func readMeasures(_ url: URL, unread: inout Set<String>) -> [Measure] {
        guard
            let (table, path) = table(
                url, required: ["id", "title", "unit", "desired_direction", "source"],
                optional: ["description", "decimals", "broadly_unchanged_within", "duty_measure"], unread: &unread)
        else { return [] }
        var seen: [String: Int] = [:]
        var duties: [Measure.DutyMeasure: Int] = [:]
        return table.rows.compactMap { row in
            let at = SourceLocation(path: path, line: row.line)
            let id = row.fields["id"] ?? ""
            guard ContentLoader.isSlug(id) else {
                log.error(at, "measure id '\(id)' must be lower case letters, digits and hyphens, e.g. knife-crime")
                return nil
            }
            if let first = seen[id] {
                log.error(at, "measure '\(id)' is defined twice (first on line \(first)); keep one row per measure")
                return nil
            }
            seen[id] = row.line
            let unitText = row.fields["unit"] ?? ""
            guard let unit = Measure.Unit(rawValue: unitText) else {
                let names = Measure.Unit.allCases.map(\.rawValue)
                log.error(
                    at,
                    "unit '\(unitText)' is not known\(Suggestion.hint(for: unitText, in: names)); use one of: \(names.joined(separator: "; "))"
                )
                return nil
            }
            let directionText = row.fields["desired_direction"] ?? ""
            guard let direction = Measure.DesiredDirection(rawValue: directionText) else {
                log.error(at, "desired_direction '\(directionText)' is not known; use reduce, increase or none")
                return nil
            }
            let title = row.fields["title"] ?? ""
            if title.isEmpty { log.error(at, "measure '\(id)' has no title; a reader needs to know what it counts") }
            let description = row.fields["description"] ?? ""
            var measure = Measure(
                id: id, title: title, unit: unit, desiredDirection: direction, source: row.fields["source"] ?? "",
                description: description.isEmpty ? nil : description, location: at)
            measure.decimals = decimals(row.fields["decimals"] ?? "", at: at)
            measure.broadlyUnchangedWithin = band(row.fields["broadly_unchanged_within"] ?? "", at: at)
            let dutyText = row.fields["duty_measure"] ?? ""
            if !dutyText.isEmpty {
                let names = Measure.DutyMeasure.allCases.map(\.rawValue)
                if let duty = Measure.DutyMeasure(rawValue: dutyText) {
                    if let first = duties[duty] {
                        log.error(
                            at,
                            "duty_measure '\(dutyText)' is already given to the measure on line \(first); give each national measure to one measure"
                        )
                    } else {
                        duties[duty] = row.line
                        measure.dutyMeasure = duty
                    }
                } else {
                    log.error(
                        at,
                        "duty_measure '\(dutyText)' is not known\(Suggestion.hint(for: dutyText, in: names)); use one of \(names.joined(separator: ", ")), or leave it empty"
                    )
                }
            }
            return measure
        }
    }

    /// The figures of values.csv; when measures.csv could not be read (`measuresKnown` false),
    /// rows are not each reported for naming a measure it would have defined.
    private func readValues(_ url: URL, units: [String: Measure.Unit], measuresKnown: Bool, unread: inout Set<String>) -> [MeasureValue] {
        guard
            let (table, path) = table(
                url, required: ["measure", "period", "value"],
                optional: ["area", "national", "change", "compared_with", "note", "source", "extracted"], unread: &unread)
        else { return [] }
        var seen: [String: Int] = [:]
        let names = Suggestion(units.keys.sorted())
        var hints: [String: String] = [:]
        let values = table.rows.compactMap { row -> MeasureValue? in
            let at = SourceLocation(path: path, line: row.line)
            let measure = row.fields["measure"] ?? "", period = row.fields["period"] ?? ""
            let area = row.fields["area"] ?? ""
            guard let unit = units[measure] else {
                guard measuresKnown else { return nil }
                // Suggestions for the first few hundred names only: beyond them, the ids are
                // surely wrong wholesale, and looking would take time that grows with rows × measures.
                let hint = hints[measure] ?? (hints.count < Self.suggestedNames ? names.hint(for: measure) : "")
                hints[measure] = hint
                log.error(at, "unknown measure '\(measure)'\(hint); define it in measures.csv")
                return nil
            }
            guard !period.isEmpty else {
                log.error(at, "this row has no period; write one such as 2023/24")
                return nil
            }
            let key = "\(measure)|\(period)|\(area)"
            if let first = seen[key] {
                let place = area.isEmpty ? "" : " in \(area)"
                log.error(at, "a second value for '\(measure)' in \(period)\(place) (the first is on line \(first)); keep one")
                return nil
            }
            seen[key] = row.line
            guard var figure = figure(row, unit: unit, at: at) else { return nil }
            figure.measure = measure
            figure.period = period
            figure.area = area
            let nationalText = row.fields["national"] ?? ""
            if !nationalText.isEmpty {
                guard let national = number(nationalText, column: "national", unit: unit, at: at) else { return nil }
                figure.national = national
                figure.nationalDecimals = Self.decimals(in: nationalText)
            }
            let extracted = row.fields["extracted"] ?? ""
            if !extracted.isEmpty, case .failure(let problem) = CalendarDate.read(extracted) {
                log.error(at, problem.message(name: "extracted", text: extracted) + " (the day the figure was taken from its source)")
                return nil
            }
            figure.note = (row.fields["note"] ?? "").nonEmpty
            figure.source = (row.fields["source"] ?? "").nonEmpty
            figure.extracted = extracted.nonEmpty
            return suppressed(figure, unit: unit)
        }
        checkFractions(values, units: units)
        return values
    }

    /// The figure of a row: a number, a limit (`<5`, `>90`), or only a published change.
    private func figure(_ row: CSVTable.Row, unit: Measure.Unit, at: SourceLocation) -> MeasureValue? {
        var text = row.fields["value"] ?? ""
        let changeText = row.fields["change"] ?? ""
        let comparedWith = (row.fields["compared_with"] ?? "").nonEmpty
        var figure = MeasureValue(measure: "", period: "", area: "", value: nil, national: nil, location: at)
        if !changeText.isEmpty {
            guard text.isEmpty else {
                log.error(at, "this row has both a value and a change; give the change only when the figures were not published")
                return nil
            }
            guard let percent = Self.percent(changeText) else {
                log.error(at, "change '\(changeText)' is not a percentage change; write it as published, e.g. 8.4%, +8.4% or -6%")
                return nil
            }
            figure.publishedChange = percent
            figure.changeDecimals = Self.decimals(in: changeText)
            figure.comparedWith = comparedWith
            return figure
        }
        if comparedWith != nil {
            log.error(at, "compared_with goes with a change published without its figures; fill in change, or leave compared_with empty")
            return nil
        }
        guard !text.isEmpty else {
            log.error(at, "this row has no value; write the figure, a limit such as <5, or the published change in the change column")
            return nil
        }
        if let first = text.first, first == "<" || first == ">" {
            figure.bound = first == "<" ? .below : .above
            text = String(text.dropFirst()).trimmingSpaces
        }
        guard let value = number(text, column: "value", unit: unit, at: at) else { return nil }
        figure.value = value
        figure.decimals = Self.decimals(in: text)
        return figure
    }

    /// A count below the partnership's threshold becomes "fewer than" the threshold.
    private func suppressed(_ figure: MeasureValue, unit: Measure.Unit) -> MeasureValue {
        guard unit == .count, let threshold = suppressBelow, let value = figure.value, figure.bound != .above, value < threshold
        else { return figure }
        var figure = figure
        figure.value = threshold
        figure.bound = .below
        figure.suppressed = true
        figure.decimals = Self.decimals(in: FigureFormat.plainNumber(threshold))
        return figure
    }

    /// `8.4%`, `+8.4`, `-6%` or `−6%` as a number of per cent.
    static func percent(_ text: String) -> Double? {
        var text = text.replacingOccurrences(of: "−", with: "-").trimmingSpaces
        if text.hasSuffix("%") { text = String(text.dropLast()).trimmingSpaces }
        if text.hasPrefix("+") { text.removeFirst() }
        guard let value = Double(text), value.isFinite, abs(value) < 1e6 else { return nil }
        return value
    }

    /// How many decimals `text` was written with: `14.36` → 2, `791` → 0.
    static func decimals(in text: String) -> Int {
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text[text.index(after: point)...].prefix { $0.isNumber }.count
    }

    private func decimals(_ text: String, at location: SourceLocation) -> Int? {
        guard !text.isEmpty else { return nil }
        guard let decimals = Int(text), (0...6).contains(decimals) else {
            log.error(location, "decimals '\(text)' must be a whole number from 0 to 6, or left empty to show each figure as published")
            return nil
        }
        return decimals
    }

    private func band(_ text: String, at location: SourceLocation) -> Double? {
        let trimmed = text.hasSuffix("%") ? String(text.dropLast()) : text
        guard !trimmed.isEmpty else { return nil }
        guard let band = Double(trimmed), band > 0, band < 100 else {
            log.error(
                location,
                "broadly_unchanged_within '\(text)' must be a percentage above 0 and below 100, such as 2 (a change within 2% is broadly unchanged)"
            )
            return nil
        }
        return band
    }

    /// How many different unknown measure names of values.csv get a "did you mean".
    static let suggestedNames = 200

    /// The largest figure Pressroom accepts: beyond it a value is surely a typing mistake, and
    /// whole numbers stop being exact.
    static let largestFigure = 1e15

    private func number(_ text: String, column: String, unit: Measure.Unit, at location: SourceLocation) -> Double? {
        guard let value = Double(text), value.isFinite else {
            log.error(location, "\(column) '\(text)' is not a number; write digits only, without commas, % or £ (e.g. 1234.5)")
            return nil
        }
        guard abs(value) < Self.largestFigure else {
            log.error(location, "\(column) '\(text)' is too large to be a figure; check it (figures must be below 1,000,000,000,000,000)")
            return nil
        }
        if value < 0, let kind = Self.neverNegative[unit] {
            log.error(
                location,
                "\(column) '\(text)' is below zero, but \(kind) cannot be; check the figure (a fall is shown by the change between periods, not by a negative figure)"
            )
            return nil
        }
        if unit == .rank, value < 1 || value.rounded() != value {
            log.error(location, "\(column) '\(text)' is not a rank; a rank is a whole number from 1 (1 for 1st)")
            return nil
        }
        return value
    }
}
