import Foundation

/// WCAG contrast ratios between two `#RRGGBB` colours.
enum Contrast {
    static func ratio(_ first: String, _ second: String) -> Double? {
        guard let a = luminance(first), let b = luminance(second) else { return nil }
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Black or white, whichever reads better on `colour`.
    static func textColour(on colour: String) -> String {
        (ratio(colour, "#ffffff") ?? 0) >= (ratio(colour, "#000000") ?? 0) ? "#ffffff" : "#000000"
    }

    static func luminance(_ colour: String) -> Double? {
        var hex = colour.trimmingSpaces
        guard hex.hasPrefix("#") else { return nil }
        hex.removeFirst()
        if hex.count == 3 { hex = hex.map { "\($0)\($0)" }.joined() }
        guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return nil }
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
