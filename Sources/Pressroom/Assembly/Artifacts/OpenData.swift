import Foundation

/// A partnership's measures as open data: one CSV row per figure, and JSON grouped by measure.
enum OpenData {
    static func csv(_ data: MeasureData) -> Data {
        var lines = ["measure,title,unit,desired_direction,source,period,area,value,national"]
        for measure in data.measures {
            for area in data.areas(measure.id) {
                for value in data.series(measure.id, area: area) {
                    let fields = [
                        measure.id, measure.title, measure.unit.rawValue, measure.desiredDirection.rawValue, measure.source,
                        value.period, value.area, number(value.value, decimals: measure.decimals ?? value.decimals),
                        value.national.map { number($0, decimals: measure.decimals ?? value.nationalDecimals) } ?? "",
                    ]
                    lines.append(fields.map(quote).joined(separator: ","))
                }
            }
        }
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    static func json(_ data: MeasureData, partnership: String) -> Data {
        let measures: [[String: Any]] = data.measures.map { measure in
            [
                "id": measure.id, "title": measure.title, "unit": measure.unit.rawValue,
                "desired_direction": measure.desiredDirection.rawValue, "source": measure.source,
                "description": measure.description ?? NSNull(),
                "broadly_unchanged_within_percent": measure.broadlyUnchangedWithin ?? NSNull(),
                "values": data.areas(measure.id).flatMap { data.series(measure.id, area: $0) }.map { value in
                    [
                        "period": value.period, "area": value.area.isEmpty ? NSNull() : value.area as Any,
                        "value": value.value, "national": value.national ?? NSNull(),
                        "decimals": measure.decimals ?? value.decimals,
                    ] as [String: Any]
                },
            ]
        }
        let document: [String: Any] = ["partnership": partnership, "measures": measures]
        return (try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    }

    /// A figure as it was published: `14.36`, `9.60`, `791`; no thousands separators.
    private static func number(_ value: Double, decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    private static func quote(_ field: String) -> String {
        field.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
