// Preview server on Hummingbird 2: in-memory pages, SSE reload events,
// 127.0.0.1 and ::1 on one port, graceful shutdown on SIGINT/SIGTERM.
import Fixture
import Hummingbird
import ServiceLifecycle

let port = portArgument()
let hub = ReloadHub()
// ByteBuffer is copy-on-write: made once here, each response shares it.
let pages = Site.pages.mapValues { ByteBuffer(bytes: $0) }
let notFound = ByteBuffer(bytes: Site.notFound)

// HEAD is answered by running the GET handler and dropping the body (Content-Length kept).
let router = Router(options: .autoGenerateHeadEndpoints)

router.get("events") { _, _ -> Response in
    let events = hub.subscribe()
    return Response(
        status: .ok,
        headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
        body: ResponseBody { writer in
            // Ends when the server shuts down gracefully; each write is flushed at once.
            for await n in events.cancelOnGracefulShutdown() {
                try await writer.write(ByteBuffer(bytes: ReloadHub.event(n)))
            }
            try await writer.finish(nil)
        }
    )
}

router.get("**") { request, _ -> Response in
    if let page = pages[request.uri.path] {
        return Response(
            status: .ok,
            headers: [.contentType: Site.htmlType, .cacheControl: "no-store"],
            body: .init(byteBuffer: page)
        )
    }
    // The Host header arrives as the request's :authority.
    let host = request.head.authority ?? "?"
    var body = notFound
    body.writeString("<!-- no \(request.uri.path) on \(host) -->\n")
    return Response(status: .notFound, headers: [.contentType: Site.htmlType], body: .init(byteBuffer: body))
}

// One Application per address, sharing one responder; one ServiceGroup runs both
// and turns SIGINT/SIGTERM into a graceful shutdown of all of them.
let responder = router.buildResponder()
let servers = ["127.0.0.1", "::1"].map { host in
    Application(responder: responder, configuration: .init(address: .hostname(host, port: port), serverName: nil))
}
let ticker = Task { await hub.tick() }
try await ServiceGroup(services: servers, gracefulShutdownSignals: [.sigint, .sigterm]).run()
ticker.cancel()
print("hb-server: stopped")
