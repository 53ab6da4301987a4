/// When to colour `error:` and `warning:`: on a terminal unless `NO_COLOR` is set
/// (https://no-color.org), never when the output goes to a file or another program.
public enum TerminalColour: String, Sendable, CaseIterable {
    case auto, always, never

    /// Whether to colour, given whether the output is a terminal and the environment.
    public func isOn(outputIsTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto: return outputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty
        }
    }
}

extension Diagnostic {
    /// `path:line:col: error: message`, with `error:` in bold red and `warning:` in bold yellow
    /// when `colour` is on.
    public func formatted(colour: Bool) -> String {
        guard colour else { return description }
        let code = severity == .error ? "1;31" : "1;33"
        return "\(location.path):\(location.line):\(location.column): \u{1B}[\(code)m\(severity.rawValue):\u{1B}[0m \(message)"
    }

    /// `error: message` for a problem that has no file, coloured like `formatted(colour:)`.
    public static func plain(_ severity: Severity, _ message: String, colour: Bool) -> String {
        guard colour else { return "\(severity.rawValue): \(message)" }
        let code = severity == .error ? "1;31" : "1;33"
        return "\u{1B}[\(code)m\(severity.rawValue):\u{1B}[0m \(message)"
    }
}
