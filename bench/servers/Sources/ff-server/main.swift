// Preview server on FlyingFox: in-memory pages, SSE reload events,
// 127.0.0.1 and ::1 on one port, graceful shutdown on SIGINT/SIGTERM.
import Fixture
import FlyingFox
import FlyingSocks
import Foundation

let port = UInt16(portArgument())
let noDelay = CommandLine.arguments.contains("--nodelay")
let hub = ReloadHub()

/// FlyingFox never sets TCP_NODELAY, and writes a response's header and body separately: on a
/// keep-alive connection Nagle then holds the body until the client's delayed ACK (~40 ms on
/// Linux). With `--nodelay`, this pool wrapper sets TCP_NODELAY on each socket that waits.
struct NoDelayPool: AsyncSocketPool {
    let base: any AsyncSocketPool
    func prepare() async throws { try await base.prepare() }
    func run() async throws { try await base.run() }
    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        try? socket.setValue(true, for: BoolSocketOption(level: Int32(IPPROTO_TCP), name: TCP_NODELAY))
        try await base.suspendSocket(socket, untilReadyFor: events)
    }
}

/// SSE body: FlyingFox streams an `AsyncBufferedSequence<UInt8>` with chunked encoding,
/// writing each buffer to the socket as soon as `nextBuffer` returns it.
struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let events: AsyncStream<Int>
    func makeAsyncIterator() -> Iterator { Iterator(events: events.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<Int>.Iterator
        var pending = Data()
        mutating func nextBuffer(suggested count: Int) async -> Data? {
            if !pending.isEmpty { defer { pending = Data() }; return pending }
            return await events.next().map(ReloadHub.event)
        }
        mutating func next() async -> UInt8? {
            if pending.isEmpty { pending = await nextBuffer(suggested: 1) ?? Data() }
            return pending.popFirst()
        }
    }
}

func handle(_ request: HTTPRequest) async -> HTTPResponse {
    // `request.path` is standardized ("/page/" becomes "/page"); the raw target keeps the slash.
    let path = request.target.path(percentEncoded: false)
    if path == "/events", request.method == .GET {
        return HTTPResponse(
            statusCode: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
            body: HTTPBodySequence(from: EventBytes(events: hub.subscribe()))
        )
    }
    if let page = Site.pages[path], request.method == .GET || request.method == .HEAD {
        var headers: HTTPHeaders = [.contentType: Site.htmlType, .cacheControl: "no-store"]
        // FlyingFox writes whatever body it is given, so HEAD sends none but keeps the length.
        if request.method == .HEAD { headers[.contentLength] = String(page.count) }
        return HTTPResponse(statusCode: .ok, headers: headers, body: request.method == .HEAD ? Data() : page)
    }
    let host = request.headers[.host] ?? "?"
    let body = Site.notFound + Data("<!-- no \(path) on \(host) -->\n".utf8)
    return HTTPResponse(statusCode: .notFound, headers: [.contentType: Site.htmlType], body: body)
}

// One HTTPServer per address (FlyingFox binds exactly one socket), same handler.
func pool() -> any AsyncSocketPool { noDelay ? NoDelayPool(base: HTTPServer.defaultPool()) : HTTPServer.defaultPool() }
let servers = try [
    HTTPServer(address: .inet(ip4: "127.0.0.1", port: port), pool: pool(), logger: .disabled, handler: ClosureHTTPHandler(handle)),
    HTTPServer(address: .inet6(ip6: "::1", port: port), pool: pool(), logger: .disabled, handler: ClosureHTTPHandler(handle)),
]
print("ff-server: listening on 127.0.0.1:\(port) and [::1]:\(port)\(noDelay ? ", TCP_NODELAY" : "")")

// FlyingFox has no signal handling: turn SIGINT/SIGTERM into an async stream.
let (signals, signalled) = AsyncStream.makeStream(of: Int32.self)
nonisolated(unsafe) let signalSources = [SIGINT, SIGTERM].map { sig in
    #if canImport(Darwin)
    signal(sig, SIG_IGN)  // kqueue sees ignored signals; on Linux libdispatch installs its own handler
    #endif
    let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
    source.setEventHandler { signalled.yield(sig) }
    source.resume()
    return source  // kept alive by this global
}

try await withThrowingTaskGroup(of: Void.self) { group in
    for server in servers { group.addTask { try await server.run() } }
    group.addTask { await hub.tick() }
    group.addTask { for await _ in signals { break } }
    try await group.next()  // a signal arrived (or a server failed: rethrown)
    hub.close()  // end the SSE streams, then let in-flight requests finish
    // stop(timeout:) closes the listener, stops reading further requests, then waits the
    // timeout for the run task (on Linux it always waits the full timeout): stop both at once.
    await withDiscardingTaskGroup { stops in
        for server in servers { stops.addTask { await server.stop(timeout: 1) } }
    }
    group.cancelAll()
}
print("ff-server: stopped")
