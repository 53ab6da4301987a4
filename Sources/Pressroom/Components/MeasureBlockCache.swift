import Foundation

/// The HTML of measure blocks and figures in sentences already made in this build for one
/// partnership. The same block (a callout of one measure, say) or figure is written on many
/// pages; its HTML depends only on what is written in it, the partnership's figures and where
/// the page is, so it is made once.
final class MeasureBlockCache: @unchecked Sendable {
    private struct Key: Hashable {
        var name: String
        var body: String
        var tableID: String
        var dataLinks: DataLinks?
    }

    private let lock = NSLock()
    private var blocks: [Key: String] = [:]

    /// The block's HTML, made by `make` unless a block written the same way was made before.
    /// A block whose options could draw a warning (a `#` or typographic quotes in them) is
    /// always made, so that every page where it is written reports it.
    func html(
        _ name: String, body: String, tableID: String, dataLinks: DataLinks?, make: () throws(ContentError) -> String?
    ) throws(ContentError) -> String? {
        guard !body.utf8.contains(where: { $0 == UInt8(ascii: "#") || $0 == 0xE2 }) else { return try make() }
        let key = Key(name: name, body: body, tableID: tableID, dataLinks: dataLinks)
        if let html = lock.withLock({ blocks[key] }) { return html }
        guard let html = try make() else { return nil }
        lock.withLock { blocks[key] = html }
        return html
    }
}
