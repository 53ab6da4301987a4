import Foundation

extension HTMLRenderer {
    /// Markdown does not read `![Cover](annual report.png)` or `[plan](our plan.pdf)` as an image
    /// or link when the address has a space: the brackets would be published as text.
    func checkUnreadLinks(_ text: String, at place: SourceLocation) {
        guard Bytes.contains(text, "](") else { return }
        for match in text.matches(of: Self.linkWithSpace) {
            let address = String(match.3)
            log.warning(
                place,
                "this looks like \(match.1.isEmpty ? "a link" : "an image") whose address '\(address)' has a space, which Markdown "
                    + "does not read as \(match.1.isEmpty ? "a link" : "an image"), so it is shown as text; write each space as %20 "
                    + "(\(address.replacingOccurrences(of: " ", with: "%20"))) or put the address between < and > (<\(address)>)")
        }
    }

    nonisolated(unsafe) private static let linkWithSpace = /(!?)\[([^\[\]]*)\]\(([^()<>\s"]+(?: [^()<>\s"]+)+)\)/
}
