// The parts of a preview server that do not depend on the HTTP library:
// the site held in memory and the "reload" trigger that SSE clients listen to.
import Foundation
import Synchronization

/// Path → bytes, built once at start. `/page/` is a realistic ~12 KB article page.
public enum Site {
    public static let pages: [String: Data] = ["/page/": Data(page().utf8)]
    public static let notFound = Data("<!doctype html><title>404</title><h1>Not found</h1>\n".utf8)
    public static let htmlType = "text/html; charset=utf-8"

    /// Header, a nav of 10 links, a 30-entry list, then ~8 KB of paragraphs.
    static func page() -> String {
        let words = """
            lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore \
            et dolore magna aliqua ut enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip
            """.split(separator: " ")
        func sentence(_ seed: Int, _ count: Int) -> String {
            let s = (0..<count).map { words[($0 * 7 + seed * 13) % words.count] }.joined(separator: " ")
            return s.prefix(1).uppercased() + s.dropFirst() + "."
        }
        var html = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Quarterly report · Pressroom</title>
            <link rel="stylesheet" href="/assets/site.css">
            </head>
            <body>
            <header class="site-header"><a class="brand" href="/">Pressroom</a><p class="tagline">News from the newsroom</p></header>
            <nav class="site-nav"><ul>

            """
        for i in 1...10 { html += "<li><a href=\"/section-\(i)/\">Section \(i)</a></li>\n" }
        html += "</ul></nav>\n<main>\n<article>\n<h1>Quarterly report</h1>\n<ul class=\"entries\">\n"
        for i in 1...30 {
            html += "<li><a href=\"/page/entry-\(i)/\">Entry \(i): \(sentence(i, 4))</a> <time>2024-05-\(10 + i % 20)</time></li>\n"
        }
        html += "</ul>\n"
        var paragraphs = ""
        var n = 0
        while paragraphs.utf8.count < 8 * 1024 {
            n += 1
            paragraphs += "<p>" + (0..<3).map { sentence(n * 3 + $0, 14) }.joined(separator: " ") + "</p>\n"
        }
        html += paragraphs
        html += "</article>\n</main>\n<footer class=\"site-footer\"><p>© 2024 Pressroom</p></footer>\n</body>\n</html>\n"
        return html
    }
}

/// A broadcast trigger: every `fire()` is delivered to every current subscriber.
/// In `pressroom serve` the file watcher would call `fire()` after a rebuild.
public final class ReloadHub: Sendable {
    private let state = Mutex<(count: Int, next: Int, subscribers: [Int: AsyncStream<Int>.Continuation])>((0, 0, [:]))

    public init() {}

    /// A stream of event numbers; it ends when the hub is closed.
    public func subscribe() -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(8))
        let id = state.withLock { s in
            s.next += 1
            s.subscribers[s.next] = continuation
            return s.next
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    public func fire() {
        let (n, subscribers) = state.withLock { s in
            s.count += 1
            return (s.count, Array(s.subscribers.values))
        }
        for c in subscribers { c.yield(n) }
    }

    /// Ends every subscriber's stream (used on shutdown).
    public func close() {
        let subscribers = state.withLock { s in
            defer { s.subscribers = [:] }
            return Array(s.subscribers.values)
        }
        for c in subscribers { c.finish() }
    }

    /// The bytes of one SSE message.
    public static func event(_ n: Int) -> Data {
        Data("event: reload\ndata: {\"n\":\(n)}\n\n".utf8)
    }

    /// Fires once a second until the task is cancelled.
    public func tick(every interval: Duration = .seconds(1)) async {
        while (try? await Task.sleep(for: interval)) != nil { fire() }
    }
}

/// The port given as the first argument (default 8080).
public func portArgument() -> Int {
    CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 8080
}
