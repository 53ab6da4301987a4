import Foundation

/// One request to a preview, as the server received it.
public struct PreviewRequest: Sendable {
    public var method: String
    /// The request target: the path, perhaps with a query (`/kent/news/?x=1`).
    public var target: String
    /// The `Host` header, if there was one.
    public var host: String?

    public init(method: String, target: String, host: String?) {
        self.method = method
        self.target = target
        self.host = host
    }
}

/// What a preview answers: a whole response, or the stream of live-reload events.
public enum PreviewAnswer: Sendable {
    case response(PreviewResponse)
    case events
}

public struct PreviewResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: Data
}

/// Answers requests from the pages of a preview. It serves only what the build made, from
/// memory, so a path can never reach a file of its own; it refuses other hosts' names (which
/// would let a web page elsewhere read drafts through DNS rebinding), methods other than GET
/// and HEAD, and paths that try to climb out of the site.
public struct PreviewResponder: Sendable {
    public static let eventsPath = "/_pressroom/events"
    public static let scriptPath = "/_pressroom/live.js"

    let site: PreviewSite
    /// Whether any `Host` is accepted: only when the preview was asked to listen beyond this machine.
    let acceptsAnyHost: Bool

    public init(site: PreviewSite, acceptsAnyHost: Bool = false) {
        self.site = site
        self.acceptsAnyHost = acceptsAnyHost
    }

    public func answer(_ request: PreviewRequest) -> PreviewAnswer {
        guard acceptsAnyHost || Self.isLoopback(host: request.host) else {
            return .response(plain(403, "This preview answers only to localhost, 127.0.0.1 or [::1]."))
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            var response = plain(405, "A preview can only be read: use GET or HEAD.")
            response.headers.append(("Allow", "GET, HEAD"))
            return .response(response)
        }
        let path = String(request.target.prefix { $0 != "?" && $0 != "#" })
        if path == Self.eventsPath { return .events }
        if path == Self.scriptPath { return .response(file(Data(LiveReload.script.utf8), type: "text/javascript; charset=utf-8")) }
        guard let sitePath = Self.sitePath(path) else { return .response(notFound()) }
        if let data = site.file(sitePath) {
            return .response(file(data, type: ContentType.of(sitePath)))
        }
        if !sitePath.hasSuffix("index.html"), site.file(sitePath + "/index.html") != nil {
            // A folder asked for without its slash: send the browser to it, so relative links work.
            var response = plain(301, "Moved to \(path)/")
            response.headers.append(("Location", path + "/"))
            return .response(response)
        }
        return .response(notFound())
    }

    /// The site's path for a request path, or `nil` for a path that tries to leave the site or
    /// hides a separator: `..` and `.` (plain or percent-encoded), encoded `/` or `\`, NUL.
    static func sitePath(_ path: String) -> String? {
        guard path.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for raw in path.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let segment = String(raw).removingPercentEncoding else { return nil }
            guard segment != "..", segment != ".", !segment.contains("/"), !segment.contains("\\"), !segment.contains("\0") else {
                return nil
            }
            segments.append(segment)
        }
        // "/" and "/kent/" name folders: their page is the folder's index.html.
        if segments.last == "" { segments[segments.count - 1] = "index.html" }
        guard !segments.contains(where: \.isEmpty) else { return nil }
        return segments.joined(separator: "/")
    }

    /// `localhost`, `127.0.0.1` or `[::1]`, with or without a port.
    static func isLoopback(host: String?) -> Bool {
        guard var host = host?.lowercased() else { return false }
        if let colon = host.lastIndex(of: ":"), !host.hasSuffix("]") {
            guard host[host.index(after: colon)...].allSatisfy(\.isNumber) else { return false }
            host = String(host[..<colon])
        }
        return host == "localhost" || host == "127.0.0.1" || host == "[::1]"
    }

    private func file(_ data: Data, type: String, status: Int = 200) -> PreviewResponse {
        PreviewResponse(status: status, headers: Self.commonHeaders + [("Content-Type", type)], body: data)
    }

    private func plain(_ status: Int, _ text: String) -> PreviewResponse {
        file(Data((text + "\n").utf8), type: "text/plain; charset=utf-8", status: status)
    }

    /// The site's own 404 page, as a browser on the real site would see it. Before the project
    /// has ever built there is none: a page that shows the errors, and reloads once they are fixed.
    private func notFound() -> PreviewResponse {
        if site.file("index.html") == nil, !site.currentProblems.isEmpty {
            return file(LiveReload.inject(into: Data(Self.notBuiltYet.utf8)), type: "text/html; charset=utf-8", status: 503)
        }
        guard let page = site.file("404.html") else { return plain(404, "There is no page here.") }
        return file(page, type: "text/html; charset=utf-8", status: 404)
    }

    static let notBuiltYet = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>The project does not build yet – Pressroom preview</title></head>
        <body style="font: 18px/1.5 system-ui, sans-serif; margin: 2rem; color: #0b0c0c">
        <main>
        <h1>The project does not build yet</h1>
        <p>The preview has no pages to show until the errors below are fixed. Save the fixed files: this page reloads by itself.</p>
        </main>
        </body>
        </html>

        """

    /// Sent with everything: never cached (a preview changes as files are saved), never sniffed
    /// as another type, never shown inside another site's frame.
    static let commonHeaders = [
        ("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "no-referrer"),
    ]
}
